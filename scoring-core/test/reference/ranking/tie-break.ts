// FROZEN REFERENCE: src/ranking/tie-break.ts as at e1eac5c (session 5 start), the oracle of
// ranking-differential.test.ts. Never edit it to follow the product code.
/**
 * The set's tie-break order (classification.tieBreak): after the published index, units are
 * ordered by these keys, highest first — the total, the bonus points, or one item's points.
 * A unit without the named item sorts last on that key (missing is never 0).
 */
import type { TieBreakKey } from "../../../src/criteria-set/schema";
import type { UnitResult } from "../../../src/reports/schemas";

export function tieBreakValues(unit: UnitResult, keys: readonly TieBreakKey[] | undefined): number[] {
  if (!keys || keys.length === 0) return [];
  return keys.map((k) => {
    if (typeof k === "string") return k === "penalty" ? -unit.totals.penalty : unit.totals[k];
    const node = unit.nodes.find((n) => n.code === k.criterion);
    return node ? node.final : -Infinity;
  });
}

/** Higher first, key by key; 0 when every key is equal. */
export function compareTieBreak(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return b[i]! > a[i]! ? 1 : -1;
  return 0;
}
