import type { Criterion, CriteriaSet } from "./schema";
import { hasOwnKey } from "../keys/own-keys";

/** Every node of a set in tree order, with its depth (0 = field). */
export function flattenSet(set: CriteriaSet): { node: Criterion; depth: number; parent: Criterion | null }[] {
  const out: { node: Criterion; depth: number; parent: Criterion | null }[] = [];
  const walk = (nodes: Criterion[], depth: number, parent: Criterion | null) => {
    for (const node of nodes) {
      out.push({ node, depth, parent });
      if (node.children?.length) walk(node.children, depth + 1, node);
    }
  };
  walk(set.fields, 0, null);
  return out;
}

/** code → node */
export function indexSet(set: CriteriaSet): Map<string, Criterion> {
  const map = new Map<string, Criterion>();
  for (const { node } of flattenSet(set)) if (!map.has(node.code)) map.set(node.code, node);
  return map;
}

/** The maximum of a node for a unit type (maxByUnitType wins over max). */
export function maxFor(node: Criterion, unitType: string | null | undefined): number {
  // Own keys only: a province's unit type named "constructor" is not Object.prototype's member.
  if (unitType && node.maxByUnitType && hasOwnKey(node.maxByUnitType, unitType))
    return node.maxByUnitType[unitType]!;
  return node.max;
}

/** False when the node only applies to other unit types. */
export function appliesTo(node: Criterion, unitType: string | null | undefined): boolean {
  return !unitType || !node.unitTypes || node.unitTypes.includes(unitType);
}

export function isLeaf(node: Criterion): boolean {
  return !node.children || node.children.length === 0;
}

/** "main", or "bonus"/"penalty" for a node that is (or sits under) a bonus or penalty content. */
export function sectionOfPath(path: readonly Criterion[]): "main" | "bonus" | "penalty" {
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i]!;
    if (n.penalty) return "penalty";
    if (n.bonus) return "bonus";
  }
  return "main";
}

/** A bonus/penalty node itself, or a content that holds only bonus/penalty parts ("Điểm thưởng, điểm trừ"). */
export function isExtraContent(node: Criterion): boolean {
  if (node.bonus || node.penalty) return true;
  const kids = node.children ?? [];
  return kids.length > 0 && kids.every(isExtraContent);
}

/** The fields of the main contents (what the declared total and counts are about). */
export function mainFields(set: CriteriaSet): Criterion[] {
  return set.fields.filter((f) => !isExtraContent(f));
}

/** Fields, criteria (depth 1) and sub-criteria (depth 2) of the main contents, as decisions count them. */
export function countMain(set: CriteriaSet): { fields: number; criteria: number; subcriteria: number } {
  const fields = mainFields(set);
  let criteria = 0;
  let subcriteria = 0;
  for (const f of fields)
    for (const c of f.children ?? []) {
      criteria++;
      subcriteria += c.children?.length ?? 0;
    }
  return { fields: fields.length, criteria, subcriteria };
}

/** The appraiser of a node: its own, else the nearest ancestor's. */
export function appraiserOf(path: readonly Criterion[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (path[i]!.appraiser) return path[i]!.appraiser;
  return undefined;
}

/** Survey-scored: flagged, or ruled "survey". */
export function isSurveyScored(node: Criterion): boolean {
  return Boolean(node.surveyScored) || node.rule?.kind === "survey";
}
