/**
 * expectedPoints against the frozen copy of session 6 (test/reference/declared-figure.ts): the
 * live one reads whole-number band bounds and maxima without a string (bigUnits); the points
 * must be the same for any threshold or ratio rule, figure and maximum.
 */
import fc from "fast-check";
import type { ScoringRule } from "../../src/criteria-set/schema";
import { expectedPoints, parseDeclaredFigure } from "../../src/validation/declared-figure";
import {
  expectedPoints as expectedPointsReference,
  parseDeclaredFigure as parseDeclaredFigureReference,
} from "./declared-figure";

/** Bounds and maxima as sets write them: whole, on a quarter or tenth, or any double. */
const bound = fc.oneof(
  fc.integer({ min: -200, max: 200 }),
  fc.integer({ min: -800, max: 800 }).map((q) => q / 4),
  fc.integer({ min: -2000, max: 2000 }).map((q) => q / 10),
  fc.constantFrom(0, -0, 1e9 - 1, 1e9, -1e9, 2 ** 40, 1e-7, 33.3333333),
  fc.double({ min: -1e10, max: 1e10, noNaN: true }),
);

const rule: fc.Arbitrary<ScoringRule> = fc.oneof(
  fc.record({
    kind: fc.constant("thresholds" as const),
    bands: fc.array(
      fc.record(
        { min: bound, max: fc.option(bound, { nil: undefined }), points: bound },
        { requiredKeys: ["min", "points"] },
      ),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  fc.record(
    {
      kind: fc.constant("ratio" as const),
      decimals: fc.integer({ min: 0, max: 6 }),
      step: fc.constantFrom(0.25, 0.5, 0.1),
      stepRounding: fc.constantFrom("nearest" as const, "down" as const),
    },
    { requiredKeys: ["kind"] },
  ),
);

const figure = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  bound,
  fc.constantFrom(
    "95%",
    "100%",
    "80 %",
    "17/20",
    "0,85",
    "85",
    "Có",
    "Không",
    "Không áp dụng",
    "abc",
    "1.234,5%",
  ),
  fc.integer({ min: 0, max: 120 }).map((p) => `${p}%`),
  fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 40 })).map(([a, b]) => `${a}/${b}`),
  // Near-percentages and odd spellings: spaces, zeros, long digit runs, signs, separators, letters.
  fc
    .array(
      fc.constantFrom("0", "1", "5", "9", " ", "%", "/", ",", ".", "-", "k", "C", "ó", "\u00a0", "\u0301"),
      {
        maxLength: 14,
      },
    )
    .map((cs) => cs.join("")),
  fc
    .tuple(fc.stringMatching(/^ {0,2}\d{1,12} {0,3}$/), fc.constantFrom("%", " %", "%%", ""))
    .map(([d, p]) => d + p),
);

describe("expectedPoints against the frozen session-6 copy", () => {
  it("same points for any threshold or ratio rule, declared figure and maximum", () => {
    fc.assert(
      fc.property(rule, figure, bound, (r, raw, max) => {
        const live = expectedPoints(r, parseDeclaredFigure(raw), max);
        const frozen = expectedPointsReference(r, parseDeclaredFigureReference(raw), max);
        expect(live).toEqual(frozen);
      }),
      { seed: 20261207, numRuns: 3000 },
    );
  });
});
