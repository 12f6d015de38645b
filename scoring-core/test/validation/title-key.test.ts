import fc from "fast-check";
import { foldText } from "../../src/grid/fold-text";
import { sameTitle } from "../../src/validation/title-key";

// The comparison checkAgainstSet made inline before the memo (session 6): fold both, drop trailing punctuation.
const norm = (s: string) =>
  foldText(s)
    .replace(/[.:;,]+$/, "")
    .trim();

describe("sameTitle (a sheet's title against its set's)", () => {
  const piece = fc.constantFrom(
    "Tiêu chí",
    "tieu chi",
    "TIÊU CHÍ",
    "Tiêu chí".normalize("NFD"),
    " ",
    "  ",
    ".",
    ":",
    ";",
    ",",
    "1.2",
    "Đ",
    "đ",
    "d",
    "\u00a0",
    "ban hành",
    "Ban hanh",
  );
  const title = fc.oneof(
    fc.array(piece, { maxLength: 6 }).map((xs) => xs.join("")),
    fc.string(),
  );

  it("says what folding both titles says, on the same or different strings, twice", () => {
    fc.assert(
      fc.property(title, title, (a, b) => {
        const expected = norm(a) === norm(b);
        expect(sameTitle(a, b)).toBe(expected);
        expect(sameTitle(a, b)).toBe(expected); // the memo's answer
        expect(sameTitle(b, a)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("ignores case, diacritics and trailing punctuation, not words", () => {
    expect(sameTitle("Tiêu chí 1.2:", "tieu chi 1.2")).toBe(true);
    expect(sameTitle("Tiêu chí 1.2", "Tiêu chí 1.3")).toBe(false);
  });
});
