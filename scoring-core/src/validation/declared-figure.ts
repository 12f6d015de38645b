/**
 * The declared figure (số liệu kê khai) a rule computes points from: "85%", "85", "0,85",
 * "17/20", "Có"/"Không", "Không áp dụng". Ratios stay exact fractions of micro-units, so a
 * threshold of 80 % is met by 4/5 and not by 0,7999.
 */
import { ratioPoints } from "../criteria-set/rule-eval";
import { foldText } from "../grid/fold-text";
import { isNotApplicableText, mayMarkNotApplicable } from "../numbers/not-applicable";
import { BoundedMemo } from "../memo/bounded-memo";
import { SCALE, decimalStringToUnits, roundTo } from "../numbers/decimal";
import type { ScoringRule, ThresholdBand } from "../criteria-set/schema";

export type DeclaredFigure =
  | { kind: "blank" }
  | { kind: "not-applicable" }
  | { kind: "yes" }
  | { kind: "no" }
  /** A ratio num/den (1 = 100 %), both in micro-units. */
  | { kind: "ratio"; num: bigint; den: bigint }
  | { kind: "unreadable"; text: string };

const YES = new Set(["co", "yes", "dat", "x"]);
const NO = new Set(["khong", "no", "khong dat"]);

export { isNotApplicableText } from "../numbers/not-applicable";

/** "7,5" / "7.5" / "1.234,5" / "1,234.5" → micro-units; null when not a plain decimal. */
export function parseLooseDecimal(text: string): bigint | null {
  let s = text.replace(/[\s\u00a0]/g, "");
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    // The later separator is the decimal one; the other groups thousands.
    s = lastComma > lastDot ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  } else if (lastComma >= 0) {
    if (s.indexOf(",") !== lastComma) return null;
    s = s.replace(",", ".");
  } else if (lastDot >= 0 && s.indexOf(".") !== lastDot) {
    s = s.replace(/\./g, "");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  return BigInt(decimalStringToUnits(s));
}

const BIG_SCALE = BigInt(SCALE);
/** The denominator of a percentage in micro-units (100 %). */
const PERCENT_DEN = 100n * BIG_SCALE;
/** Anything but printable ASCII, tab and line breaks: only a text with one can change under NFC. */
const NON_ASCII = /[^ -~\t\n\r]/;

export function parseDeclaredFigure(raw: string | number | boolean | null): DeclaredFigure {
  if (raw === null) return { kind: "blank" };
  if (typeof raw === "boolean") return { kind: raw ? "yes" : "no" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "unreadable", text: String(raw) };
    return fromNumberUnits(bigUnitsOf(roundTo(raw, 6)));
  }
  const text = (NON_ASCII.test(raw) ? raw.normalize("NFC") : raw).trim();
  if (text === "") return { kind: "blank" };
  const whole = wholePercent(text);
  if (whole !== null) return whole;
  if (mayMarkNotApplicable(text) && isNotApplicableText(text)) return { kind: "not-applicable" };
  // Every yes/no word starts with a letter; a text starting with a digit folds to a digit first.
  if (!isDigit(text.charCodeAt(0))) {
    const folded = foldText(text);
    if (YES.has(folded)) return { kind: "yes" };
    if (NO.has(folded)) return { kind: "no" };
  }
  const frac = /^([\d.,\s]+)\/([\d.,\s]+)$/.exec(text);
  if (frac) {
    const num = parseLooseDecimal(frac[1]!);
    const den = parseLooseDecimal(frac[2]!);
    if (num !== null && den !== null && den > 0n) return { kind: "ratio", num, den };
    return { kind: "unreadable", text };
  }
  const pct = /^(.*?)\s*%$/.exec(text);
  if (pct) {
    const v = parseLooseDecimal(pct[1]!);
    return v === null ? { kind: "unreadable", text } : { kind: "ratio", num: v, den: PERCENT_DEN };
  }
  const v = parseLooseDecimal(text);
  return v === null ? { kind: "unreadable", text } : fromNumberUnits(v);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * "95%", "100 %" — up to 9 digits, spaces, "%": the common declared figure, read as the general
 * path reads it (the percent pattern, then parseLooseDecimal of the digits) without its regexes.
 * Null for anything else.
 */
function wholePercent(text: string): DeclaredFigure | null {
  const n = text.length;
  if (n < 2 || n > 20 || text.charCodeAt(n - 1) !== 37 /* % */) return null;
  let end = n - 1;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (end === 0 || end > 9) return null;
  for (let i = 0; i < end; i++) if (!isDigit(text.charCodeAt(i))) return null;
  // Whole and under 10⁹: its micro-units are an exact double.
  return { kind: "ratio", num: BigInt(Number(text.slice(0, end)) * SCALE), den: PERCENT_DEN };
}

/** A bare number: up to 1 is a ratio (0,85), above 1 a percentage (85). */
function fromNumberUnits(units: bigint): DeclaredFigure {
  if (units <= BIG_SCALE) return { kind: "ratio", num: units, den: BIG_SCALE };
  return { kind: "ratio", num: units, den: PERCENT_DEN };
}

/**
 * percent(num/den) >= min, exactly: num × 100 % ≥ min × den. For a percentage (den = 100 %) or a
 * plain ratio (den = 1) the common factor is cancelled first (fewer BigInt products, same answer:
 * both sides are multiplied by the same positive number).
 */
function atLeast(num: bigint, den: bigint, minPercent: number): boolean {
  const min = bigUnits(minPercent);
  if (den === PERCENT_DEN) return num >= min;
  if (den === BIG_SCALE) return num * 100n >= min;
  return num * PERCENT_DEN >= min * den;
}

/**
 * A number of the set (a band's bound, a maximum) in micro-units, as decimalStringToUnits reads
 * its String(). The set's few numbers repeat in every table: each is read once (bounded memo).
 */
function bigUnits(x: number): bigint {
  return setNumbers.get(x, bigUnitsOf);
}

const setNumbers = new BoundedMemo<number, bigint>(1024);

/** A whole number under 10⁹ (most are: 80 %, 100 %, 2 points) needs no string. */
function bigUnitsOf(x: number): bigint {
  if (Number.isInteger(x) && Math.abs(x) < 1e9) return BigInt(x * SCALE);
  return BigInt(decimalStringToUnits(String(x)));
}

function bandFor(num: bigint, den: bigint, bands: readonly ThresholdBand[]): ThresholdBand | null {
  for (const b of bands) {
    if (!atLeast(num, den, b.min)) continue;
    if (b.max !== undefined && atLeast(num, den, b.max)) continue;
    return b;
  }
  return null;
}

export type ExpectedPoints =
  | { kind: "points"; points: number }
  | { kind: "no-figure" }
  | { kind: "not-applicable" }
  | { kind: "unknown" };

/**
 * The points a rule gives for a declared figure: thresholds pick the band, ratios give
 * ratio × max rounded half away from zero to the rule's decimals (2 when unstated), capped at max;
 * yes-no gives max or 0. Other rules need no figure.
 */
export function expectedPoints(rule: ScoringRule, figure: DeclaredFigure, max: number): ExpectedPoints {
  if (rule.kind !== "thresholds" && rule.kind !== "ratio") return { kind: "unknown" };
  if (figure.kind === "blank") return { kind: "no-figure" };
  if (figure.kind === "not-applicable") return { kind: "not-applicable" };
  if (figure.kind === "yes" || figure.kind === "no") {
    const full = figure.kind === "yes";
    if (rule.kind === "ratio") return { kind: "points", points: full ? max : 0 };
    const band = bandFor(full ? 1n : 0n, 1n, rule.bands);
    return band ? { kind: "points", points: band.points } : { kind: "unknown" };
  }
  if (figure.kind !== "ratio") return { kind: "unknown" };
  if (rule.kind === "thresholds") {
    const band = bandFor(figure.num, figure.den, rule.bands);
    return band ? { kind: "points", points: band.points } : { kind: "unknown" };
  }
  const capped = figure.num > figure.den ? figure.den : figure.num < 0n ? 0n : figure.num;
  // ratio × max in micro-units, kept as a fraction until the final rounding.
  const maxUnits = bigUnits(max);
  const scaledTimes1e6 = (capped * maxUnits * 1_000_000n) / figure.den; // micro-units × 10^6
  const exact = Number(scaledTimes1e6) / 1e12;
  // A ratio rule on a step ("làm tròn đến 0,25 điểm") rounds as criteria-set/rule-eval does.
  if (rule.step !== undefined)
    return { kind: "points", points: ratioPoints(rule, max, Number(capped) / Number(figure.den)) };
  return { kind: "points", points: roundTo(exact, rule.decimals ?? 2) };
}
