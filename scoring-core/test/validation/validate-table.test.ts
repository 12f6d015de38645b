import { IssueCollector, type Issue } from "../../src/issues/issue";
import { validateTable, type ValidateOptions } from "../../src/validation/validate-table";
import { buildTable, type RowSpec, type TableSpec } from "../totals/table-builder";
import { buildSet } from "../totals/set-builder";

function check(
  spec: TableSpec | RowSpec[],
  options: ValidateOptions = {},
  lang: "vi" | "en" = "vi",
): Issue[] {
  const table = buildTable(Array.isArray(spec) ? { rows: spec } : spec);
  const c = new IssueCollector(lang, table.sheet);
  validateTable(table, c, options);
  return c.issues;
}

const codes = (issues: Issue[]) => issues.map((i) => i.code);
const only = (issues: Issue[], code: string) => issues.filter((i) => i.code === code);
/** A clean leaf with evidence, so only the check under test fires. */
const ok = { evidence: "Báo cáo số 18/BCTĐ-STP ngày 10/10/2023" };

describe("validateTable: a clean table", () => {
  it("emits nothing", () => {
    expect(
      check({
        rows: [
          { code: "1", max: 3, self: 2.5 },
          { code: "1.1", max: 1, self: 1, ...ok },
          { code: "1.2", max: 2, self: 1.5, ...ok },
        ],
        total: { max: 3, self: 2.5 },
      }),
    ).toEqual([]);
  });
});

describe("validateTable: numbers", () => {
  it("number-invalid names the cell and the text", () => {
    const [i] = only(check([{ code: "1", max: 2, self: "đạt" }]), "number-invalid");
    expect(i).toMatchObject({
      cell: "F6",
      row: 6,
      column: "F",
      criterion: "1",
      value: "đạt",
      severity: "error",
      sheet: "Tự chấm",
    });
    expect(i!.message).toBe("Ô F6 có giá trị “đạt” không phải là số.");
  });
  it("formula-error for score and declared cells", () => {
    const issues = only(check([{ code: "1", max: 2, self: "#REF!", declared: "#VALUE!" }]), "formula-error");
    expect(issues.map((i) => [i.cell, i.value])).toEqual([
      ["F6", "#REF!"],
      ["E6", "#VALUE!"],
    ]);
  });
});

describe("validateTable: scores", () => {
  it("score-missing on a main leaf, not on N/A, bonus or survey items", () => {
    const set = buildSet([
      {
        code: "1",
        title: "A",
        max: 3,
        children: [
          { code: "1.1", title: "a", max: 1 },
          { code: "1.2", title: "b", max: 1, surveyScored: true },
          { code: "1.3", title: "c", max: 1, mayBeNotApplicable: true },
        ],
      },
      { code: "2", title: "Thưởng", max: 1, bonus: true, children: [{ code: "2.1", title: "d", max: 1 }] },
    ]);
    const rows: RowSpec[] = [
      { code: "1", max: 3 },
      { code: "1.1", max: 1, title: "a" },
      { code: "1.2", max: 1, title: "b" },
      { code: "1.3", max: 1, title: "c", self: "KAD" },
      { code: "2", max: 1, title: "Thưởng" },
      { code: "2.1", max: 1, title: "d" },
    ];
    const issues = check(rows, { set });
    expect(only(issues, "score-missing").map((i) => i.criterion)).toEqual(["1.1"]);
    expect(only(issues, "score-missing")[0]!.cell).toBe("F7");
  });
  it("score-negative", () => {
    expect(only(check([{ code: "1", max: 2, self: -1 }]), "score-negative")[0]).toMatchObject({
      cell: "F6",
      value: -1,
    });
  });
  it("score-exceeds-max with the max (decimal comma in the message)", () => {
    const [i] = only(check([{ code: "1", max: 2.5, self: 3, ...ok }]), "score-exceeds-max");
    expect(i).toMatchObject({ value: 3, params: { max: 2.5 } });
    expect(i!.message).toContain("tối đa 2,5");
  });
  it("the set's maximum wins over the sheet's", () => {
    const set = buildSet([{ code: "1", title: "A", max: 2 }]);
    const issues = check([{ code: "1", title: "A", max: 5, self: 3, ...ok }], { set });
    expect(codes(issues)).toEqual(["max-mismatch", "score-exceeds-max"]);
  });
  it("score-not-allowed for levels, yes-no and steps, listing allowed values with decimal commas", () => {
    const set = buildSet([
      {
        code: "1",
        title: "A",
        max: 5,
        children: [
          {
            code: "1.1",
            title: "a",
            max: 1,
            rule: {
              kind: "levels",
              levels: [
                { label: "đúng hạn", points: 1 },
                { label: "chậm", points: 0.5 },
                { label: "không", points: 0 },
              ],
            },
          },
          { code: "1.2", title: "b", max: 2, rule: { kind: "yes-no" } },
          { code: "1.3", title: "c", max: 1, rule: { kind: "range", step: 0.25 } },
          { code: "1.4", title: "d", max: 1, rule: { kind: "range", step: 0.25 } },
        ],
      },
    ]);
    const issues = only(
      check(
        [
          { code: "1", title: "A" },
          { code: "1.1", title: "a", self: 0.75, ...ok },
          { code: "1.2", title: "b", self: 1, ...ok },
          { code: "1.3", title: "c", self: 0.3, ...ok },
          { code: "1.4", title: "d", self: 0.75, ...ok },
        ],
        { set },
      ),
      "score-not-allowed",
    );
    expect(issues.map((i) => [i.criterion, i.params.allowed])).toEqual([
      ["1.1", "0; 0,5; 1"],
      ["1.2", "0; 2"],
      ["1.3", "0; 0,25; 0,5; 0,75; 1"],
    ]);
    expect(issues[0]!.message).toBe(
      "Ô F7: điểm 0,75 không đúng thang điểm của tiêu chí 1.1 (được phép: 0; 0,5; 1).",
    );
  });
  it("score-inconsistent for thresholds on declared figures written every way", () => {
    const rule = {
      kind: "thresholds" as const,
      bands: [
        { min: 100, points: 2 },
        { min: 80, max: 100, points: 1 },
        { min: 0, max: 80, points: 0 },
      ],
    };
    const set = buildSet([
      {
        code: "1",
        title: "A",
        max: 2,
        children: ["1", "2", "3", "4", "5", "6"].map((c) => ({ code: `1.${c}`, title: c, max: 2, rule })),
      },
    ]);
    const rows: RowSpec[] = [
      { code: "1", title: "A" },
      { code: "1.1", title: "1", declared: "85%", self: 1, ...ok },
      { code: "1.2", title: "2", declared: "85", self: 2, ...ok },
      { code: "1.3", title: "3", declared: "17/20", self: 2, ...ok },
      { code: "1.4", title: "4", declared: "0,85", self: 1, ...ok },
      { code: "1.5", title: "5", declared: "79,99%", self: 1, ...ok },
      { code: "1.6", title: "6", declared: 1, self: 2, ...ok },
    ];
    const issues = only(check(rows, { set }), "score-inconsistent");
    expect(issues.map((i) => [i.criterion, i.params.expected])).toEqual([
      ["1.2", 1],
      ["1.3", 1],
      ["1.5", 0],
    ]);
    expect(issues[0]!.params.declared).toBe("85");
  });
  it("score-inconsistent for ratios, compared exactly after rounding", () => {
    const set = buildSet([
      {
        code: "1",
        title: "A",
        max: 3,
        children: [
          { code: "1.1", title: "a", max: 3, rule: { kind: "ratio" } },
          { code: "1.2", title: "b", max: 3, rule: { kind: "ratio", decimals: 1 } },
        ],
      },
    ]);
    const issues = only(
      check(
        [
          { code: "1", title: "A" },
          { code: "1.1", title: "a", declared: "2/3", self: 2, ...ok },
          { code: "1.2", title: "b", declared: "1/6", self: 0.5, ...ok },
        ],
        { set },
      ),
      "score-inconsistent",
    );
    // 2/3 × 3 = 2 exactly; 1/6 × 3 = 0,5 → 0,5 at 1 decimal: both consistent.
    expect(issues).toEqual([]);
    const wrong = only(
      check(
        [
          { code: "1", title: "A" },
          { code: "1.1", title: "a", declared: "1/3", self: 1.01, ...ok },
          { code: "1.2", title: "b", declared: "1/6", self: 0.5, ...ok },
        ],
        { set },
      ),
      "score-inconsistent",
    );
    expect(wrong.map((i) => i.params.expected)).toEqual([1]);
  });
  it("declared-missing when the rule needs a figure", () => {
    const set = buildSet([{ code: "1", title: "A", max: 2, rule: { kind: "ratio" } }]);
    expect(
      only(check([{ code: "1", title: "A", self: 2, ...ok }], { set }), "declared-missing")[0],
    ).toMatchObject({ cell: "E6", criterion: "1" });
  });
  it("survey-item-self-scored", () => {
    const set = buildSet([{ code: "1", title: "A", max: 2, rule: { kind: "survey" } }]);
    const issues = check([{ code: "1", title: "A", self: 1.5 }], { set });
    expect(codes(issues)).toEqual(["survey-item-self-scored"]);
  });
  it("penalty-positive on a penalty item", () => {
    expect(
      codes(
        check([
          { code: "9", max: -2, section: "penalty" },
          { code: "9.1", max: -2, self: 1 },
        ]),
      ),
    ).toEqual(["penalty-positive"]);
    expect(
      codes(
        check([
          { code: "9", max: -2, section: "penalty" },
          { code: "9.1", max: -2, self: -1 },
        ]),
      ),
    ).toEqual([]);
  });
  it("not-applicable-disallowed only when a set is given and the item may not be N/A", () => {
    const set = buildSet([
      {
        code: "1",
        title: "A",
        max: 2,
        children: [
          { code: "1.1", title: "a", max: 1 },
          { code: "1.2", title: "b", max: 1, mayBeNotApplicable: true },
        ],
      },
    ]);
    const rows: RowSpec[] = [
      { code: "1", title: "A" },
      { code: "1.1", title: "a", self: "Không áp dụng" },
      { code: "1.2", title: "b", declared: "Không áp dụng" },
    ];
    expect(only(check(rows, { set }), "not-applicable-disallowed").map((i) => [i.criterion, i.cell])).toEqual(
      [["1.1", "F7"]],
    );
    expect(only(check(rows), "not-applicable-disallowed")).toEqual([]);
  });
});

describe("validateTable: evidence", () => {
  it("evidence-missing on a positive score with neither evidence nor explanation", () => {
    const issues = check([
      { code: "1", max: 2 },
      { code: "1.1", max: 1, self: 1 },
      { code: "1.2", max: 1, self: 1, explanation: "Đã giải trình" },
    ]);
    expect(only(issues, "evidence-missing").map((i) => [i.criterion, i.cell, i.value])).toEqual([
      ["1.1", "I7", 1],
    ]);
  });
  it("no evidence-missing when the sheet has no evidence or explanation column", () => {
    expect(check({ rows: [{ code: "1", max: 1, self: 1 }], without: ["evidence", "explanation"] })).toEqual(
      [],
    );
  });
  it("evidence-unrecognised for text with no document number or link", () => {
    const issues = check([
      { code: "1", max: 4 },
      { code: "1.1", max: 1, self: 1, evidence: "Có báo cáo" },
      { code: "1.2", max: 1, self: 1, evidence: "Xem https://stp.example.gov.vn/bc.pdf" },
      { code: "1.3", max: 1, self: 1, evidence: "Công văn 4566/BNV-CCHC" },
      { code: "1.4", max: 1, self: 1, evidence: "Tờ trình 1494/TTr-SNV" },
    ]);
    expect(only(issues, "evidence-unrecognised").map((i) => i.criterion)).toEqual(["1.1"]);
  });
  it("evidence-out-of-period against the table's year, the set's period or the option", () => {
    const rows: RowSpec[] = [
      { code: "1", max: 3 },
      { code: "1.1", max: 1, self: 1, evidence: "Quyết định số 152/QĐ-UBND ngày 22/01/2014" },
      { code: "1.2", max: 1, self: 1, evidence: "Quyết định 30/2018/QĐ-UBND" },
      { code: "1.3", max: 1, self: 1, evidence: "Kế hoạch số 1833/KH-UBND ngày 19 tháng 9 năm 2023" },
    ];
    const issues = only(check({ rows, year: 2023 }), "evidence-out-of-period");
    expect(issues.map((i) => [i.criterion, i.params.date])).toEqual([
      ["1.1", "22/01/2014"],
      ["1.2", "2018"],
    ]);
    expect(issues[0]!.message).toBe(
      "Ô I7: văn bản ngày 22/01/2014 nằm ngoài thời kỳ đánh giá (01/01/2023 – 31/12/2023).",
    );
    const wide = only(
      check({ rows, year: 2023 }, { evidencePeriod: { from: "2014-01-01", to: "2023-12-31" } }),
      "evidence-out-of-period",
    );
    expect(wide).toEqual([]);
    const set = buildSet([{ code: "1", title: "A", max: 3 }], {
      evidencePeriod: { from: "2023-10-01", to: "2023-12-31" },
    });
    const bySet = only(
      check(
        {
          rows: [
            { code: "1", title: "A", max: 3, self: 1, evidence: "Kế hoạch số 1833/KH-UBND ngày 19/9/2023" },
          ],
        },
        { set },
      ),
      "evidence-out-of-period",
    );
    expect(bySet.map((i) => i.params.date)).toEqual(["19/09/2023"]);
  });
});

describe("validateTable: totals", () => {
  it("subtotal-mismatch for a field's self and appraisal figures", () => {
    const issues = check([
      { code: "1", max: 3, self: 2.4, a1: 0.5 },
      { code: "1.1", max: 1, self: 1, a1: 0.5, ...ok },
      { code: "1.2", max: 2, self: 1.5, ...ok },
    ]);
    expect(only(issues, "subtotal-mismatch").map((i) => [i.cell, i.value, i.params.expected])).toEqual([
      ["F6", 2.4, 2.5],
    ]);
    const appr = only(
      check([
        { code: "1", max: 3, self: 2.5, a1: 2.5 },
        { code: "1.1", max: 1, self: 1, a1: 0.5, ...ok },
        { code: "1.2", max: 2, self: 1.5, ...ok },
      ]),
      "subtotal-mismatch",
    );
    // A =SUM over the appraisal column counts blank items as 0.
    expect(appr.map((i) => [i.cell, i.params.expected])).toEqual([["G6", 0.5]]);
  });
  it("total-mismatch compares at 15 significant digits", () => {
    const rows: RowSpec[] = [
      { code: "1", max: 0.3 },
      { code: "1.1", max: 0.1, self: 0.1, ...ok },
      { code: "1.2", max: 0.2, self: 0.2, ...ok },
    ];
    expect(only(check({ rows, total: { max: 0.3, self: 0.1 + 0.2 } }), "total-mismatch")).toEqual([]);
    const [i] = only(check({ rows, total: { max: 0.3, self: 0.31 } }), "total-mismatch");
    expect(i).toMatchObject({ cell: "F9", value: 0.31, params: { expected: 0.3 } });
  });
  it("max-total-mismatch for a field and for the total row (99,55 under 100)", () => {
    const field = only(
      check([
        { code: "1", max: 10 },
        { code: "1.1", max: 4, self: 0, ...ok },
        { code: "1.2", max: 5.55, self: 0, ...ok },
      ]),
      "max-total-mismatch",
    );
    expect(field.map((i) => [i.criterion, i.cell, i.value, i.params.expected])).toEqual([
      ["1", "C6", 10, 9.55],
    ]);
    const total = only(
      check({
        rows: [
          { code: "1", max: 9.55 },
          { code: "1.1", max: 4, self: 0, ...ok },
          { code: "1.2", max: 5.55, self: 0, ...ok },
          { code: "2", max: 90, self: 0, ...ok },
        ],
        total: { max: 100, self: 0 },
      }),
      "max-total-mismatch",
    );
    expect(total.map((i) => [i.criterion, i.cell, i.value, i.params.expected])).toEqual([
      ["Tổng cộng", "C10", 100, 99.55],
    ]);
  });
  it("appraisal-exceeds-max and appraisal-negative", () => {
    const issues = check([
      { code: "1", max: 2 },
      { code: "1.1", max: 1, self: 1, a1: 1.5, ...ok },
      { code: "1.2", max: 1, self: 1, a2: -0.5, ...ok },
    ]);
    expect(only(issues, "appraisal-exceeds-max").map((i) => i.cell)).toEqual(["G7"]);
    expect(only(issues, "appraisal-negative").map((i) => i.cell)).toEqual(["H8"]);
  });
  it("bonus-cap-exceeded when bonus points pass the content's maximum", () => {
    const [i] = only(
      check([
        { code: "9", max: 2, section: "bonus" },
        { code: "9.1", max: 2, self: 2, ...ok },
        { code: "9.2", max: 1, self: 1, ...ok },
      ]),
      "bonus-cap-exceeded",
    );
    expect(i).toMatchObject({ criterion: "9", value: 3, params: { cap: 2, kind: "thưởng" } });
    expect(i!.message).toBe("Điểm thưởng là 3, vượt mức tối đa 2; chỉ tính 2.");
  });
});

describe("validateTable: against a reference set", () => {
  const set = buildSet([
    {
      code: "1",
      title: "Công tác chỉ đạo, điều hành",
      max: 3,
      children: [
        { code: "1.1", title: "Kế hoạch CCHC", max: 1 },
        { code: "1.2", title: "Báo cáo CCHC", max: 2 },
      ],
    },
    { code: "2", title: "Thể chế", max: 2, unitTypes: ["department"] },
  ]);
  it("criterion-missing, criterion-unknown, max-mismatch, title-changed", () => {
    const issues = check(
      [
        { code: "1", title: "CÔNG TÁC CHỈ ĐẠO,  ĐIỀU HÀNH." },
        { code: "1.1", title: "Kế hoạch cải cách", max: 1.5, self: 1, ...ok },
        { code: "1.3", title: "Thêm", max: 1, self: 1, ...ok },
        { code: "1.3.1", title: "Thêm nữa", max: 1, self: 1, ...ok },
      ],
      { set, unitType: "department" },
    );
    expect(only(issues, "criterion-missing").map((i) => [i.criterion, i.params.title])).toEqual([
      ["1.2", "Báo cáo CCHC"],
      ["2", "Thể chế"],
    ]);
    expect(only(issues, "criterion-unknown").map((i) => [i.criterion, i.row])).toEqual([["1.3", 8]]);
    expect(only(issues, "max-mismatch").map((i) => [i.cell, i.value, i.params.expected])).toEqual([
      ["C7", 1.5, 1],
    ]);
    expect(only(issues, "title-changed").map((i) => i.criterion)).toEqual(["1.1"]);
  });
  it("respects the unit type", () => {
    const issues = check(
      [
        { code: "1", title: "Công tác chỉ đạo, điều hành" },
        { code: "1.1", title: "Kế hoạch CCHC", self: 1, ...ok },
        { code: "1.2", title: "Báo cáo CCHC", self: 2, ...ok },
      ],
      { set, unitType: "commune" },
    );
    expect(issues).toEqual([]);
  });
});

describe("validateTable: messages in English", () => {
  it("renders the en template with a decimal point", () => {
    const [i] = check([{ code: "1", max: 2.5, self: 3, ...ok }], {}, "en");
    expect(i!.message).toBe("Cell F6: score 3 exceeds the maximum 2.5 of criterion 1; only 2.5 counts.");
  });
});

describe("validateTable: precision", () => {
  it("number-too-precise when a score has more decimals than the set publishes", () => {
    const set = buildSet([{ code: "1", title: "A", max: 2 }], {
      rounding: { decimals: 2, mode: "half-away-from-zero" },
    });
    const [i] = only(check([{ code: "1", title: "A", self: 0.125, ...ok }], { set }), "number-too-precise");
    expect(i).toMatchObject({ cell: "F6", value: 0.125, params: { decimals: 2 } });
    expect(i!.message).toBe("Ô F6: điểm 0,125 có quá 2 chữ số thập phân.");
    expect(
      only(check([{ code: "1", title: "A", self: 0.25, ...ok }], { set }), "number-too-precise"),
    ).toEqual([]);
  });
});
