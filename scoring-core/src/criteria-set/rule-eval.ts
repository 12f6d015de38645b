/**
 * Computing a rule's points from what a unit declares, in exact micro-point arithmetic
 * (numbers/decimal.ts). The rules that need a count, a ratio or the province average live here so
 * every host gets the same number for the same input.
 */
import { compare, fromUnits, sum, toUnits } from "../numbers/decimal";
import type { ScoringRule } from "./schema";

type Rule<K extends ScoringRule["kind"]> = Extract<ScoringRule, { kind: K }>;

/** x rounded to a multiple of `step` (from zero): nearest (half away from zero) or down (towards zero). */
export function roundToStep(x: number, step: number, mode: "nearest" | "down" = "nearest"): number {
  const s = toUnits(step);
  if (s <= 0) return x;
  const u = toUnits(x);
  const a = Math.abs(u);
  const q = Math.floor(a / s);
  const rest = a - q * s;
  const n = mode === "down" || rest * 2 < s ? q : q + 1;
  return n === 0 ? 0 : fromUnits(Math.sign(u) * n * s);
}

/** Clamps to 0..max (max..0 for a penalty item). */
export function clampToMax(points: number, max: number): number {
  const lo = Math.min(0, max);
  const hi = Math.max(0, max);
  return compare(points, lo) < 0 ? lo : compare(points, hi) > 0 ? hi : points;
}

/**
 * Points for a number of counted cases: start (max for deductions, else 0) plus each × cases,
 * cases capped at maxCount, the movement capped at limit, the result within 0..max.
 */
export function perCountPoints(rule: Rule<"per-count">, max: number, count: number): number {
  if (!Number.isFinite(count) || count < 0) throw new RangeError("count must be a non-negative number");
  const cases = Math.floor(rule.maxCount !== undefined ? Math.min(count, rule.maxCount) : count);
  const startAtMax = (rule.start ?? (rule.each < 0 && max > 0 ? "max" : "zero")) === "max";
  let moved = toUnits(rule.each) * cases;
  if (rule.limit !== undefined) {
    const limit = toUnits(rule.limit);
    if (Math.abs(moved) > limit) moved = Math.sign(moved) * limit;
  }
  const start = startAtMax ? toUnits(max) : 0;
  return clampToMax(fromUnits(start + moved), max);
}

/**
 * The count a table gives for a per-count rule: a whole number ≥ 0 ("3", 3, "3 văn bản"); null
 * when blank or not a count (the typed score then stands, and validation says what it can).
 */
export function countOf(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== "string") return null;
  const m = /^(\d{1,6})(?:\s+\S.*)?$/.exec(raw.normalize("NFC").trim());
  return m ? Number(m[1]) : null;
}

/** Points for a ratio (0..1; above 1 counts as 1): ratio × max, on the rule's step or decimals. */
export function ratioPoints(rule: Rule<"ratio">, max: number, ratio: number): number {
  if (!Number.isFinite(ratio)) throw new RangeError("ratio must be a finite number");
  const r = Math.min(1, Math.max(0, ratio));
  // ratio × max in micro-units: one product, then one rounding.
  const exact = fromUnits(Math.round(r * toUnits(max)));
  if (rule.step !== undefined) return clampToMax(roundToStep(exact, rule.step, rule.stepRounding), max);
  return clampToMax(roundToStepDecimals(exact, rule.decimals ?? 2), max);
}

function roundToStepDecimals(x: number, decimals: number): number {
  return roundToStep(x, 10 ** -decimals, "nearest");
}

/** The province average of the figures units declared; figures missing are left out (never 0). */
export function provinceAverage(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return null;
  // Sum exact in micro-units; the one division rounds to micro-units.
  return fromUnits(Math.round(toUnits(sum(present)) / present.length));
}

/** Points from comparing a unit's figure with the average; null when either is missing. */
export function vsAveragePoints(
  rule: Rule<"vs-average">,
  value: number | null,
  average: number | null,
): number | null {
  if (value === null || average === null || !Number.isFinite(value)) return null;
  const c = compare(value, average);
  const good = (rule.better ?? "higher") === "higher" ? c >= 0 : c <= 0;
  return good ? rule.atOrAbove : rule.below;
}

/**
 * Consolidation: every unit's points on a vs-average item, from the figures all units declared.
 * Units without a figure get null (missing is said to be missing).
 */
export function scoreAgainstAverage(
  rule: Rule<"vs-average">,
  figures: ReadonlyMap<string, number | null>,
): { average: number | null; points: Map<string, number | null> } {
  const average = provinceAverage([...figures.values()]);
  const points = new Map<string, number | null>();
  for (const [unit, value] of figures) points.set(unit, vsAveragePoints(rule, value, average));
  return { average, points };
}

/** The most points any outcome of a rule gives (null: the rule has no fixed set of outcomes). */
export function bestOutcome(rule: ScoringRule, max: number): number | null {
  switch (rule.kind) {
    case "levels":
      return pick(
        rule.levels.map((l) => l.points),
        max,
      );
    case "thresholds":
      return pick(
        rule.bands.map((b) => b.points),
        max,
      );
    case "vs-average":
      return pick([rule.atOrAbove, rule.below], max);
    case "per-count": {
      const startAtMax = (rule.start ?? (rule.each < 0 && max > 0 ? "max" : "zero")) === "max";
      const start = startAtMax ? toUnits(max) : 0;
      // Cases move towards the maximum only when each has the maximum's sign.
      if (Math.sign(rule.each) !== Math.sign(max)) return clampToMax(fromUnits(start), max);
      let moved = rule.maxCount === undefined ? Infinity : Math.abs(toUnits(rule.each) * rule.maxCount);
      if (rule.limit !== undefined) moved = Math.min(moved, toUnits(rule.limit));
      if (moved === Infinity) return max;
      return clampToMax(fromUnits(start + Math.sign(max) * moved), max);
    }
    default:
      return null;
  }
}

/** The outcome furthest in the direction of max (largest for a positive max, most negative for a penalty). */
function pick(points: number[], max: number): number {
  return max < 0 ? Math.min(...points) : Math.max(...points);
}
