import type { Criterion, CriteriaSet } from "./schema";

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
  if (unitType && node.maxByUnitType && unitType in node.maxByUnitType) return node.maxByUnitType[unitType]!;
  return node.max;
}

/** False when the node only applies to other unit types. */
export function appliesTo(node: Criterion, unitType: string | null | undefined): boolean {
  return !unitType || !node.unitTypes || node.unitTypes.includes(unitType);
}

export function isLeaf(node: Criterion): boolean {
  return !node.children || node.children.length === 0;
}
