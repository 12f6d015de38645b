import fc from "fast-check";
import {
  add,
  compare,
  div,
  isMultipleOf,
  mul,
  roundTo,
  roundToByDigits,
  sub,
  sum,
  toUnits,
} from "../../src/numbers/decimal";
import { formatNumber, formatPercent } from "../../src/messages/format-number";

describe("decimal arithmetic", () => {
  it("adds without binary drift", () => {
    expect(add(0.1, 0.2)).toBe(0.3);
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sum([7.5, 2.25, 0.25, 0.1])).toBe(10.1);
    expect(sub(1, 0.9)).toBe(0.1);
    expect(mul(1.1, 3)).toBe(3.3);
    expect(div(1, 3)).toBe(0.333333);
    expect(div(1, 0)).toBeNull();
  });

  it("rounds half away from zero like Excel's ROUND", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(roundTo(87.2449, 2)).toBe(87.24);
    expect(roundTo(12.5, 0)).toBe(13);
    expect(roundTo(-12.5, 0)).toBe(-13);
  });

  it("reads host doubles at 15 significant digits", () => {
    expect(toUnits(0.1 + 0.2)).toBe(300000);
    expect(toUnits(1.0049999999999999)).toBe(1005000);
    expect(compare(0.1 + 0.2, 0.3)).toBe(0);
  });

  it("checks steps", () => {
    expect(isMultipleOf(0.75, 0.25)).toBe(true);
    expect(isMultipleOf(0.8, 0.25)).toBe(false);
    expect(isMultipleOf(2.5, 0.5)).toBe(true);
  });

  it("sums are order independent and exact (property)", () => {
    const cents = fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 60 }), (xs) => {
        const forward = sum(xs);
        const backward = sum([...xs].reverse());
        const intSum = xs.reduce((a, x) => a + Math.round(x * 100), 0) / 100;
        return forward === backward && forward === intSum;
      }),
    );
  });
});

describe("number formatting", () => {
  it("uses the Vietnamese decimal comma", () => {
    expect(formatNumber(7.5, "vi")).toBe("7,5");
    expect(formatNumber(1234.567, "vi")).toBe("1.234,57");
    expect(formatNumber(1234.567, "en")).toBe("1,234.57");
    expect(formatNumber(-0.25, "vi")).toBe("-0,25");
    expect(formatNumber(10, "vi")).toBe("10");
    expect(formatPercent(87.2, "vi")).toBe("87,20 %");
    expect(formatPercent(87.2, "en")).toBe("87.20%");
  });
});

describe("extreme values", () => {
  it("rounds huge and tiny numbers without throwing", () => {
    expect(roundTo(1e300, 2)).toBe(1e300);
    expect(roundTo(-1e300, 2)).toBe(-1e300);
    expect(roundTo(123456789012345.67, 2)).toBe(123456789012346);
    expect(roundTo(1e-300, 2)).toBe(0);
    expect(formatNumber(1e300, "vi")).toContain("1");
  });
  it("never throws on any finite double (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 6 }),
        (x, d) => Number.isFinite(roundTo(x, d)),
      ),
    );
  });
});

describe("out-of-range values", () => {
  it("hold at a finite bound so sums never become NaN or Infinity", () => {
    expect(toUnits(1.7976931348623157e308)).toBe(9e15);
    expect(toUnits(-1e300)).toBe(-9e15);
    expect(toUnits(Infinity)).toBe(9e15);
    expect(toUnits(NaN)).toBe(0);
    expect(Number.isFinite(sum([1.7976931348623157e308, 1.7976931348623157e308, -5]))).toBe(true);
    expect(toUnits(8_999_999_999.5)).toBe(8_999_999_999_500_000);
  });
});

describe("roundTo's fast path", () => {
  it("equals the digit route on any double, on grid points and next to them (property)", () => {
    const near = fc
      .tuple(
        fc.integer({ min: -2e9, max: 2e9 }),
        fc.integer({ min: 0, max: 6 }),
        fc.double({ min: -1e-6, max: 1e-6 }),
      )
      .map(([k, d, noise]) => k / 10 ** d + noise);
    const anyDouble = fc.double({ noNaN: true });
    const sums = fc
      .array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { maxLength: 8 })
      .map((xs) => xs.reduce((a, b) => a + b / 1000, 0));
    // Off the grid: ratios of points (2/3 × 2), and values a whisker from a half at d places.
    const ratios = fc
      .tuple(
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 1, max: 997 }),
        fc.double({ min: -100, max: 100 }),
      )
      .map(([a, b, m]) => (a / b) * m);
    const nearHalf = fc
      .tuple(
        fc.integer({ min: -2e9, max: 2e9 }),
        fc.integer({ min: 0, max: 6 }),
        fc.oneof(fc.double({ min: -2e-4, max: 2e-4 }), fc.double({ min: -1e-9, max: 1e-9 })),
      )
      .map(([k, d, noise]) => (k + 0.5 + noise) / 10 ** d);
    // Halves on the micro-unit grid (3,465 to 2 places), as sums and products make them.
    const gridHalf = fc
      .tuple(fc.integer({ min: -4e11, max: 4e11 }), fc.integer({ min: 0, max: 6 }))
      .map(([k, d]) => Math.trunc(k / 10 ** (6 - d)) / 10 ** d + (k % 2 ? 5 : -5) / 10 ** (d + 1));
    const ratioHalves = fc
      .tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom(1, 1.5, 2, 3, 0.5))
      .map(([k, m]) => (k / 400) * m);
    const places = fc.integer({ min: 0, max: 6 });
    fc.assert(
      fc.property(
        fc.oneof(near, anyDouble, sums, ratios, nearHalf, gridHalf, ratioHalves),
        places,
        (x, d) => {
          expect(Object.is(roundTo(x, d), roundToByDigits(x, d))).toBe(true);
        },
      ),
      { numRuns: 40_000 },
    );
    for (const [x, d] of [
      [-1e-5, 2],
      [0.1 + 0.2, 2],
      [1.005, 2],
      [-2.675, 2],
      [99_999_999.995, 2],
      [123_456.7849999, 6],
      [3.465, 2],
      [-3.465, 2],
      [399_999.9999995, 6],
      [1.0000005, 6],
      [0.5, 0],
      [-2.5, 0],
    ] as const)
      expect(Object.is(roundTo(x, d), roundToByDigits(x, d))).toBe(true);
  });
});
