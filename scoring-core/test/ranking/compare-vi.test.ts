/**
 * compareVi's digit shortcut against the collator itself: random Vietnamese names (NFC and NFD
 * letters, tone and vowel marks, other digits, punctuation, invisible characters) with a shared
 * prefix, so the first difference falls anywhere, often at ASCII digits after a combining mark.
 */
import fc from "fast-check";
import { compareVi } from "../../src/ranking/rank-units";

const collator = new Intl.Collator("vi");
const PIECES = [
  ..."0123456789",
  ..."aăâbdđeêioôơuưyAĂÂĐÔƠƯ",
  "a\u0306",
  "a\u0302",
  "o\u031b",
  "u\u031b",
  "\u0300",
  "\u0301",
  "\u0303",
  "\u0309",
  "\u0323",
  "\u0302",
  " ",
  "-",
  ".",
  "Phường ",
  "Xã ",
  "Đơn vị số ",
  "²",
  "½",
  "١",
  "０",
  "\u200b",
  "\u00ad",
  "ch",
  "ng",
];
const piece = fc.constantFrom(...PIECES);
const text = (max: number) => fc.array(piece, { maxLength: max }).map((p) => p.join(""));
const sign = (x: number) => (x < 0 ? -1 : x > 0 ? 1 : 0);

describe("compareVi", () => {
  it("orders as Intl.Collator('vi') does", () => {
    fc.assert(
      fc.property(text(6), text(4), text(4), (prefix, x, y) => {
        const a = prefix + x;
        const b = prefix + y;
        expect(sign(compareVi(a, b))).toBe(sign(collator.compare(a, b)));
        expect(sign(compareVi(b, a))).toBe(sign(collator.compare(b, a)));
      }),
      { numRuns: 3000 },
    );
  });

  it("takes numbered names in digit order, not numeric order", () => {
    expect(compareVi("Phường 2", "Phường 10")).toBe(1);
    expect(compareVi("Phường 1", "Phường 10")).toBe(-1);
    expect(compareVi("Phường 9", "Phường 9")).toBe(0);
    expect(compareVi("Phườ\u0300ng 1", "Phường 1")).toBe(
      sign(collator.compare("Phườ\u0300ng 1", "Phường 1")),
    );
  });
});
