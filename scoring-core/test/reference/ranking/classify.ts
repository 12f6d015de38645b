// FROZEN REFERENCE: src/ranking/classify.ts as at e1eac5c (session 5 start), the oracle of
// ranking-differential.test.ts. Never edit it to follow the product code.
import { compare } from "../../../src/numbers/decimal";
import type { ClassBand, Classification } from "../../../src/criteria-set/schema";

/** A classifier with the bands sorted once (high to low), for ranking many units. */
export function makeClassifier(classification: Classification): (index: number | null) => ClassBand | null {
  // Bands are documented high to low; sorting guards against a set written the other way.
  const bands = [...classification.bands].sort((a, b) => b.min - a.min);
  return (index) => {
    if (index === null || !Number.isFinite(index)) return null;
    for (const band of bands) if (index >= band.min) return band;
    return null;
  };
}

/** The band an index falls in (bands ordered high to low, min inclusive); null below all. */
export function classify(index: number | null, classification: Classification): ClassBand | null {
  return makeClassifier(classification)(index);
}

/** Bands high to low (the order every class rule counts in). */
export function orderedBands(classification: Classification): ClassBand[] {
  return [...classification.bands].sort((a, b) => b.min - a.min);
}

/** The total held within the set's declared range (micro-point exact: the bounds are returned as given). */
export function clampTotal(total: number, range: Classification["totalRange"]): number {
  if (!range) return total;
  if (compare(total, range.min) < 0) return range.min;
  if (compare(total, range.max) > 0) return range.max;
  return total;
}

export interface ClassInput {
  /** The band from the index alone (makeClassifier). */
  band: ClassBand | null;
  /** The unit's rank in its group (ties share a rank). */
  rank: number;
  /** Conditions that hold for the unit (ClassCondition ids). */
  flags?: readonly string[];
}

/**
 * A group's classes after the set's class rules: conditions first (a condition caps the class at
 * a named band, or lowers it by some bands), then the quota for the top class (at most N % of the
 * group, counted by rank; units tied at the cut all drop, so the quota is never exceeded).
 * Returns one band (or null) per input, in input order.
 */
export function applyClassRules(
  units: readonly ClassInput[],
  classification: Classification,
): (ClassBand | null)[] {
  const bands = orderedBands(classification);
  const pos = (b: ClassBand | null) => (b === null ? -1 : bands.indexOf(b));
  const conditions = new Map((classification.conditions ?? []).map((c) => [c.id, c]));
  const out = units.map((u) => {
    let i = pos(u.band);
    if (i < 0) return u.band;
    for (const flag of u.flags ?? []) {
      const c = conditions.get(flag);
      if (!c) continue;
      if (c.highest !== undefined) {
        const cap = bands.findIndex((b) => b.label === c.highest);
        if (cap >= 0 && i < cap) i = cap;
      }
      if (c.lowerBy !== undefined) i = Math.min(bands.length - 1, i + c.lowerBy);
    }
    return bands[i]!;
  });
  const pct = classification.topQuotaPercent;
  if (pct !== undefined && bands.length > 0) {
    // Whole-unit count: floor(n × pct / 100), computed on integers (pct has at most 6 decimals).
    const allowed = Math.floor((units.length * Math.round(pct * 1e6)) / 1e8);
    const top = bands[0]!;
    const candidates = units.map((_, i) => i).filter((i) => out[i] === top);
    const byRank = new Map<number, number[]>();
    for (const i of candidates) byRank.set(units[i]!.rank, [...(byRank.get(units[i]!.rank) ?? []), i]);
    let admitted = 0;
    let full = false;
    for (const rank of [...byRank.keys()].sort((a, b) => a - b)) {
      const tied = byRank.get(rank)!;
      if (!full && admitted + tied.length <= allowed) admitted += tied.length;
      else {
        full = true;
        for (const i of tied) out[i] = bands[1] ?? null;
      }
    }
  }
  return out;
}
