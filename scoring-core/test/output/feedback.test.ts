/**
 * A unit's feedback: the same numbers as its ranking row (#9 item 10), one table per sheet,
 * losses with not-applicable said, cell references as text, and a verdict that fits the moment.
 */
import { scoreWorkbook } from "../../src/consolidation/score-workbook";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import { rankUnits } from "../../src/ranking/rank-units";
import { feedbackSheets, feedbackVerdict } from "../../src/output/feedback";
import { reportModel } from "../../src/output/report-model";
import type { SheetBlock } from "../../src/output/sheet-block";
import type { ValidationReport } from "../../src/reports/schemas";
import { departmentGrid } from "../fixtures/department-grid";
import { node } from "../ranking/unit-builder";

const headerOf = (b: SheetBlock) => Math.max(...b.headerRows);
const body = (b: SheetBlock) => b.rows.slice(headerOf(b) + 1);

function scored(stage?: "appraised") {
  const out = scoreWorkbook(
    [departmentGrid(stage ? { stage } : {})],
    { unit: "Sở Tư pháp", group: "Sở, ban, ngành", file: "stp.xlsx" },
    { survey: { total: 15.5 } },
  );
  if (!out.ok) throw new Error(out.error);
  return out;
}

describe("feedback", () => {
  it("gives the same self, appraised, survey, bonus, penalty, final, maximum and index as the ranking", () => {
    const out = scored("appraised");
    const ranking = rankUnits([out.result], { classification: CLASSIFICATION_PRESETS["national"]! });
    const row = ranking.groups[0]!.rows[0]!;
    const [summary] = feedbackSheets(out.report, "vi", { decimals: 6 });
    const value = (label: string) => body(summary!).find((r) => r[0] === label)?.[1];
    expect(value("Điểm tự đánh giá")).toBeCloseTo(row.self, 6);
    expect(value("Điểm thẩm định")).toBeCloseTo(row.appraised!, 6);
    expect(value("Điểm ĐTXHH")).toBeCloseTo(row.survey!, 6);
    expect(value("Thưởng")).toBeCloseTo(row.bonus, 6);
    expect(value("Trừ")).toBeCloseTo(row.penalty, 6);
    expect(value("Tổng")).toBeCloseTo(row.final, 6);
    expect(value("Tối đa (trừ mục không áp dụng)")).toBeCloseTo(row.max, 6);
    expect(value("Chỉ số (%)")).toBeCloseTo(row.index!, 6);
    // And the report's numbers are the ranking's.
    const model = reportModel(ranking, "vi", { units: [out.result] });
    const table = model.blocks.find((b) => b.kind === "table")!;
    expect(table.kind === "table" && table.rows[0]![1]).toBe("Sở Tư pháp");
  });

  it("puts summary, losses and issues on three sheets, with cell references as text", () => {
    const out = scored();
    const blocks = feedbackSheets(out.report, "vi");
    expect(blocks.map((b) => b.name)).toEqual(["Kết quả", "Điểm bị mất", "Vấn đề"]);
    const issues = blocks[2]!;
    expect(issues.rows[headerOf(issues)]).toEqual([
      "STT",
      "Mức độ",
      "Vấn đề",
      "Ô",
      "Tiêu chí",
      "Nội dung",
      "Mã",
    ]);
    for (const r of body(issues)) if (r[3]) expect(String(r[3])).toMatch(/^.+![A-Z]+\d+$/);
    expect(issues.links).toEqual([]);
  });

  it("shows not-applicable items as “Không áp dụng”, never 0", () => {
    const report = {
      ...scored().report,
      nodes: [
        node("1", "field", 4, 2),
        node("1.1", "criterion", 2, 2),
        node("1.2", "criterion", 2, 0, { notApplicable: true, applicableMax: 0 }),
      ],
    } as ValidationReport;
    const lost = feedbackSheets(report, "vi")[1]!;
    expect(body(lost)).toHaveLength(1);
    expect(body(lost)[0]!.slice(0, 6)).toEqual([
      "1.2",
      "Tiêu chí 1.2",
      2,
      "Không áp dụng",
      "Không áp dụng",
      "Không áp dụng",
    ]);
  });

  it("says “Sẵn sàng nộp” only without errors, and what was appraised after appraisal", () => {
    const base = scored().report;
    const noErrors = { ...base, counts: { error: 0, warning: 2, info: 0, total: 2 } };
    expect(feedbackVerdict({ ...noErrors, nodes: [] }, "vi")).toBe(
      "Sẵn sàng nộp — còn 2 cảnh báo nên xem lại",
    );
    const withErrors = { ...base, counts: { error: 1, warning: 0, info: 0, total: 1 }, nodes: [] };
    expect(feedbackVerdict(withErrors, "vi")).toBe("Còn 1 lỗi, 0 cảnh báo");
    const appraised = {
      ...noErrors,
      nodes: [node("1.1", "criterion", 2, 2, { hasAppraisal: true }), node("1.2", "criterion", 2, 1)],
    };
    expect(feedbackVerdict(appraised, "vi")).toBe("Đã thẩm định 1/2 tiêu chí; chưa thẩm định: 1.2");
    const round2 = { ...appraised, totals: { ...appraised.totals, appraisalRound: 2 } };
    expect(feedbackVerdict(round2, "en")).toBe("Appraised 1 of 2 criteria (round 2); not appraised yet: 1.2");
  });
});

describe("publish settings", () => {
  it("are optional, and give the heading when set", async () => {
    const { SettingsSchema, DEFAULT_SETTINGS } = await import("../../src/settings/schema");
    expect(DEFAULT_SETTINGS.publish).toBeUndefined();
    const s = SettingsSchema.parse({
      publish: { issuer: ["UBND TỈNH AN HÒA", "SỞ NỘI VỤ"], decision: "15/QĐ-UBND" },
    });
    expect(s.publish).toEqual({
      issuer: ["UBND TỈNH AN HÒA", "SỞ NỘI VỤ"],
      province: null,
      year: null,
      decision: "15/QĐ-UBND",
    });
  });
});

describe("change from last year", () => {
  it("reads last year's ranking sheets and says the change of each group's average", async () => {
    const { previousRanking } = await import("../../src/output/previous-ranking");
    const previous = previousRanking([
      {
        sheet: "Xếp hạng - Sở, ban, ngành",
        values: [
          ["SỞ NỘI VỤ", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
          ["STT", "Đơn vị", "Tổng (100)", "Chỉ số (%)"],
          [1, "Sở Tư pháp", 80, 80],
          [2, "Sở Y tế", "chưa có", "chưa có"],
          [3, "Sở Xây dựng", 70, 70],
        ],
      },
      { sheet: "Kiểm tra", values: [["x"]] },
    ]);
    expect(previous).toHaveLength(1);
    expect([...previous[0]!.indexes]).toEqual([
      ["Sở Tư pháp", 80],
      ["Sở Xây dựng", 70],
    ]);
    const out = scored("appraised");
    const ranking = rankUnits([out.result], { classification: CLASSIFICATION_PRESETS["national"]! });
    const model = reportModel(ranking, "vi", { units: [out.result], previous });
    const bullets = model.blocks.find((b) => b.kind === "bullets");
    const index = ranking.groups[0]!.rows[0]!.index!;
    const line =
      bullets?.kind === "bullets" ? bullets.items.find((i) => i.startsWith("So với năm trước")) : undefined;
    expect(line).toBe(
      `So với năm trước (75,00 %): ${index >= 75 ? "tăng" : "giảm"} ${Math.abs(index - 75)
        .toFixed(2)
        .replace(".", ",")} điểm phần trăm.`,
    );
  });
});
