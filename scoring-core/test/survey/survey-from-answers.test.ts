/** The hosts' use case: which design scores the answers, and the summary a panel shows. */
import { surveyFromAnswers } from "../../src/survey/survey-inputs";
import { SAMPLE_SETS } from "../../src/criteria-set/samples/index";
import type { Grid } from "../../src/grid/grid";

const set = SAMPLE_SETS.find((s) => s.id === "sample-department-2025")!;

const answers = (rows: (string | number)[][]): { source: string; grids: Grid[] }[] => [
  {
    source: "phieu.xlsx",
    grids: [
      { sheet: "Phiếu", values: [["Số phiếu", "Nhóm đối tượng", "Đơn vị được đánh giá", "2.3.1"], ...rows] },
    ],
  },
];

describe("surveyFromAnswers", () => {
  it("without a design the set's survey items are the questions; the units list catches unknown names", () => {
    const r = surveyFromAnswers(
      null,
      answers([
        [1, "Đại biểu HĐND", "Sở Tư pháp", "A"],
        [2, "Đại biểu HĐND", "Sở Tư pháp", "B. Tốt"],
        [3, "Đại biểu HĐND", "Sở Tư phap", "Z"],
        [4, "Đại biểu HĐND", "Sở Tư phám", "A"],
      ]),
      { sets: [set], units: ["Sở Tư pháp", "Sở Y tế"] },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.summary.design).toMatchObject({
      questionsFrom: "set",
      setName: set.name,
      designName: null,
      units: 2,
      unitsFrom: "units-list",
      defaultScale: "abcd",
    });
    expect(r.summary.design.questions).toBe(r.design.questions.length);
    expect(r.summary.designLine).toMatch(
      /^Thiết kế phiếu: câu hỏi suy ra từ các tiêu chí ĐTXHH của bộ tiêu chí “.+” \(mỗi tiêu chí một câu\) — \d+ câu hỏi cho \d+ tiêu chí, thang A\/B\/C\/D = 100\/60\/20\/0 %; mọi phiếu tính như nhau; so tên đơn vị với 2 đơn vị của danh sách đơn vị\.$/,
    );
    // 2.3.1 (max 2,5): A and B → (1 + 0,6)/2 × 2,5 = 2; "Z" is off the scale (its form still counts).
    const tuPhap = r.summary.units.find((u) => u.unit === "Sở Tư pháp")!;
    expect(tuPhap).toMatchObject({ forms: 3, total: 2 });
    expect(r.summary.units.find((u) => u.unit === "Sở Y tế")).toMatchObject({ forms: 0, total: null });
    const codes = r.summary.issues.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "survey-answer-invalid",
        "survey-unit-unknown",
        "survey-unit-no-answers",
        "survey-question-missing",
      ]),
    );
    expect(r.summary.issues.find((i) => i.code === "survey-unit-unknown")!.message).toContain(
      "có phải “Sở Tư pháp”",
    );
    expect(r.summary.counts.error + r.summary.counts.warning + r.summary.counts.info).toBe(
      r.summary.totalIssues,
    );
  });

  it("a design workbook with groups and weights but no questions sheet takes the questions from the set", () => {
    const design: Grid[] = [
      {
        sheet: "Nhóm",
        values: [
          ["Mã nhóm", "Nhóm đối tượng", "Trọng số"],
          ["HDND", "Đại biểu HĐND", 3],
          ["DN", "Doanh nghiệp", 1],
        ],
      },
    ];
    const r = surveyFromAnswers(
      design,
      answers([
        [1, "Đại biểu HĐND", "Sở Tư pháp", "A"],
        [2, "Doanh nghiệp", "Sở Tư pháp", "D"],
        [3, "Doanh nghiệp", "Sở Tư pháp", "C"],
      ]),
      { sets: [set], designName: "nhom.xlsx" },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.summary.design).toMatchObject({ questionsFrom: "set", designName: "nhom.xlsx", groups: 2 });
    expect(r.summary.designLine).toContain("nhóm, thang, đơn vị và cài đặt từ “nhom.xlsx”");
    expect(r.summary.designLine).toContain("2 nhóm đối tượng (có trọng số)");
    // Weighed 3:1: HĐND 1, DN (0 + 0,2)/2 = 0,1 → (3 × 1 + 1 × 0,1)/4 = 0,775 × 2,5 = 1,9375
    expect(r.summary.units[0]).toMatchObject({ unit: "Sở Tư pháp", total: 1.9375 });
    // No "no questions sheet" issue: the set gave the questions.
    expect(r.issues.filter((i) => i.code === "survey-design-invalid")).toEqual([]);
  });

  it("with a questions sheet, the design's questions are used and the set only checks the maxima", () => {
    const design: Grid[] = [
      {
        sheet: "Câu hỏi",
        values: [
          ["Mã câu hỏi", "Tiêu chí", "Điểm tối đa"],
          ["2.3.1", "2.3.1", 2],
        ],
      },
    ];
    const r = surveyFromAnswers(design, answers([[1, "", "Sở Tư pháp", "A"]]), {
      sets: [set],
      designName: "thiet-ke.xlsx",
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.summary.design).toMatchObject({ questionsFrom: "design", designName: "thiet-ke.xlsx" });
    expect(r.summary.designLine).toMatch(/^Thiết kế phiếu: tệp “thiet-ke.xlsx” — 1 câu hỏi cho 1 tiêu chí/);
    expect(r.issues.map((i) => i.code)).toContain("survey-max-mismatch"); // 2 ≠ 2,5
  });

  it("an answers file with no recognisable answers sheet is an error naming the file, not “no forms”", () => {
    const r = surveyFromAnswers(
      null,
      [
        {
          source: "tra-loi.xlsx",
          grids: [
            {
              sheet: "Phiếu",
              values: [
                ["Đơn vị được đánh giá", "CH01. Chất lượng văn bản"],
                ["Sở Tư pháp", "A"],
              ],
            },
          ],
        },
      ],
      { sets: [set] },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const missing = r.issues.find((i) => i.code === "survey-answers-not-found")!;
    expect(missing.severity).toBe("error");
    expect(missing.message).toMatch(/^Tệp tra-loi.xlsx: không tìm thấy trang câu trả lời nào .*: 1\.4\.1, /);
    expect(r.summary.counts.error).toBe(1);
  });

  it("no design and no set (or a set without survey items) is refused with the reason", () => {
    const none = surveyFromAnswers(null, answers([[1, "", "Sở Tư pháp", "A"]]), { lang: "en" });
    expect(none.ok).toBe(false);
    expect(none.issues[0]!.message).toMatch(/no design file, and no criteria set/);
    const noSurvey = { ...set, fields: [] };
    const empty = surveyFromAnswers(null, answers([]), { sets: [noSurvey] });
    expect(empty.ok).toBe(false);
    expect(empty.issues[0]!.message).toMatch(/không có tiêu chí nào chấm bằng ĐTXHH/);
  });
});
