import fc from "fast-check";
import { computeTotals } from "../../src/totals/compute-totals";
import { buildTable, type RowSpec } from "./table-builder";
import { buildSet } from "./set-builder";

describe("computeTotals", () => {
  it("sums leaves exactly and never trusts the sheet's subtotals", () => {
    const table = buildTable({
      rows: [
        { code: "1", max: 3, self: 99 }, // a wrong subtotal in the sheet
        { code: "1.1", max: 1, self: 0.1 },
        { code: "1.2", max: 2, self: 0.2 },
        { code: "2", max: 7 },
        { code: "2.1", max: 2.5, self: 2.5, a1: 2 },
        { code: "2.2", max: 4.5, self: 4, a1: 3, a2: 3.75 },
      ],
    });
    const { totals, nodes } = computeTotals(table);
    expect(totals.max).toBe(10);
    expect(totals.self).toBe(6.8);
    expect(nodes.find((n) => n.code === "1")!.self).toBe(0.3);
    // appraised: 0,1 + 0,2 (no appraisal: self) + 2 + 3,75 (round 2 stands)
    expect(totals.appraised).toBe(6.05);
    expect(totals.final).toBe(6.05);
    expect(totals.index).toBeCloseTo(60.5, 12);
    expect(nodes.map((n) => n.code)).toEqual(["1", "1.1", "1.2", "2", "2.1", "2.2"]);
    expect(nodes.find((n) => n.code === "2")!.hasAppraisal).toBe(true);
    expect(nodes.find((n) => n.code === "1")!.hasAppraisal).toBe(false);
  });

  it("treats blank and invalid scores as 0", () => {
    const { totals } = computeTotals(
      buildTable({
        rows: [
          { code: "1", max: 2 },
          { code: "1.1", max: 1, self: "đạt" },
          { code: "1.2", max: 1 },
        ],
      }),
    );
    expect(totals.self).toBe(0);
    expect(totals.index).toBe(0);
  });

  it("keeps the maximum of a not-applicable mark nothing allows (scored 0)", () => {
    const table = buildTable({
      rows: [
        { code: "1", max: 10 },
        { code: "1.1", max: 4, self: "Không áp dụng" },
        { code: "1.2", max: 6, self: 3 },
      ],
    });
    const { totals, nodes } = computeTotals(table);
    expect(totals.applicableMax).toBe(10);
    expect(totals.index).toBe(30);
    expect(nodes.find((n) => n.code === "1.1")).toMatchObject({ notApplicable: false, self: 0 });
  });

  it("takes not-applicable items out of the maximum when the rule text allows it", () => {
    const allow = "Đơn vị không có nhiệm vụ này ghi Không áp dụng";
    const table = buildTable({
      rows: [
        { code: "1", max: 10, rule: allow },
        { code: "1.1", max: 4, self: "Không áp dụng" },
        { code: "1.2", max: 6, self: 3 },
        { code: "1.3", max: 0, declared: "KAD" },
      ],
    });
    const { totals, nodes } = computeTotals(table);
    expect(totals.max).toBe(10);
    expect(totals.applicableMax).toBe(6);
    expect(totals.index).toBe(50);
    expect(nodes.find((n) => n.code === "1.1")).toMatchObject({
      notApplicable: true,
      applicableMax: 0,
      self: 0,
    });
  });

  it("gives index null when nothing applies", () => {
    const { totals } = computeTotals(
      buildTable({ rows: [{ code: "1", max: 2, self: "KAD", rule: "KAD nếu không phát sinh" }] }),
    );
    expect(totals.applicableMax).toBe(0);
    expect(totals.index).toBeNull();
  });

  it("adds survey points per criterion, or as a total never spread over items", () => {
    const set = buildSet([
      {
        code: "1",
        title: "Lĩnh vực 1",
        max: 10,
        children: [
          { code: "1.1", title: "Tự chấm", max: 7.5 },
          { code: "1.2", title: "Khảo sát", max: 2.5, surveyScored: true },
        ],
      },
    ]);
    const table = buildTable({
      rows: [
        { code: "1", max: 10 },
        { code: "1.1", max: 7.5, self: 7 },
        { code: "1.2", max: 2.5 },
      ],
    });
    const byCriterion = computeTotals(table, { set, survey: { byCriterion: { "1.2": 1.75 } } });
    expect(byCriterion.totals).toMatchObject({ selfMax: 7.5, surveyMax: 2.5, survey: 1.75, final: 8.75 });
    expect(byCriterion.nodes.find((n) => n.code === "1.2")).toMatchObject({
      survey: 1.75,
      surveyScored: true,
      final: 1.75,
    });
    const total = computeTotals(table, { set, survey: { total: 2 } });
    expect(total.totals.survey).toBe(2);
    expect(total.nodes.find((n) => n.code === "1.2")!.survey).toBe(0);
    expect(total.totals.final).toBe(9);
  });

  it("adds a survey maximum only when the sheet has no survey rows", () => {
    const table = buildTable({
      rows: [
        { code: "1", max: 77.5 },
        { code: "1.1", max: 77.5, self: 70 },
      ],
    });
    const { totals } = computeTotals(table, { survey: { total: 20, max: 22.5 } });
    expect(totals).toMatchObject({
      max: 100,
      applicableMax: 100,
      surveyMax: 22.5,
      survey: 20,
      final: 90,
      index: 90,
    });
  });

  it("caps bonus and penalty at the content's maximum", () => {
    const table = buildTable({
      rows: [
        { code: "1", max: 10 },
        { code: "1.1", max: 10, self: 8 },
        { code: "2", max: 3, section: "bonus" },
        { code: "2.1", max: 2, self: 2 },
        { code: "2.2", max: 2, self: 2 },
        { code: "3", max: -2, section: "penalty" },
        { code: "3.1", max: -1, self: -1 },
        { code: "3.2", max: -2, self: -1.5 },
      ],
    });
    const { totals, nodes } = computeTotals(table);
    expect(totals).toMatchObject({ max: 10, appraised: 8, bonus: 3, penalty: 2, final: 9 });
    expect(totals.index).toBe(90);
    expect(nodes.find((n) => n.code === "2")).toMatchObject({ final: 3, max: 3 });
    expect(nodes.find((n) => n.code === "3")).toMatchObject({ final: -2 });
  });

  it("uses the set's caps and maxima (per unit type) over the sheet's", () => {
    const set = buildSet([
      {
        code: "1",
        title: "A",
        max: 10,
        children: [{ code: "1.1", title: "a", max: 10, maxByUnitType: { commune: 8 } }],
      },
      { code: "2", title: "B", max: 5, bonus: true, cap: 1, children: [{ code: "2.1", title: "b", max: 5 }] },
      {
        code: "3",
        title: "C",
        max: 2,
        unitTypes: ["department"],
        children: [{ code: "3.1", title: "c", max: 2 }],
      },
    ]);
    const table = buildTable({
      rows: [
        { code: "1", max: 12 },
        { code: "1.1", max: 12, self: 6 },
        { code: "2", max: 5 },
        { code: "2.1", max: 5, self: 4 },
      ],
    });
    const commune = computeTotals(table, { set, unitType: "commune" });
    expect(commune.totals).toMatchObject({ max: 8, self: 6, bonus: 1, final: 7 });
    expect(commune.nodes.map((n) => n.code)).toEqual(["1", "1.1", "2", "2.1"]);
    const department = computeTotals(table, { set, unitType: "department" });
    expect(department.totals).toMatchObject({ max: 12, final: 7 });
    expect(department.nodes.find((n) => n.code === "3")).toMatchObject({ row: null, max: 2, self: 0 });
  });

  it("skips survey-scored items' self scores", () => {
    const set = buildSet([
      {
        code: "1",
        title: "A",
        max: 4,
        children: [{ code: "1.1", title: "a", max: 4, rule: { kind: "survey" } }],
      },
    ]);
    const table = buildTable({
      rows: [
        { code: "1", max: 4 },
        { code: "1.1", max: 4, self: 4 },
      ],
    });
    expect(computeTotals(table, { set }).totals).toMatchObject({
      self: 0,
      appraised: 0,
      surveyMax: 4,
      final: 0,
    });
  });
});

describe("computeTotals properties", () => {
  const leaf = fc.record({
    max: fc.integer({ min: 0, max: 4000 }).map((n) => n / 100),
    frac: fc.double({ min: 0, max: 1, noNaN: true }),
    na: fc.boolean(),
    appraised: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  });
  const fields = fc.array(fc.array(leaf, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });
  type Leaf = { max: number; frac: number; na: boolean; appraised: number | null };
  const toRows = (fs: Leaf[][]): RowSpec[] => {
    const rows: RowSpec[] = [];
    fs.forEach((leaves, i) => {
      // The field's rule text allows "KAD", so marked items leave the maximum.
      rows.push({ code: String(i + 1), max: 0, rule: "Không áp dụng nếu không phát sinh" });
      leaves.forEach((l, j) => {
        const self = Math.round(l.max * l.frac * 100) / 100;
        const a1 = l.appraised === null ? null : Math.round(l.max * l.appraised * 100) / 100;
        rows.push({ code: `${i + 1}.${j + 1}`, max: l.max, self: l.na ? "KAD" : self, a1: l.na ? null : a1 });
      });
    });
    return rows;
  };

  it("totals equal the exact sum of the leaves; the index stays within 0–100 without bonus", () => {
    fc.assert(
      fc.property(fields, (fs) => {
        const rows = toRows(fs);
        const { totals, nodes } = computeTotals(buildTable({ rows }));
        const leaves = rows.filter((r) => r.code.includes("."));
        const cents = (v: unknown) => (typeof v === "number" ? Math.round(v * 100) : 0);
        const selfCents = leaves.reduce((s, r) => s + cents(r.self), 0);
        const apprCents = leaves.reduce(
          (s, r) => s + (typeof r.a1 === "number" ? cents(r.a1) : cents(r.self)),
          0,
        );
        const maxCents = leaves.reduce((s, r) => s + (r.self === "KAD" ? 0 : cents(r.max)), 0);
        expect(totals.self).toBe(selfCents / 100);
        expect(totals.appraised).toBe(apprCents / 100);
        expect(totals.applicableMax).toBe(maxCents / 100);
        const fieldSum = nodes
          .filter((n) => n.level === "field")
          .reduce((s, n) => s + Math.round(n.final * 100), 0);
        expect(fieldSum).toBe(apprCents);
        if (totals.index !== null) {
          expect(totals.index).toBeGreaterThanOrEqual(0);
          expect(totals.index).toBeLessThanOrEqual(100);
        } else expect(totals.applicableMax).toBe(0);
      }),
    );
  });
});
