import fc from "fast-check";
import {
  bestOutcome,
  perCountPoints,
  provinceAverage,
  ratioPoints,
  roundToStep,
  scoreAgainstAverage,
} from "../../src/criteria-set/rule-eval";
import { expectedPoints } from "../../src/validation/declared-figure";

describe("rules computed in the core", () => {
  it("per-count deductions with a floor: trừ 0,5 điểm mỗi văn bản chậm, tối đa trừ 2", () => {
    const rule = { kind: "per-count", each: -0.5, limit: 2 } as const;
    expect([0, 1, 3, 4, 9].map((n) => perCountPoints(rule, 3, n))).toEqual([3, 2.5, 1.5, 1, 1]);
    // On a penalty item (max −2) counting starts at 0.
    expect([0, 1, 5].map((n) => perCountPoints(rule, -2, n))).toEqual([0, -0.5, -2]);
  });

  it("counts with a cap: 0,25 điểm mỗi sáng kiến, tối đa 4 sáng kiến", () => {
    const rule = { kind: "per-count", each: 0.25, maxCount: 4 } as const;
    expect([0, 3, 4, 10].map((n) => perCountPoints(rule, 1, n))).toEqual([0, 0.75, 1, 1]);
    expect(() => perCountPoints(rule, 1, -1)).toThrow(RangeError);
  });

  it("ratios rounded to a step of 0,25 (nearest or down)", () => {
    expect(ratioPoints({ kind: "ratio", step: 0.25 }, 2, 0.8)).toBe(1.5);
    expect(ratioPoints({ kind: "ratio", step: 0.25 }, 2, 0.82)).toBe(1.75);
    expect(ratioPoints({ kind: "ratio", step: 0.25, stepRounding: "down" }, 2, 0.87)).toBe(1.5);
    expect(ratioPoints({ kind: "ratio" }, 3, 1 / 3)).toBe(1);
    expect(ratioPoints({ kind: "ratio" }, 2, 1.4)).toBe(2);
  });

  it("validation expects the same stepped points for a declared ratio", () => {
    const figure = { kind: "ratio", num: 41n, den: 50n } as const;
    expect(expectedPoints({ kind: "ratio", step: 0.25 }, figure as never, 2)).toEqual({
      kind: "points",
      points: 1.75,
    });
  });

  it("roundToStep lands on the grid, within half a step (a full step when rounding down)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.constantFrom(0.25, 0.5, 0.1, 1),
        fc.constantFrom("nearest" as const, "down" as const),
        (micro, step, mode) => {
          const x = micro / 1e6;
          const r = roundToStep(x, step, mode);
          const units = Math.round(r * 1e6);
          expect(Math.abs(units % Math.round(step * 1e6))).toBe(0);
          const diff = Math.abs(Math.round(x * 1e6) - units);
          expect(diff).toBeLessThanOrEqual(
            mode === "nearest" ? Math.round(step * 1e6) / 2 : Math.round(step * 1e6),
          );
          if (mode === "down") expect(Math.abs(r)).toBeLessThanOrEqual(Math.abs(x));
        },
      ),
    );
  });

  it("per-count points always stay within 0..max and never move more than the limit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -8, max: 8 }).filter((q) => q !== 0),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        fc.nat(50),
        (q, m, penalty, limitQ, count) => {
          const max = (penalty ? -m : m) / 4;
          const rule = { kind: "per-count" as const, each: q / 4, ...(limitQ ? { limit: limitQ / 4 } : {}) };
          const p = perCountPoints(rule, max, count);
          expect(p).toBeGreaterThanOrEqual(Math.min(0, max));
          expect(p).toBeLessThanOrEqual(Math.max(0, max));
          const best = bestOutcome(rule, max);
          if (best !== null) expect(Math.abs(p)).toBeLessThanOrEqual(Math.abs(best) + 1e-9);
        },
      ),
    );
  });

  it("compares each unit with the province average computed at consolidation", () => {
    const rule = { kind: "vs-average", atOrAbove: 2, below: 0 } as const;
    const { average, points } = scoreAgainstAverage(
      rule,
      new Map<string, number | null>([
        ["Sở A", 90],
        ["Sở B", 80.1],
        ["Sở C", 70.2],
        ["Sở D", null],
      ]),
    );
    expect(average).toBe(80.1);
    expect([...points]).toEqual([
      ["Sở A", 2],
      ["Sở B", 2],
      ["Sở C", 0],
      ["Sở D", null],
    ]);
    expect(provinceAverage([null])).toBeNull();
    expect(provinceAverage([0.1, 0.2])).toBe(0.15);
  });
});
