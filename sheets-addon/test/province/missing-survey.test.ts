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

async function consolidate(missingSurvey: string | null) {
  const province = filledProvince(4);
  const g = globalThis as Record<string, unknown>;
  for (const [k, v] of Object.entries(province.env.globals)) g[k] = v;
  // Sở Số 2 (row 3 of "Đơn vị") has no survey points; the others have theirs.
  const units = province.env.control._sheet("Đơn vị");
  units.getRange("F3").setValues([[""]]);
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

  it("is ranked and marked provisional when “Cài đặt” says provisional", async () => {
    const { row } = await consolidate("provisional");
    const two = row("Sở Số 2");
    expect(two.status).toBe("provisional");
    expect(two.rank).not.toBeNull();
    expect(two.survey).toBeNull();
    expect(row("Sở Số 1").status).toBe("ranked");
  });
});
