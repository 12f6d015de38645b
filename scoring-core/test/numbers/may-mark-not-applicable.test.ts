/**
 * mayMarkNotApplicable lets the totals skip the fold of a declared figure that cannot be a
 * not-applicable mark. It may say "maybe" too often, never "no" for a mark.
 */
import fc from "fast-check";
import { isNotApplicableText, mayMarkNotApplicable } from "../../src/numbers/not-applicable";

const MARKS = [
  "Không áp dụng",
  "KHÔNG ÁP DỤNG",
  "  không  áp dụng. ",
  "(Không áp dụng)",
  "Không áp dụng (đơn vị không có TTHC)",
  "KAD",
  "k.a.d",
  " kad ",
  "K ap dung",
  "Kap dung",
  "KAPD",
  "K/AD",
  "N/A",
  "n/a",
  "NA",
  "Not applicable",
  "\u212aAD", // Kelvin sign: folds to "k"
  "\u00a0KAD",
  "\ufeffKAD",
  "\u0301KAD", // a stray combining mark first
  "\tN.A.",
];

describe("mayMarkNotApplicable", () => {
  it("says maybe for every spelling of a mark", () => {
    for (const t of MARKS) {
      expect(isNotApplicableText(t)).toBe(true);
      expect(mayMarkNotApplicable(t)).toBe(true);
    }
  });

  it("says no to plain figures without folding", () => {
    for (const t of ["3", "85%", "12/15", " 0,5", "Có", "(2)", "", "   "])
      expect(mayMarkNotApplicable(t)).toBe(false);
  });

  it("never says no for a text that is a mark", () => {
    const pieces = fc.constantFrom(
      "k",
      "K",
      "n",
      "N",
      "a",
      "d",
      "/",
      ".",
      "(",
      ")",
      " ",
      "\t",
      "\u00a0",
      "\u0301",
      "\u212a",
      "ô",
      "Ô",
      "ụ",
      "không",
      "áp",
      "dụng",
      "ap",
      "dung",
      "1",
      "%",
      "x",
      "\u0001",
      "\ufeff",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.array(pieces).map((p) => p.join("")),
        ),
        (t) => {
          if (isNotApplicableText(t)) expect(mayMarkNotApplicable(t)).toBe(true);
        },
      ),
      { seed: 20261206, numRuns: 5000 },
    );
  });
});
