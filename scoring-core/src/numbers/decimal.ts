/**
 * Exact decimal arithmetic for points.
 *
 * Public values stay plain JS numbers (JSON-friendly), but every sum, difference and product
 * goes through scaled integers (micro-points, 10^-6) so 0.1 + 0.2 is 0.3 and 1.005 rounds to
 * 1.01. Host numbers are first cut to 15 significant digits, as Excel shows them.
 */
export const SCALE_DIGITS = 6;
export const SCALE = 1_000_000;

/** A host double as Excel shows it: 15 significant digits. */
export function toPrecision15(x: number): number {
  const p = Number(x.toPrecision(15));
  // The largest doubles round past the top of the range at 15 digits: keep them as they are.
  return Number.isFinite(p) ? p : x;
}

/**
 * Beyond ±9·10⁹ points micro-units are no longer exact integers. No score comes near that; a
 * cell that does (1e300, the largest double) is held at this bound so sums stay finite, and
 * validation reports the cell.
 */
export const MAX_UNITS = 9e15;

/** Number → integer micro-units, exact for any value with at most 6 decimals. */
export function toUnits(x: number): number {
  if (!(Math.abs(x) < MAX_UNITS / SCALE)) return Number.isNaN(x) ? 0 : Math.sign(x) * MAX_UNITS;
  const scaled = x * SCALE;
  const r = Math.round(scaled);
  // Fast path: the value already sits on (or within float noise of) a micro-unit.
  if (Math.abs(scaled - r) < 1e-4 && Math.abs(r) < Number.MAX_SAFE_INTEGER) return r === 0 ? 0 : r;
  return decimalStringToUnits(toPrecision15(x).toString());
}

/**
 * Up to this many micro-units (10⁵ points) toUnits(fromUnits(u)) === u for every integer u: the
 * quotient and the product back err by at most |u|·2⁻⁵² < 10⁻⁴, within toUnits' fast path, and
 * round to u (test/totals/parent-max-from-frame.test.ts).
 */
export const ROUND_TRIP_UNITS = 1e11;

/** Integer micro-units → number (the closest double to the decimal). */
export function fromUnits(units: number): number {
  return units / SCALE;
}

/** Parses a plain decimal string ("7.5", "-0.25", "1e-7") into micro-units, half away from zero. */
export function decimalStringToUnits(s: string): number {
  let str = s.trim();
  if (/e/i.test(str)) str = expandExponent(str);
  const neg = str.startsWith("-");
  if (neg || str.startsWith("+")) str = str.slice(1);
  const [intPart = "0", fracPart = ""] = str.split(".");
  const frac = (fracPart + "0000000").slice(0, SCALE_DIGITS);
  let units = Number(intPart || "0") * SCALE + Number(frac);
  const next = fracPart.charCodeAt(SCALE_DIGITS) - 48;
  if (next >= 5 && next <= 9) units += 1;
  return neg ? -units : units;
}

function expandExponent(s: string): string {
  const n = Number(s);
  // toFixed handles up to 100 digits; values we meet are far smaller.
  return Math.abs(n) < 1e21 ? n.toFixed(SCALE_DIGITS + 2) : s;
}

/** Exact sum of numbers. */
export function sum(values: readonly number[]): number {
  let u = 0;
  for (const v of values) u += toUnits(v);
  return fromUnits(u);
}

export function add(a: number, b: number): number {
  return fromUnits(toUnits(a) + toUnits(b));
}

export function sub(a: number, b: number): number {
  return fromUnits(toUnits(a) - toUnits(b));
}

/** Product, rounded to micro-units half away from zero. */
export function mul(a: number, b: number): number {
  return roundTo(a * b, SCALE_DIGITS);
}

/** Quotient, rounded to micro-units half away from zero; null when dividing by zero. */
export function div(a: number, b: number): number | null {
  if (b === 0) return null;
  return roundTo(a / b, SCALE_DIGITS);
}

/** Exact comparison at micro-unit precision: -1, 0 or 1. */
export function compare(a: number, b: number): number {
  const d = toUnits(a) - toUnits(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export function equals(a: number, b: number): boolean {
  return toUnits(a) === toUnits(b);
}

/** Rounds half away from zero to `decimals` places (0..6), as Excel's ROUND does. */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  // Fast path (every figure of a ranking workbook goes through here): a value already within
  // float noise of the grid — 7.25 to 2 places — with at most 9 digits kept. Its 15-digit form
  // then lies within 0.05 of the same grid point, so the digit route below gives the same result.
  const s = 10 ** decimals;
  const ay = Math.abs(x) * s;
  const r = Math.round(ay);
  const off = Math.abs(ay - r);
  if (ay < 1e9 && (off < 0.01 || (off < 0.5 - HALF_MARGIN && isPlaces(decimals))))
    return x < 0 ? -(r / s) : r / s;
  // A half on the grid (3,465 to 2 places, a ratio rule's points), when x is the double of a
  // decimal with at most 6 places (u / 10⁶) below 4·10⁵: its 15-digit form is that decimal and its
  // 10-decimal text (binary error < 5·10⁻¹¹) that decimal's digits, so the digit route rounds up
  // exactly when the micro-units past the kept places are half a step or more.
  if (Math.abs(x) < 4e5 && isPlaces(decimals)) {
    const u = Math.round(x * SCALE);
    if (u / SCALE === x) {
      const au = Math.abs(u);
      const step = 10 ** (SCALE_DIGITS - decimals);
      let q = Math.trunc(au / step);
      let rem = au - q * step; // integers below 2⁵³: exact, corrected below for the quotient's rounding
      if (rem < 0) {
        q--;
        rem += step;
      } else if (rem >= step) {
        q++;
        rem -= step;
      }
      const k = rem * 2 >= step ? q + 1 : q;
      return x < 0 ? -(k / s) : k / s;
    }
  }
  return roundToByDigits(x, decimals);
}

/**
 * Off the grid (a ratio rule's 2/3 × 2 points), any value whose scaled form |x|·10^d (below 10⁹,
 * d = 0…6) is farther than this from a half rounds to its nearest integer both ways: the digit
 * route rounds half up the 10-decimal text of the 15-digit value, which lies within
 * 10⁹·5.3·10⁻¹⁵ + 10⁶·5·10⁻¹¹ < 6·10⁻⁵ of |x|·10^d, so it cannot be on the other side of a half.
 */
const HALF_MARGIN = 1e-4;

/** 0…6 decimal places (the digit route's reach). */
function isPlaces(d: number): boolean {
  return d >= 0 && d <= 6 && Math.floor(d) === d;
}

/** roundTo through the decimal digits of the 15-digit value (the reference; exact at any size). */
export function roundToByDigits(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const p = toPrecision15(x);
  // At 15 significant digits a number this large has no decimals left to round.
  // (Cutting the largest doubles to 15 digits can round past the top of the range: keep x then.)
  if (Math.abs(x) >= 1e15) return Number.isFinite(p) ? p : x;
  const str = Math.abs(p) < 1e21 ? Math.abs(p).toFixed(Math.min(20, SCALE_DIGITS + 4)) : String(Math.abs(p));
  const [i = "0", f = ""] = str.split(".");
  const kept = f.slice(0, decimals);
  const next = f.charCodeAt(decimals) - 48;
  let digits = BigInt(i + kept.padEnd(decimals, "0"));
  if (next >= 5 && next <= 9) digits += 1n;
  const scaled = Number(digits) / 10 ** decimals;
  return p < 0 ? -scaled : scaled;
}

/** True when x lies on the grid of `step` (e.g. 0.25) counted from zero. */
export function isMultipleOf(x: number, step: number): boolean {
  const s = toUnits(step);
  if (s === 0) return true;
  return toUnits(x) % s === 0;
}
