/** Comparisons of validation on micro-units, kept apart so their shortcuts can be tested against the plain definitions. */
import { fromUnits, MAX_UNITS, ROUND_TRIP_UNITS, toPrecision15, toUnits } from "../numbers/decimal";

/**
 * Whether micro-units `u` are a whole number of the set's last decimal (`decimals` ≤ 6), i.e.
 * u % 10^(6 − decimals) === 0. toUnits gives integers of magnitude ≤ 9·10¹⁵ < 2⁵³, so the
 * quotient's multiple and the difference are exact, and the difference is 0 exactly when the step
 * divides u (then u / step is exact): the same answer without `%` on doubles (a C call, fmod) or
 * a power per leaf. Any other step or value (fractional, NaN, beyond 2⁵³) takes `%` itself.
 */
export function onPrecisionGrid(u: number, decimals: number): boolean {
  let step = precisionSteps[decimals];
  if (step === undefined) step = 10 ** (6 - Math.min(6, decimals));
  if (!(Math.abs(u) <= MAX_UNITS) || !Number.isSafeInteger(step) || !Number.isInteger(u))
    return u % step === 0;
  return u - Math.trunc(u / step) * step === 0;
}
/** 10^(6 − d) for d = 0…6. */
const precisionSteps: readonly number[] = [1e6, 1e5, 1e4, 1e3, 100, 10, 1];

/**
 * Equal as Excel shows numbers: 15 significant digits (equal micro-units first: the common case,
 * no strings). Two numbers equal at 15 digits differ by at most 10⁻¹⁴ of the larger, so a gap
 * over 10⁻¹² of it (a capped bonus subtotal, 3 against 3,5) is unequal without the two
 * toPrecision round trips through strings. NaN and infinities fail that test and go on to them.
 */
export function equal15(a: number, b: number): boolean {
  if (toUnits(a) === toUnits(b)) return true;
  if (Math.abs(a - b) > 1e-12 * Math.max(Math.abs(a), Math.abs(b))) return false;
  return toPrecision15(a) === toPrecision15(b);
}

/**
 * equal15(a, fromUnits(u)) for a sum `u` in micro-units: when a is u itself in micro-units and u
 * is within ROUND_TRIP_UNITS (where toUnits(fromUnits(u)) === u), without the division and the
 * second toUnits (the common case: a subtotal that adds up); any other pair asks equal15.
 */
export function equal15Units(a: number, u: number): boolean {
  return (toUnits(a) === u && Math.abs(u) <= ROUND_TRIP_UNITS) || equal15(a, fromUnits(u));
}
