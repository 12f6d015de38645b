import fc from "fast-check";
import { equal15, equal15Units, onPrecisionGrid } from "../../src/validation/precision";
import { fromUnits, MAX_UNITS, toPrecision15, toUnits } from "../../src/numbers/decimal";

/** equal15 as it was defined before its shortcut for far-apart numbers. */
const plainEqual15 = (a: number, b: number) =>
  toUnits(a) === toUnits(b) || toPrecision15(a) === toPrecision15(b);

/** The definition checkPrecision used before: a remainder on doubles. */
const byRemainder = (u: number, decimals: number) => u % 10 ** (6 - Math.min(6, decimals)) === 0;

describe("onPrecisionGrid", () => {
  it("agrees with u % 10^(6 − decimals) === 0 on every integer micro-unit value", () => {
    const units = fc.oneof(
      fc.integer({ min: -2_000_000, max: 2_000_000 }),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((k) => k * 1000),
      fc.maxSafeInteger().map((v) => Math.max(-MAX_UNITS, Math.min(MAX_UNITS, v))),
      fc.constantFrom(MAX_UNITS, -MAX_UNITS, MAX_UNITS - 1, -MAX_UNITS + 1, 0, -0),
    );
    const decimals = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -3, max: 9 }));
    fc.assert(
      fc.property(units, decimals, (u, d) => onPrecisionGrid(u, d) === byRemainder(u, d)),
      { numRuns: 5000 },
    );
  });

  it("agrees on values toUnits never gives", () => {
    for (const u of [NaN, Infinity, -Infinity, 0.5, 1e17, 2 ** 53 + 2, -(2 ** 60)])
      for (const d of [0, 2, 6, 1.5, NaN]) expect(onPrecisionGrid(u, d)).toBe(byRemainder(u, d));
  });

  it("says which scores carry more decimals than the set publishes", () => {
    expect(onPrecisionGrid(1_250_000, 2)).toBe(true); // 1,25
    expect(onPrecisionGrid(1_125_000, 2)).toBe(false); // 1,125
    expect(onPrecisionGrid(-500_000, 0)).toBe(false);
    expect(onPrecisionGrid(-2_000_000, 0)).toBe(true);
  });
});

describe("equal15", () => {
  it("agrees with the plain definition, near and far apart, at every magnitude", () => {
    const base = fc.oneof(
      fc.double({ noNaN: false }),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      fc.integer({ min: -400, max: 400 }).map((k) => k / 4),
      // Where micro-units are finer than the 15th digit (above 10⁹) the shortcut decides.
      fc.double({ min: 1e8, max: 9e9, noNaN: true }),
      fc.integer({ min: 100_000_000_000_000, max: 899_999_999_999_999 }).map((k) => k / 1e5),
      fc.constantFrom(0, -0, 1e-7, 0.1 + 0.2, 1e15, 123456789.123456, Number.MAX_VALUE, Infinity, NaN),
    );
    // The other number: far off, within a few units of the 15th digit, a micro-unit off, or the same.
    const pair = base.chain((a) =>
      fc
        .oneof(
          fc.double({ noNaN: false }),
          fc.integer({ min: -30, max: 30 }).map((k) => a + k * Math.abs(a) * 1e-15),
          fc.integer({ min: -30, max: 30 }).map((k) => a + k * Math.abs(a) * 1e-16),
          fc.integer({ min: -3, max: 3 }).map((k) => a + k * 1e-6),
          fc.integer({ min: -1000, max: 1000 }).map((k) => a * (1 + k * 1e-13)),
          fc.constant(a),
        )
        .map((b) => [a, b] as const),
    );
    fc.assert(
      fc.property(
        pair,
        ([a, b]) => equal15(a, b) === plainEqual15(a, b) && equal15(b, a) === plainEqual15(b, a),
      ),
      { numRuns: 20000 },
    );
  });

  it("takes numbers equal at 15 digits as equal, and a capped subtotal as not", () => {
    expect(equal15(0.1 + 0.2, 0.3)).toBe(true);
    expect(equal15(123456789012.3456, 123456789012.3457)).toBe(true);
    expect(equal15(3, 3.5)).toBe(false);
    expect(equal15(NaN, 0.5)).toBe(false);
  });
});

describe("equal15Units", () => {
  it("is equal15(a, fromUnits(u)) for a sum u in micro-units, within the round-trip bound and past it", () => {
    const units = fc.oneof(
      fc.integer({ min: -20_000_000, max: 20_000_000 }),
      fc.integer({ min: -1e11, max: 1e11 }),
      // Past ROUND_TRIP_UNITS: 16-digit sums lose their last digit at 15 significant digits.
      fc.integer({ min: 1e11, max: Number.MAX_SAFE_INTEGER }).map((k) => (k % 2 ? -k : k)),
      fc.constantFrom(0, -0, 1e11, -1e11, 1e11 + 1, MAX_UNITS, -MAX_UNITS, MAX_UNITS + 7, NaN),
    );
    // The cell's figure: the sum itself, a micro-unit or a 15th digit off, just beside it, anything.
    const pair = units.chain((u) =>
      fc
        .oneof(
          fc.constant(fromUnits(u)),
          fc.integer({ min: -3, max: 3 }).map((k) => fromUnits(u + k)),
          fc.integer({ min: -30, max: 30 }).map((k) => fromUnits(u) * (1 + k * 1e-15)),
          fc.integer({ min: -3, max: 3 }).map((k) => fromUnits(u) + k * 1e-7),
          fc.double({ noNaN: false }),
        )
        .map((a) => [a, u] as const),
    );
    fc.assert(
      fc.property(pair, ([a, u]) => equal15Units(a, u) === equal15(a, fromUnits(u))),
      { numRuns: 20000 },
    );
  });

  it("says whether a subtotal adds up", () => {
    expect(equal15Units(3.75, 3_750_000)).toBe(true);
    expect(equal15Units(0.1 + 0.2, 300_000)).toBe(true);
    expect(equal15Units(3.5, 3_000_000)).toBe(false);
    expect(equal15Units(2, NaN)).toBe(false);
  });
});
