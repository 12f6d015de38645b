import { checkSheet } from "../../src/check-sheet";
import { ValidationReportSchema } from "../../src/reports/schemas";
import type { Grid } from "../../src/grid/grid";
import { departmentFixture, departmentGrid, DEPARTMENT_EXPECTED } from "../fixtures/department-grid";
import { communeGrid, COMMUNE_EXPECTED } from "../fixtures/commune-grid";

describe("checkSheet on the department fixture", () => {
  it("reads, totals exactly and validates (self-assessment stage)", () => {
    const r = checkSheet(departmentGrid());
    expect(ValidationReportSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({ tableFound: true, unit: "SỞ TƯ PHÁP", year: 2025, truncated: false });
    expect(r.totals).toEqual({
      max: DEPARTMENT_EXPECTED.max,
      applicableMax: 50,
      selfMax: 50,
      surveyMax: 0,
      self: DEPARTMENT_EXPECTED.self,
      appraised: DEPARTMENT_EXPECTED.self,
      survey: 0,
      bonus: DEPARTMENT_EXPECTED.bonus,
      penalty: DEPARTMENT_EXPECTED.penalty,
      final: DEPARTMENT_EXPECTED.final,
      index: 88,
      // Not appraised yet: final rests on the self-assessment; no survey points were given.
      appraisalRound: 0,
      basis: "self",
      surveyGiven: false,
    });
    for (const [code, e] of Object.entries(DEPARTMENT_EXPECTED.fields)) {
      expect(r.nodes.find((n) => n.code === code)).toMatchObject({
        max: e.max,
        self: e.self,
        level: "field",
      });
    }
    // The sheet's SUM formulas agree with the items: no subtotal or total issue.
    expect(r.issues.filter((i) => /mismatch/.test(i.code))).toEqual([]);
    expect(r.counts.error).toBe(0);
    // A plan dated 25/12/2024 in a 2025 sheet is flagged; items scored without evidence are listed.
    const f = departmentFixture();
    expect(r.issues.find((i) => i.code === "evidence-out-of-period")).toMatchObject({
      cell: f.cell("1.1.1", "evidence"),
      params: { date: "25/12/2024" },
    });
    expect(r.issues.filter((i) => i.code === "evidence-missing").map((i) => i.criterion)).toContain("5.2.1");
  });

  it("takes the latest appraisal round", () => {
    const r = checkSheet(departmentGrid({ stage: "appraised" }));
    expect(r.totals).toMatchObject({
      appraised: DEPARTMENT_EXPECTED.appraised.main,
      bonus: DEPARTMENT_EXPECTED.appraised.bonus,
      penalty: DEPARTMENT_EXPECTED.appraised.penalty,
      final: DEPARTMENT_EXPECTED.appraised.final,
      index: 85.5,
    });
    expect(r.issues.filter((i) => /mismatch/.test(i.code))).toEqual([]);
  });

  it("names the cell of a formula error and of a score over the maximum", () => {
    const f = departmentFixture({
      formulaError: { code: "2.2.1", role: "self", error: "#REF!" },
      overrides: { "1.1.1": { self: 5 } },
    });
    const r = checkSheet(f.grid, { lang: "en" });
    const ref = r.issues.filter((i) => i.code === "formula-error").map((i) => i.cell);
    expect(ref).toContain(f.cell("2.2.1", "self"));
    const over = r.issues.find((i) => i.code === "score-exceeds-max");
    expect(over).toMatchObject({ cell: f.cell("1.1.1", "self"), value: 5 });
    expect(over!.message).toMatch(/^Cell [A-Z]+\d+: score 5 exceeds the maximum/);
  });

  it("counts every issue but lists at most issueLimit", () => {
    const r = checkSheet(departmentGrid(), { issueLimit: 3 });
    expect(r.issues).toHaveLength(3);
    expect(r.counts.total).toBe(7);
    expect(r.truncated).toBe(true);
  });
});

describe("checkSheet on the commune fixture", () => {
  it("keeps not-applicable items in the maximum when nothing allows them, and says so per cell", () => {
    const r = checkSheet(communeGrid());
    expect(r.totals).toMatchObject({
      max: COMMUNE_EXPECTED.max,
      applicableMax: COMMUNE_EXPECTED.applicableMax,
      self: COMMUNE_EXPECTED.self,
      bonus: COMMUNE_EXPECTED.bonus,
      penalty: COMMUNE_EXPECTED.penalty,
      final: COMMUNE_EXPECTED.final,
    });
    expect(r.totals.index).toBeCloseTo((21.25 / 26) * 100, 12);
    for (const code of COMMUNE_EXPECTED.notApplicable) {
      expect(r.nodes.find((n) => n.code === code)?.notApplicable).toBe(false);
      expect(r.issues).toContainEqual(
        expect.objectContaining({ code: "not-applicable-unconfirmed", criterion: code }),
      );
    }
  });
});

describe("checkSheet never throws", () => {
  it.each<[string, Grid]>([
    ["an empty sheet", { sheet: "Trống", values: [] }],
    ["a sheet of prose", { sheet: "Ghi chú", values: [["Báo cáo"], ["Không có bảng"]] }],
    ["ragged rows and odd values", { sheet: "Lạ", values: [[null, true, 3], [], ["STT", "Nội dung"], [1]] }],
  ])("%s gives tableFound false, zero totals and the read issues", (_, grid) => {
    const r = checkSheet(grid);
    expect(r.tableFound).toBe(false);
    expect(r.totals.final).toBe(0);
    expect(r.totals.index).toBeNull();
    expect(r.nodes).toEqual([]);
    expect(r.counts.total).toBeGreaterThan(0);
    expect(ValidationReportSchema.safeParse(r).success).toBe(true);
  });
});
