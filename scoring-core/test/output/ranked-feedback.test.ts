/**
 * Feedback from the ranking (`rank --feedback`, the hosts' feedback button): each unit's file
 * shows exactly its ranking row, survey per criterion where the survey is per criterion, the
 * appraisers' notes, the evidence given or missing, and its issues with short titles.
 */
import { scoreWorkbook } from "../../src/consolidation/score-workbook";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import type { CellValue, Grid } from "../../src/grid/grid";
import { feedbackNotes, rankedFeedback } from "../../src/output/ranked-feedback";
import type { SheetBlock } from "../../src/output/sheet-block";
import { rankUnits } from "../../src/ranking/rank-units";
import type { SurveyInput } from "../../src/totals/compute-totals";

const HEADER = [
  "STT",
  "Nội dung",
  "Điểm tối đa",
  "Điểm tự đánh giá",
  "Điểm thẩm định lần 1",
  "Ý kiến thẩm định",
  "Tài liệu kiểm chứng",
];

function grid(unit: string, self11: number, appraised11: CellValue, self12: CellValue = 2): Grid {
  const rows: CellValue[][] = [
    ["I", "Công tác chỉ đạo, điều hành", 3, null, null, null, null],
    ["1.1", "Kế hoạch CCHC", 1, self11, appraised11, "Kế hoạch ban hành muộn", "QĐ 12/QĐ-UBND"],
    ["1.2", "Báo cáo CCHC", 2, self12, 2, null, "BC 5/BC-STP"],
    ["II", "Mức độ hài lòng", 5, null, null, null, null],
    ["2.1", "Hài lòng về thủ tục (qua điều tra xã hội học)", 3, null, null, null, null],
    ["2.2", "Hài lòng về công chức (qua điều tra xã hội học)", 2, null, null, null, null],
  ];
  return { sheet: "Tự chấm", values: [[`BẢNG TỰ CHẤM ĐIỂM - ${unit}`], HEADER, ...rows] };
}

function scored(
  unit: string,
  self11: number,
  appraised11: CellValue,
  survey: SurveyInput,
  self12: CellValue = 2,
) {
  const g = grid(unit, self11, appraised11, self12);
  const out = scoreWorkbook([g], { unit, group: "Sở, ban, ngành", file: `${unit}.xlsx` }, { survey });
  if (!out.ok) throw new Error(out.error);
  return { ...out, grid: g };
}

const header = (b: SheetBlock) => b.rows[Math.max(...b.headerRows)]!;
const body = (b: SheetBlock) => b.rows.slice(Math.max(...b.headerRows) + 1);
const value = (b: SheetBlock, label: string) => body(b).find((r) => r[0] === label)?.[1];

describe("feedback from the ranking", () => {
  // Sở Tư pháp typed 3 where the maximum is 2: an issue its feedback lists.
  const a = scored("Sở Tư pháp", 1, 0.5, { byCriterion: { "2.1": 2.25, "2.2": 2 } }, 3);
  const b = scored("Sở Y tế", 1, 1, { byCriterion: { "2.1": 3, "2.2": 1.5 } });
  const ranking = rankUnits([a.result, b.result], {
    classification: CLASSIFICATION_PRESETS["national"]!,
    surveyProvided: true,
  });
  const sources = [a, b].map((s) => ({
    report: s.report,
    result: s.result,
    notes: feedbackNotes(s.grid),
  }));
  const files = rankedFeedback(ranking, sources, "vi");

  it("writes one workbook per ranked unit, with exactly its ranking row's figures", () => {
    expect(files.map((f) => f.fileName)).toEqual(["Phản hồi - Sở Y tế.xlsx", "Phản hồi - Sở Tư pháp.xlsx"]);
    for (const f of files) {
      const row = ranking.groups[0]!.rows.find((r) => r.unit === f.unit)!;
      const summary = f.blocks[0]!;
      expect(value(summary, "Điểm tự đánh giá")).toBe(row.self);
      expect(value(summary, "Điểm thẩm định")).toBe(row.appraised);
      expect(value(summary, "Điểm ĐTXHH")).toBe(row.survey);
      expect(value(summary, "Tổng")).toBe(row.final);
      expect(value(summary, "Tối đa (trừ mục không áp dụng)")).toBe(row.max);
      expect(value(summary, "Chỉ số (%)")).toBeCloseTo(row.index!, 2);
      expect(value(summary, "Hạng")).toBe(`${row.rank}/2`);
      expect(value(summary, "Xếp loại")).toBe(row.classification ?? "");
    }
    // Survey per criterion is in the total: 1 (I) … the unit's own survey, not a neighbour's.
    expect(value(files[1]!.blocks[0]!, "Điểm ĐTXHH")).toBe(4.25);
  });

  it("lists each loss with max, self, appraised, survey, rule, the appraiser's note and evidence", () => {
    const lost = files.find((f) => f.unit === "Sở Tư pháp")!.blocks[1]!;
    expect(header(lost)).toEqual([
      "Mã",
      "Tiêu chí",
      "Tối đa",
      "Điểm tự đánh giá",
      "Điểm thẩm định",
      "Điểm ĐTXHH",
      "Điểm bị mất",
      "Cách chấm",
      "Ý kiến thẩm định",
      "Tài liệu kiểm chứng",
      "Ô",
    ]);
    const rows = body(lost);
    const byCode = new Map(rows.map((r) => [r[0], r]));
    expect(byCode.get("1.1")).toEqual([
      "1.1",
      "Kế hoạch CCHC",
      1,
      1,
      0.5,
      "",
      0.5,
      "",
      "Kế hoạch ban hành muộn",
      "QĐ 12/QĐ-UBND",
      "Tự chấm!A4",
    ]);
    // Survey per criterion: what the survey gave and what was lost, no self or appraised score.
    expect(byCode.get("2.1")!.slice(2, 7)).toEqual([3, "", "", 2.25, 0.75]);
    // No loss, no row.
    expect(byCode.has("1.2")).toBe(false);
    expect(byCode.has("2.2")).toBe(false);
  });

  it("says what was appraised, and titles each issue with the code in the last column", () => {
    const f = files.find((x) => x.unit === "Sở Tư pháp")!;
    expect(f.blocks[0]!.rows.find((r) => r[0] === "Kết luận")![1]).toMatch(
      /^Đã thẩm định 2\/2 tiêu chí \(lần 1\)/,
    );
    const issues = f.blocks[2]!;
    expect(header(issues)).toEqual(["STT", "Mức độ", "Vấn đề", "Ô", "Tiêu chí", "Nội dung", "Mã"]);
    const exceeds = body(issues).find((r) => r[6] === "score-exceeds-max")!;
    expect(exceeds.slice(1, 5)).toEqual(["Lỗi", "Điểm vượt điểm tối đa", "Tự chấm!D5", "1.2"]);
    expect(issues.columnWidths[6]!).toBeLessThan(issues.columnWidths[2]!);
  });

  it("says the survey is a total only rather than listing every survey point as lost", () => {
    const c = scored("Sở Xây dựng", 1, 1, { total: 4 });
    const r = rankUnits([c.result], { classification: CLASSIFICATION_PRESETS["national"]! });
    const [f] = rankedFeedback(r, [{ report: c.report, result: c.result }], "vi");
    const lost = f!.blocks[1]!;
    expect(body(lost).filter((x) => x[0])).toEqual([]);
    expect(lost.rows.flat()).toContain(
      "Điểm ĐTXHH chỉ có tổng (4,00 điểm), chưa có theo từng tiêu chí nên không liệt kê ở đây.",
    );
    expect(value(f!.blocks[0]!, "Điểm ĐTXHH")).toBe(4);
  });

  it("gives file names safe on every system and unique within the run", () => {
    const c = scored('Sở "A/B": Ban?', 1, 1, { total: 1 });
    const d = scored('Sở "A/B": Ban*', 1, 1, { total: 1 });
    const r = rankUnits([c.result, d.result], { classification: CLASSIFICATION_PRESETS["national"]! });
    const names = rankedFeedback(
      r,
      [c, d].map((s) => ({ report: s.report, result: s.result })),
      "en",
    ).map((f) => f.fileName);
    expect(names).toEqual(["Feedback - Sở -A-B- Ban-.xlsx", "Feedback - Sở -A-B- Ban- (2).xlsx"]);
  });

  it("drops a planted formula's '=' from the unit's name in the file name", () => {
    const c = scored("=UBND xã Tây Sơn", 1, 1, { total: 1 });
    const r = rankUnits([c.result], { classification: CLASSIFICATION_PRESETS["national"]! });
    const [f] = rankedFeedback(r, [{ report: c.report, result: c.result }], "vi");
    expect(f!.fileName).toBe("Phản hồi - UBND xã Tây Sơn.xlsx");
  });
});
