/** A survey design from a criteria set's survey-scored items, and the criteria's survey maxima. */
import type { CriteriaSet, Criterion } from "../criteria-set/schema";
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
export function criterionMaxima(
  design: SurveyDesign,
  sets: readonly CriteriaSet[],
): Map<string, CriterionMax> {
  const fromDesign = new Map<string, number>();
  for (const q of design.questions)
    if (q.criterionMax !== undefined && !fromDesign.has(q.criterion))
      fromDesign.set(q.criterion, q.criterionMax);
  /** code → the set leaves carrying it, each with the unit types its set scores. */
  const leaves = new Map<string, { node: Criterion; types: readonly string[] }[]>();
  for (const set of sets)
    for (const { node } of flattenSet(set))
      if (isLeaf(node) && isSurveyScored(node)) {
        const list = leaves.get(node.code) ?? [];
        list.push({ node, types: set.unitTypes });
        leaves.set(node.code, list);
      }
  const out = new Map<string, CriterionMax>();
  for (const code of new Set([...fromDesign.keys(), ...leaves.keys()]))
    out.set(code, {
      forType: (t) => {
        // A set scores only its own unit types: a commune question is not checked against a department set.
        const leaf = leaves.get(code)?.find((l) => t === null || l.types.includes(t));
        if (leaf) return maxFor(leaf.node, t);
        return fromDesign.get(code) ?? null;
      },
    });
  return out;
}

/** True when a set has survey-scored items (designFromSets needs at least one question). */
export function hasSurveyItems(sets: readonly CriteriaSet[]): boolean {
  return sets.some((set) => flattenSet(set).some(({ node }) => isLeaf(node) && isSurveyScored(node)));
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
