/**
 * Issue #10 rules computed at consolidation, with figures worked out by hand:
 * - "bằng hoặc trên mức trung bình của tỉnh: 1 điểm; dưới: 0" — each group's average of the
 *   declared figures, then each unit's points, its parents and totals moved by the difference;
 * - "mỗi trường hợp trừ 0,5 điểm, tối đa trừ 2" — the points from the count the table gives.
 */
import {
  buildTemplate,
  fillTemplate,
  getSampleSet,
  rankUnits,
  scoreWorkbook,
  type CriteriaSet,
  type TemplateAnswers,
  type UnitResult,
} from "../../src";
import { applyAverageRules, figureValue } from "../../src/consolidation/average-rules";
import { countOf } from "../../src/criteria-set/rule-eval";
import { checkSheet } from "../../src/check-sheet";

/** The department sample with 1.1.1 (max 1) scored against the group's average. */
function averageSet(): CriteriaSet {
  const sample = getSampleSet("sample-department-2025")!;
  const clone = JSON.parse(JSON.stringify(sample)) as CriteriaSet;
  const leaf = clone.fields[0]!.children![0]!.children![0]!;
  expect(leaf.code).toBe("1.1.1");
  leaf.rule = { kind: "vs-average", atOrAbove: 1, below: 0 };
  return { ...clone, id: "trung-binh", sample: false };
}

/** Every leaf at its maximum except `zero` (typed 0) and 9.2.1 (left to the count). */
function answers(set: CriteriaSet, extra: TemplateAnswers): TemplateAnswers {
  const spec = buildTemplate(set, { unit: "x", year: 2025, lang: "vi" });
  const out: TemplateAnswers = {};
  for (const row of spec.rows) {
    if (!row.validation || !row.code) continue;
    const v = row.validation;
    const max = v.kind === "decimal" ? v.max : Math.max(...v.values);
    out[row.code] = { self: max, evidence: "Báo cáo số 1/BC ngày 10/01/2025" };
  }
  return { ...out, ...extra };
}

function unit(set: CriteriaSet, name: string, group: string, extra: TemplateAnswers): UnitResult {
  const spec = buildTemplate(set, { unit: name, year: 2025, lang: "vi" });
  const grid = fillTemplate(spec, answers(set, extra), { calculate: true });
  const scored = scoreWorkbook([grid], { unit: name, group }, { set });
  if (!scored.ok) throw new Error(scored.error);
  return scored.result;
}

const node = (u: UnitResult, code: string) => u.nodes.find((n) => n.code === code)!;

describe("comparison to the group's average (vs-average)", () => {
  const set = averageSet();
  // 1.1.1 typed 0 by everyone; the figures decide. Group "Sở": 90, 80, 70 → average 80.
  const a = unit(set, "Sở A", "Sở", { "1.1.1": { self: 0, declared: "90%" } });
  const b = unit(set, "Sở B", "Sở", { "1.1.1": { self: 0, declared: 80 } });
  const c = unit(set, "Sở C", "Sở", { "1.1.1": { self: 0, declared: "70" } });
  const d = unit(set, "Sở D", "Sở", { "1.1.1": { self: 0, declared: null } });
  // Another group has its own average: 70 alone is at its average.
  const e = unit(set, "Xã E", "Xã", { "1.1.1": { self: 0, declared: "70" } });

  it("keeps each unit's figure for ranking", () => {
    expect(a.averageItems).toEqual([{ code: "1.1.1", value: 90, atOrAbove: 1, below: 0, better: "higher" }]);
    expect(d.averageItems?.[0]?.value).toBeNull();
  });

  it("averages per group, gives at-or-above 1 and below 0, and moves parents and totals", () => {
    const { units, averages } = applyAverageRules([a, b, c, d, e]);
    expect(averages).toEqual([
      { group: "Sở", code: "1.1.1", average: 80, units: 3 },
      { group: "Xã", code: "1.1.1", average: 70, units: 1 },
    ]);
    const [a2, b2, c2, d2, e2] = units as [UnitResult, UnitResult, UnitResult, UnitResult, UnitResult];
    // 90 ≥ 80 and 80 ≥ 80: 1 point; 70 < 80: 0; no figure: as typed (0); Xã: 70 ≥ 70: 1.
    expect([a2, b2, c2, d2, e2].map((u) => node(u, "1.1.1").appraised)).toEqual([1, 1, 0, 0, 1]);
    // The item's parents move with it: 1.1 and field 1 gain exactly 1 point.
    expect(node(a2, "1.1").appraised).toBe(node(a, "1.1").appraised + 1);
    expect(node(a2, "1").final).toBe(node(a, "1").final + 1);
    expect(a2.totals.final).toBe(a.totals.final + 1);
    expect(a2.totals.self).toBe(a.totals.self + 1);
    expect(a2.totals.index).toBeCloseTo((a2.totals.final * 100) / a2.totals.applicableMax, 9);
    expect(c2).toEqual(c);
    // Applying twice changes nothing (ranking may be given results already moved).
    expect(applyAverageRules(units).units).toEqual(units);
  });

  it("ranking applies it: Sở A and Sở B rank above Sở C by that point", () => {
    const report = rankUnits([c, a, b], { classification: set.classification });
    const rows = report.groups[0]!.rows;
    const final = (name: string) => rows.find((r) => r.unit === name)!.final;
    expect(final("Sở A")).toBe(final("Sở C") + 1);
    expect(final("Sở B")).toBe(final("Sở C") + 1);
  });

  it("reads figures as written: 90, “90 %”, “0,9”, “18/20” (→ 90)", () => {
    expect([90, "90 %", "0,9", "18/20", "", "khá"].map(figureValue)).toEqual([90, 90, 0.9, 90, null, null]);
  });
});

describe("per-count deductions computed from the count", () => {
  const set = getSampleSet("sample-department-2025")!;
  const rule = "9.2.1"; // each −0,5, at most −2 in all (max −2)

  it("points from the count: 3 cases → −1,5; 5 cases → −2 (the limit); blank → as typed", () => {
    const three = unit(set, "Sở A", "Sở", { [rule]: { self: null, declared: "3" } });
    const five = unit(set, "Sở B", "Sở", { [rule]: { self: null, declared: 5 } });
    const none = unit(set, "Sở C", "Sở", { [rule]: { self: null, declared: null } });
    expect(node(three, rule).appraised).toBe(-1.5);
    expect(node(five, rule).appraised).toBe(-2);
    expect(node(none, rule).appraised).toBe(0);
    expect(three.totals.penalty).toBe(none.totals.penalty + 1.5);
    expect(three.totals.final).toBe(none.totals.final - 1.5);
  });

  it("a typed score that differs from the count's points is said, and the count decides", () => {
    const spec = buildTemplate(set, { unit: "Sở A", year: 2025, lang: "vi" });
    const grid = fillTemplate(spec, answers(set, { [rule]: { self: -1, declared: "3 văn bản" } }), {
      calculate: true,
    });
    const report = checkSheet(grid, { set });
    const issue = report.issues.find((i) => i.code === "score-inconsistent" && i.criterion === rule);
    expect(issue?.params).toMatchObject({ expected: -1.5 });
    expect(issue?.message).toContain("-1,5");
    expect(report.nodes.find((n) => n.code === rule)?.self).toBe(-1.5);
  });

  it("reads a count only when it is a whole number", () => {
    expect([3, "3", "3 văn bản", " 0 ", 2.5, "-1", "ba", ""].map(countOf)).toEqual([
      3,
      3,
      3,
      0,
      null,
      null,
      null,
      null,
    ]);
  });
});
