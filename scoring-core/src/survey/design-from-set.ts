/** A survey design from a criteria set's survey-scored items, and the criteria's survey maxima. */
import type { CriteriaSet } from "../criteria-set/schema";
import { flattenSet, isLeaf, isSurveyScored, maxFor } from "../criteria-set/lookup";
import { SurveyDesignSchema, type SurveyDesign, type SurveyDesignInput } from "./design-schema";

export interface CriterionMax {
  /** The criterion's survey maximum for a unit type (null: unknown). */
  forType(type: string | null): number | null;
}

/**
 * Survey maxima per criterion code: the criteria set's leaf maxima (per unit type) where a set is
 * given, else the design's criterionMax.
 */
export function criterionMaxima(design: SurveyDesign, set: CriteriaSet | null): Map<string, CriterionMax> {
  const out = new Map<string, CriterionMax>();
  for (const q of design.questions)
    if (q.criterionMax !== undefined && !out.has(q.criterion)) {
      const m = q.criterionMax;
      out.set(q.criterion, { forType: () => m });
    }
  if (set)
    for (const { node } of flattenSet(set))
      if (isLeaf(node) && isSurveyScored(node)) out.set(node.code, { forType: (t) => maxFor(node, t) });
  return out;
}

/**
 * One question per survey-scored leaf of the sets (code = the criterion's code, maximum = its
 * maximum), about each set's unit types. The options (groups, weights, scale, units…) are merged in.
 */
export function designFromSets(
  sets: readonly CriteriaSet[],
  extra: Omit<Partial<SurveyDesignInput>, "questions"> = {},
): SurveyDesign {
  const questions: SurveyDesignInput["questions"] = [];
  for (const set of sets) {
    const types = sets.length > 1 ? set.unitTypes : [undefined];
    for (const type of types)
      for (const { node } of flattenSet(set))
        if (isLeaf(node) && isSurveyScored(node))
          questions.push({
            code: types.length > 1 || sets.length > 1 ? `${type}:${node.code}` : node.code,
            text: node.title,
            criterion: node.code,
            max: maxFor(node, type),
            ...(type ? { unitType: type } : {}),
          });
  }
  return SurveyDesignSchema.parse({ ...extra, questions });
}
