/**
 * Validation compares a score with its maximum in micro-units only when the score is above it
 * (validate-table.ts checkLeaf): that is exact because toUnits never orders two numbers the other
 * way round. Held here for scores, maxima, float noise, 7th decimals and huge values.
 */
import fc from "fast-check";
import { toUnits } from "../../src/numbers/decimal";

const value = fc.oneof(
  fc.integer({ min: -4000, max: 4000 }).map((q) => q / 4),
  fc.integer({ min: -1e7, max: 1e7 }).map((u) => u / 1e6),
  fc.integer({ min: -1e8, max: 1e8 }).map((u) => u / 1e7 + 0.00000005),
  fc.double({ min: -100, max: 100, noNaN: true }),
  fc.double({ noNaN: true }),
  fc.constantFrom(
    0.1 + 0.2,
    0.3,
    1.0000005,
    nextDown(1.0000005),
    9e9,
    -9e9,
    nextDown(9e9),
    Infinity,
    -Infinity,
  ),
);

describe("toUnits keeps the order of numbers", () => {
  it("x ≤ y gives toUnits(x) ≤ toUnits(y)", () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(toUnits(x)).toBeLessThanOrEqual(toUnits(y));
      }),
      { seed: 20261207, numRuns: 10000 },
    );
  });

  it("neighbours around a rounding point keep their order", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e7, max: 2e7 }), fc.integer({ min: -3, max: 3 }), (u, k) => {
        const x = (u + 0.5) / 1e6;
        let y = x;
        for (let i = 0; i < Math.abs(k); i++) y = k > 0 ? nextUp(y) : nextDown(y);
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(toUnits(lo)).toBeLessThanOrEqual(toUnits(hi));
      }),
      { seed: 20261208, numRuns: 5000 },
    );
  });
});

function nextUp(x: number): number {
  const b = new Float64Array([x]);
  const i = new BigInt64Array(b.buffer);
  if (x === 0) return Number.MIN_VALUE;
  i[0] = x > 0 ? i[0]! + 1n : i[0]! - 1n;
  return b[0]!;
}

function nextDown(x: number): number {
  return -nextUp(-x);
}
