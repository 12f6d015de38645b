/**
 * Our own template, filled in, must pass our own check: a capped bonus or penalty figure written
 * by the template's MIN/MAX formulas is not a subtotal error.
 */
import { SAMPLE_SETS } from "../../src/criteria-set/samples/index";
import { flattenSet, isLeaf } from "../../src/criteria-set/lookup";
import type { CriteriaSet } from "../../src/criteria-set/schema";
import { buildTemplate } from "../../src/template/build-template";
import { fillTemplate, type TemplateAnswers } from "../../src/template/fill-template";
import { checkSheet } from "../../src/check-sheet";

/** Every self-scored leaf at its maximum (penalties at their negative maximum), with evidence. */
function allAtMax(set: CriteriaSet, unitType: string): TemplateAnswers {
  const answers: TemplateAnswers = {};
  for (const { node } of flattenSet(set)) {
    if (!isLeaf(node) || node.surveyScored || node.rule?.kind === "survey") continue;
    if (node.unitTypes && !node.unitTypes.includes(unitType)) continue;
    const max = node.maxByUnitType?.[unitType] ?? node.max;
    const rule = node.rule;
    const declared = rule?.kind === "thresholds" || rule?.kind === "ratio" ? "100%" : null;
    answers[node.code] = {
      self: max,
      appraisal1: max,
      declared,
      evidence: "Kế hoạch số 12/KH-UBND ngày 15/01/2025",
    };
  }
  return answers;
}

describe.each(SAMPLE_SETS.map((s) => [s.id, s] as const))(
  "template of %s filled at every maximum",
  (_id, set) => {
    const unitType = set.unitTypes[0]!;
    const spec = buildTemplate(set, { unit: "Đơn vị mẫu", unitType, year: set.year });
    const grid = fillTemplate(spec, allAtMax(set, unitType));
    const report = checkSheet(grid, { set, unitType });

    it("has no subtotal or total errors, even with bonus and penalty above their caps", () => {
      const sums = report.issues.filter((i) => i.code === "subtotal-mismatch" || i.code === "total-mismatch");
      expect(sums).toEqual([]);
    });

    it("scores the index at 100 % of the self-assessed part, with capped bonus and penalty", () => {
      expect(report.tableFound).toBe(true);
      expect(report.totals.self).toBe(report.totals.selfMax);
      expect(report.totals.bonus).toBeGreaterThan(0);
      expect(report.totals.index).not.toBeNull();
    });
  },
);

describe("a typo above the maximum", () => {
  it("is reported and counts as the maximum, so the index stays within 100 %", () => {
    const set = SAMPLE_SETS[0]!;
    const unitType = set.unitTypes[0]!;
    const spec = buildTemplate(set, { unit: "Đơn vị mẫu", unitType, year: set.year });
    const answers = allAtMax(set, unitType);
    const first = Object.keys(answers)[0]!;
    const honest = checkSheet(fillTemplate(spec, answers), { set, unitType });
    answers[first] = { ...answers[first], self: 99, appraisal1: 99 };
    const typo = checkSheet(fillTemplate(spec, answers), { set, unitType });
    expect(typo.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["score-exceeds-max", "appraisal-exceeds-max"]),
    );
    expect(typo.totals.self).toBe(honest.totals.self);
    expect(typo.totals.appraised).toBe(honest.totals.appraised);
    expect(typo.totals.index).toBe(honest.totals.index);
  });
});
