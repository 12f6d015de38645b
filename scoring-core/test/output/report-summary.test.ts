/** The report's overview (section I): a unit held out of the ranks is not counted or averaged as ranked. */
import { scoreWorkbook } from "../../src/consolidation/score-workbook";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import { reportModel, type ReportBlock } from "../../src/output/report-model";
import { rankUnits } from "../../src/ranking/rank-units";
import { departmentGrid } from "../fixtures/department-grid";

function scored(surveys: (number | null)[]) {
  return surveys.map((total, i) => {
    const out = scoreWorkbook(
      [departmentGrid({ stage: "appraised" })],
      { unit: `Sở số ${i + 1}`, group: "Sở, ban, ngành", file: `${i}.xlsx` },
      total === null ? {} : { survey: { total } },
    );
    if (!out.ok) throw new Error(out.error);
    return out.result;
  });
}

function overview(surveys: (number | null)[], missingSurvey?: "provisional") {
  const units = scored(surveys);
  const ranking = rankUnits(units, {
    classification: CLASSIFICATION_PRESETS["national"]!,
    surveyProvided: true,
    ...(missingSurvey ? { missingSurvey } : {}),
  });
  const model = reportModel(ranking, "vi", { units, plan: null });
  const bullets = model.blocks.find(
    (b): b is Extract<ReportBlock, { kind: "bullets" }> => b.kind === "bullets",
  )!;
  const table = model.blocks.find((b): b is Extract<ReportBlock, { kind: "table" }> => b.kind === "table")!;
  return { ranking, items: bullets.items, table };
}

describe("the report's overview of a group", () => {
  it("counts, averages and names the lowest over ranked units only, and lists the held-out one with its reason", () => {
    const { ranking, items } = overview([15.5, 10, null]);
    const rows = ranking.groups[0]!.rows;
    const held = rows.find((r) => r.status === "held-out")!;
    expect(held.unit).toBe("Sở số 3");
    expect(items[0]).toBe("Số đơn vị được xếp hạng: 2.");
    const ranked = rows.filter((r) => r.status !== "held-out");
    const lowest = ranked.reduce((a, b) => (a.index! <= b.index! ? a : b));
    expect(items.some((i) => i.startsWith(`Thấp nhất: ${lowest.unit} `))).toBe(true);
    expect(items.join("\n")).not.toMatch(/Cao nhất: Sở số 3|Thấp nhất: Sở số 3/);
    expect(items.find((i) => i.startsWith("Xếp loại:"))).not.toMatch(/—/);
    expect(items).toContain(
      "Chưa xếp hạng: 1 đơn vị (Sở số 3 — không có điểm ĐTXHH của đơn vị trong bảng điều tra xã hội học).",
    );
  });

  it("prints a held-out unit's rank and class in words in the ranking table, never null", () => {
    const { table } = overview([15.5, 10, null]);
    const held = table.rows.find((r) => r[1] === "Sở số 3")!;
    expect(held.slice(4)).toEqual(["—", "chưa xếp hạng"]);
    expect(table.rows.flat().join("|")).not.toMatch(/null|undefined/);
  });

  it("says how many of the ranked units are provisional", () => {
    const { items, table } = overview([15.5, null], "provisional");
    const provisional = table.rows.find((r) => r[1] === "Sở số 2")!;
    expect(provisional[4]).toMatch(/^\d+\*$/);
    expect(provisional[5]).toMatch(/\(tạm tính\)$/);
    expect(items[0]).toBe("Số đơn vị được xếp hạng: 2.");
    expect(items[1]).toBe("Trong đó xếp hạng tạm tính (dấu *): 1 đơn vị.");
  });
});
