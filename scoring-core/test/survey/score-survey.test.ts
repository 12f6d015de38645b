import fc from "fast-check";
import { scoreSurvey, type AnswersInput } from "../../src/survey/score-survey";
import { SurveyDesignSchema, type SurveyDesignInput } from "../../src/survey/design-schema";
import type { CellValue } from "../../src/grid/grid";
import { sampleSize } from "../../src/survey/sample-size";
import { readSurveyJson, surveyJson, surveyInputsFromResult } from "../../src/survey/survey-report";
import { surveySheets } from "../../src/survey/survey-sheets";
import { readSurveyGrid } from "../../src/consolidation/side-tables";

const designInput: SurveyDesignInput = {
  questions: [
    {
      code: "CH1",
      text: "Chất lượng văn bản do cơ quan tham mưu",
      criterion: "2.3.1",
      max: 2,
      criterionMax: 2.5,
      unitType: "department",
      groups: ["HDND", "LDX"],
    },
    { code: "CH2", text: "Tính kịp thời của văn bản", criterion: "2.3.1", max: 0.5, unitType: "department" },
    {
      code: "CH3",
      text: "Chất lượng văn bản của UBND xã",
      criterion: "2.3.1",
      max: 2.5,
      unitType: "commune",
    },
  ],
  groups: [
    { code: "HDND", name: "Đại biểu HĐND tỉnh", weight: 3 },
    { code: "LDX", name: "Lãnh đạo UBND xã", weight: 1 },
    { code: "DN", name: "Doanh nghiệp", weight: 1 },
  ],
  minResponses: 3,
  units: [
    { name: "Sở Tư pháp", type: "department" },
    { name: "Sở Y tế", type: "department" },
    { name: "UBND xã Hòa Bình", type: "commune" },
    { name: "UBND xã An Phú", type: "commune" },
  ],
};

const header = [
  "Dấu thời gian",
  "Nhóm đối tượng",
  "Đơn vị được đánh giá",
  "CH1. Chất lượng văn bản",
  "CH2. Kịp thời",
  "CH3. Văn bản xã",
];
const online: CellValue[][] = [
  ["KHẢO SÁT MẪU"],
  header,
  ["01/12/2025 08:00", "HDND", "Sở Tư pháp", "A. Rất tốt", "B", null], // r3
  ["01/12/2025 08:05", "Lãnh đạo UBND xã", "sở tư pháp", "C", null, null], // r4: skipped CH2
  ["01/12/2025 08:06", "LDX", "Sở Tư pháp tỉnh Gia Lai", "Không biết / không trả lời", "D", null], // r5
  ["01/12/2025 08:07", "Đại biểu HĐND tỉnh", "Sở Tư pháp", "B. Tốt", "A", null], // r6
  ["01/12/2025 08:09", "Đại biểu HĐND tỉnh", "Sở Tư pháp", "B. Tốt", "A", null], // r7: duplicate of r6
  ["01/12/2025 08:10", "DN", "Sở Tư pháp", "A", "C", null], // r8: CH1 not for DN
  ["01/12/2025 08:11", "HDND", "Sở Y tế", "A", "A", null], // r9
  ["01/12/2025 08:12", "LDX", "Sở Y tế", "E. Không biết", "X", null], // r10: X off the scale
  ["01/12/2025 08:13", "HDND", "Sở Tư pháo", "A", "A", null], // r11: unknown unit
  ["01/12/2025 08:14", "HDND", "Ủy ban nhân dân xã Hoà Bình", null, null, "B"], // r12 (NFD-free alias)
];
const input: AnswersInput[] = [
  { source: "tra-loi.xlsx", grids: [{ sheet: "Câu trả lời 1", values: online }] },
];

function unit(r: ReturnType<typeof scoreSurvey>, name: string) {
  const u = r.units.find((x) => x.unit === name);
  if (!u) throw new Error(name);
  return u;
}

describe("scoreSurvey", () => {
  it("every answer counts the same without group weights (points computed by hand)", () => {
    const design = SurveyDesignSchema.parse({
      ...designInput,
      groups: designInput.groups!.map(({ code, name }) => ({ code, name })),
    });
    const r = scoreSurvey(design, input);
    const tp = unit(r, "Sở Tư pháp");
    // CH1: A=1, C=0,2, B=0,6 (Không biết excluded, DN's answer not for its group) → mean 0,6 × 2 = 1,2
    // CH2: B=0,6, D=0, A=1, C=0,2 (r4 skipped) → mean 0,45 × 0,5 = 0,225
    expect(tp.questions.map((q) => q.points)).toEqual([1.2, 0.225]);
    expect(tp.criteria).toEqual([{ code: "2.3.1", points: 1.425, max: 2.5, answers: 7 }]);
    expect(tp.total).toBe(1.425);
    expect(tp.forms).toBe(5);
    expect(tp.answersByGroup).toEqual({ "Đại biểu HĐND tỉnh": 2, "Lãnh đạo UBND xã": 2, "Doanh nghiệp": 1 });
    // Sở Y tế: CH1 A only (E excluded) → 2; CH2 A only (X off the scale) → 0,5
    expect(unit(r, "Sở Y tế").total).toBe(2.5);
    expect(unit(r, "UBND xã Hòa Bình").total).toBe(1.5); // B = 0,6 × 2,5
    const none = unit(r, "UBND xã An Phú");
    expect(none.total).toBeNull();
    expect(none.criteria[0]!.points).toBeNull();
    expect(r.forms).toEqual({ read: 10, counted: 8, duplicates: 1 });
  });

  it("weighs groups: the weighted mean of the groups' means over the groups that answered", () => {
    const r = scoreSurvey(SurveyDesignSchema.parse({ ...designInput, weighGroups: true }), input);
    const tp = unit(r, "Sở Tư pháp");
    // CH1: HĐND (1 + 0,6)/2 = 0,8 ×3; LĐX 0,2 ×1 → 2,6/4 = 0,65 × 2 = 1,3
    // CH2: HĐND (0,6 + 1)/2 = 0,8 ×3; LĐX 0 ×1; DN 0,2 ×1 → 2,6/5 = 0,52 × 0,5 = 0,26
    expect(tp.questions.map((q) => q.points)).toEqual([1.3, 0.26]);
    expect(tp.total).toBe(1.56);
    expect(tp.questions[0]!.byGroup["Đại biểu HĐND tỉnh"]).toEqual({ answers: 2, mean: 0.8 });
  });

  it("names every problem with its file and cell", () => {
    const r = scoreSurvey(SurveyDesignSchema.parse(designInput), input);
    const codes = r.issues.map((i) => `${i.code}@${i.cell ?? i.row ?? ""}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "survey-form-duplicate@7",
        "survey-question-not-for-group@D8",
        "survey-answer-invalid@E10",
        "survey-unit-unknown@C11",
        "survey-below-minimum@",
        "survey-unit-no-answers@",
      ]),
    );
    const unknown = r.issues.find((i) => i.code === "survey-unit-unknown")!;
    expect(unknown.message).toBe(
      "Tệp tra-loi.xlsx, ô C11: đơn vị “Sở Tư pháo” không có trong danh sách đơn vị được đánh giá (có phải “Sở Tư pháp”?); phiếu không được tính.",
    );
    const below = r.issues.filter((i) => i.code === "survey-below-minimum").map((i) => i.params["count"]);
    expect(below).toEqual([2, 1]);
    expect(r.issues.find((i) => i.code === "survey-form-duplicate")!.params["other"]).toBe(
      "tra-loi.xlsx dòng 6",
    );
    // CH1 (2) + CH2 (0,5) = 2,5 = the criterion's survey max: no mismatch
    expect(r.issues.some((i) => i.code === "survey-max-mismatch")).toBe(false);
  });

  it("reports forms that name no unit, other unit types, unknown groups and columns, and unanswered questions", () => {
    const values: CellValue[][] = [
      ["Nhóm đối tượng", "Đơn vị được đánh giá", "CH1", "CH3", "Ghi chú thêm"],
      ["HDND", "", "A", null, null], // r2: no unit
      ["HDND", "Sở Y tế", "A", "B", "ok"], // r3: CH3 rates communes
      ["Khác", "Sở Y tế", "B", null, null], // r4: a group the design does not know
    ];
    const r = scoreSurvey(SurveyDesignSchema.parse(designInput), [
      { source: "f.xlsx", grids: [{ sheet: "S", values }] },
    ]);
    const at = (code: string) =>
      r.issues.filter((i) => i.code === code).map((i) => i.cell ?? i.params["question"]);
    expect(at("survey-unit-missing")).toEqual([undefined]);
    expect(r.issues.find((i) => i.code === "survey-unit-missing")!.row).toBe(2);
    expect(at("survey-question-not-for-unit")).toEqual(["D3"]);
    expect(at("survey-group-unknown")).toEqual(["A4"]);
    expect(at("survey-column-unmatched")).toEqual(["E1"]);
    expect(at("survey-question-missing")).toEqual(["CH2"]);
    // Sở Y tế has forms but no column for CH2: its criterion is "chưa có", not 0.
    expect(at("survey-question-no-answers")).toEqual(["CH2"]);
    expect(r.units.find((u) => u.unit === "Sở Y tế")!.criteria[0]!.points).toBeNull();
    expect(at("survey-answer-invalid")).toEqual([]);
    expect(at("survey-question-not-for-group")).toEqual([]);
    expect(at("survey-unit-no-answers")).toHaveLength(3);
  });

  it("warns when the questions do not add up to the criterion's survey maximum", () => {
    const d = SurveyDesignSchema.parse({
      ...designInput,
      questions: [{ ...designInput.questions[0]!, criterionMax: 3 }, designInput.questions[1]!],
    });
    const r = scoreSurvey(d, input);
    const m = r.issues.find((i) => i.code === "survey-max-mismatch")!;
    expect(m.params).toMatchObject({ expected: 2.5 });
    expect(m.value).toBe(3);
  });

  it("reads a typed paper-forms workbook merged with the online answers", () => {
    const paper: CellValue[][] = [
      ["Số phiếu", "Đối tượng", "Đơn vị", "CH1", "CH2"],
      [101, "LDX", "SỞ Y TẾ", "d", "b"],
    ];
    const design = SurveyDesignSchema.parse({ ...designInput, groups: [] });
    const r = scoreSurvey(design, [
      ...input,
      { source: "phieu-giay.xlsx", grids: [{ sheet: "Phiếu", values: paper }] },
    ]);
    // Sở Y tế CH1: A, D → 0,5 × 2 = 1; CH2: A, B → 0,8 × 0,5 = 0,4
    expect(unit(r, "Sở Y tế").total).toBe(1.4);
    expect(unit(r, "Sở Y tế").forms).toBe(3);
  });

  it("feeds consolidation through the JSON contract and through the output sheet", () => {
    const r = scoreSurvey(SurveyDesignSchema.parse(designInput), input);
    const json = surveyJson(r, "vi");
    const back = readSurveyJson(JSON.stringify(json))!;
    // The JSON carries the core's exact points (1,425), not the 2-decimal display (1,43): the
    // JSON route and the workbook route give consolidation the same numbers.
    expect(back.get("so tu phap")).toEqual({ total: 1.425, byCriterion: { "2.3.1": 1.425 } });
    expect(back.get("ubnd xa an phu")).toEqual({ byCriterion: {} });
    expect(surveyInputsFromResult(r.units).get("so tu phap")).toEqual({
      total: 1.425,
      byCriterion: { "2.3.1": 1.425 },
    });
    const sheet = surveySheets(r, "vi")[0]!;
    const read = readSurveyGrid({ sheet: sheet.name, values: sheet.rows }, "vi");
    expect(read.issues).toEqual([]);
    expect(read.byUnit.get("so tu phap")).toEqual({ total: 1.425, byCriterion: { "2.3.1": 1.425 } });
    // Side-table keys expand UBND (consolidation/unit-names.ts).
    expect(read.byUnit.get("uy ban nhan dan xa an phu")).toEqual({});
    expect(readSurveyJson("{}")).toBeNull();
  });

  it("sizes samples with n = N / (1 + N·e²)", () => {
    expect(sampleSize(1000, 0.05)).toBe(286); // 1000 / 3.5 = 285,7
    expect(sampleSize(400, 0.05)).toBe(200);
    expect(sampleSize(0)).toBeNull();
  });
});

describe("properties", () => {
  const letters = ["A", "B", "C", "D", "Không biết", "", "Z"];
  const rowArb = fc.tuple(
    fc.constantFrom("HDND", "LDX", "DN"),
    fc.constantFrom("Sở Tư pháp", "Sở Y tế"),
    fc.constantFrom(...letters),
    fc.constantFrom(...letters),
  );
  const run = (rows: [string, string, string, string][], weigh: boolean) =>
    scoreSurvey(SurveyDesignSchema.parse({ ...designInput, weighGroups: weigh }), [
      {
        source: "p.xlsx",
        grids: [{ sheet: "S", values: [header, ...rows.map(([g, u, a, b], i) => [i, g, u, a, b, null])] }],
      },
    ]);

  it("points stay within 0..max", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), fc.boolean(), (rows, weigh) => {
        for (const u of run(rows, weigh).units)
          for (const q of u.questions)
            if (q.points !== null) expect(q.points >= 0 && q.points <= q.max).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("the order of the forms does not change the points", () => {
    fc.assert(
      fc.property(
        fc
          .array(rowArb, { maxLength: 40 })
          .chain((rows) =>
            fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
          ),
        fc.boolean(),
        ([rows, shuffled], weigh) => {
          const pts = (rs: typeof rows) => run(rs, weigh).units.map((u) => [u.unit, u.total, u.forms]);
          expect(pts(shuffled)).toEqual(pts(rows));
        },
      ),
      { numRuns: 60 },
    );
  });
});
