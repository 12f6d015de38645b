/**
 * The province edition ranks a unit with no survey points the way the cli and the Excel pane do
 * (the core's publishRanking flow): held out of the ranks with its reason by default; ranked and
 * marked provisional only when "Cài đặt" says so.
 */
import { createProvinceClient } from "../../src/client/province/api";
import { runConsolidation, type JobStore } from "../../src/client/province/run-consolidation";
import * as entry from "../../src/server/province/entry";
import { fakeScriptRun } from "../fakes/script-run";
import { removeGlobals } from "../fixtures/globals";
import { filledProvince } from "./province-fixture";

const store: JobStore = { load: () => null, save: () => undefined, clear: () => undefined };

async function consolidate(missingSurvey: string | null, options: { responsesForNoUnit?: boolean } = {}) {
  const province = filledProvince(4);
  const g = globalThis as Record<string, unknown>;
  for (const [k, v] of Object.entries(province.env.globals)) g[k] = v;
  const units = province.env.control._sheet("Đơn vị");
  if (options.responsesForNoUnit) {
    // No survey points typed; the form's answers all rate units of another province.
    units.getRange("F2:F5").setValues([[""], [""], [""], [""]]);
    province.env.control._addSheet("Câu trả lời biểu mẫu 1")._fill([
      ["Dấu thời gian", "Đơn vị được đánh giá", "2.3.1. Chất lượng, tính khả thi của VBQPPL"],
      ["1/12/2025 8:00:00", "Sở Xây dựng tỉnh Khác", "A. Rất tốt"],
      ["1/12/2025 8:05:00", "Sở Y tế tỉnh Khác", "B. Tốt"],
    ]);
  } else {
    // Sở Số 2 (row 3 of "Đơn vị") has no survey points; the others have theirs.
    units.getRange("F3").setValues([[""]]);
  }
  // "Cài đặt" row 7, as the Sở types it.
  const settings = province.env.control._sheet("Cài đặt");
  expect(settings._text("A7")).toBe("Đơn vị thiếu điểm ĐTXHH (hold-out | provisional)");
  if (missingSurvey) settings.getRange("B7").setValues([[missingSurvey]]);
  const run = fakeScriptRun({
    provinceBegin: (...a) => entry.provinceBegin(...(a as [string])),
    provinceUnit: (...a) => entry.provinceUnit(...(a as [string, unknown, string])),
    provinceFinish: (...a) => entry.provinceFinish(...(a as [string, unknown])),
    provinceCancel: (...a) => entry.provinceCancel(...(a as [string])),
  });
  let clock = 1_000_000;
  const timing = { now: () => clock, sleep: async (ms: number) => void (clock += ms) };
  const out = await runConsolidation(createProvinceClient(run.runner), store, { clientId: "c1", ...timing });
  const rows = out.ranking.groups.flatMap((gr) => gr.rows);
  return { out, row: (unit: string) => rows.find((r) => r.unit === unit)! };
}

afterEach(() => removeGlobals());

describe("province consolidation: a unit with no survey points", () => {
  it("is held out of the ranks with its reason and a warning naming it, by default", async () => {
    const { out, row } = await consolidate(null);
    const two = row("Sở Số 2");
    expect([two.rank, two.status, two.survey]).toEqual([null, "held-out", null]);
    expect(two.reason).toMatch(/ĐTXHH/);
    expect(out.ranking.issues).toContainEqual(
      expect.objectContaining({ code: "survey-missing", value: "Sở Số 2" }),
    );
    // The others keep their survey points and their ranks.
    expect(row("Sở Số 1").status).toBe("ranked");
    expect(row("Sở Số 1").rank).not.toBeNull();
  });

  it("survey answers that match no unit: named by their sheet, and the units held out — not all provisional", async () => {
    const { out } = await consolidate(null, { responsesForNoUnit: true });
    const rows = out.ranking.groups.flatMap((gr) => gr.rows);
    expect(rows.filter((r) => r.status === "held-out").map((r) => r.unit)).toEqual([
      "Sở Số 1",
      "Sở Số 2",
      "Sở Số 4",
      "UBND xã Số 3",
    ]);
    expect(rows.some((r) => r.status === "provisional")).toBe(false);
    expect(out.ranking.issues).toContainEqual(
      expect.objectContaining({ code: "survey-matches-no-unit", value: "Câu trả lời biểu mẫu 1" }),
    );
  });

  it("…and provisional instead when “Cài đặt” says provisional", async () => {
    const { out } = await consolidate("provisional", { responsesForNoUnit: true });
    const statuses = out.ranking.groups.flatMap((gr) => gr.rows.map((r) => r.status));
    expect(statuses).not.toContain("held-out");
    expect(out.ranking.issues.map((i) => i.code)).toContain("survey-matches-no-unit");
  });

  it("is ranked and marked provisional when “Cài đặt” says provisional", async () => {
    const { row } = await consolidate("provisional");
    const two = row("Sở Số 2");
    expect(two.status).toBe("provisional");
    expect(two.rank).not.toBeNull();
    expect(two.survey).toBeNull();
    expect(row("Sở Số 1").status).toBe("ranked");
  });
});
