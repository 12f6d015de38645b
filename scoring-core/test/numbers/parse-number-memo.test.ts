import fc from "fast-check";
import { parseNumberCell, readNumberCell } from "../../src/numbers/parse-number";

// Score cells as sheets hold them: numbers, numeric texts with either separator, units, blanks,
// N/A marks, errors, and arbitrary short and long texts.
const PIECES = [
  "0",
  "0,5",
  "0.25",
  " 1,5 ",
  "2 điểm",
  "1.234,5",
  "-",
  "KAD",
  "Không áp dụng",
  "#REF!",
  "đạt",
];
const cell = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }).map((k) => k / 4),
  fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21),
  fc.string({ maxLength: 30 }),
  fc.boolean(),
  fc.constant(null),
);

describe("parseNumberCell memo", () => {
  it("gives what the unmemoised reader gives, on first and repeated reads", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 20 }), (cells) => {
        for (const v of [...cells, ...cells]) expect(parseNumberCell(v)).toEqual(readNumberCell(v));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps a number and its text apart, and shares one frozen result per value", () => {
    expect(parseNumberCell("1")).toEqual({ kind: "number", value: 1 });
    expect(parseNumberCell(1)).toEqual({ kind: "number", value: 1 });
    expect(parseNumberCell("x1")).toEqual({ kind: "invalid", text: "x1" });
    expect(parseNumberCell("0,75")).toBe(parseNumberCell("0,75"));
    expect(Object.isFrozen(parseNumberCell(0.75))).toBe(true);
  });
});
