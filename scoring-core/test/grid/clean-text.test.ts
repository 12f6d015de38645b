import fc from "fast-check";
import { cleanText, foldText, foldTextReference } from "../../src/grid/fold-text";
import { foldCached, foldWords } from "../../src/grid/fold-cache";
import { cellText } from "../../src/table/cell-read";
import { cleanString as referenceCleanString } from "../table/reference/cell-read";

const PIECES = [
  "Thực hiện",
  "CẢI CÁCH",
  "điểm",
  "Ủy ban",
  "a",
  "1,5",
  " ",
  "  ",
  "\n",
  "\t",
  "\u00a0",
  "\u2003",
  "\u3000",
  "Ω",
  "\u2126",
  "é",
  "e\u0301",
  "ư\u0323",
  "#REF!",
  "-",
  "(1)",
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4, unit: "grapheme" })), {
    maxLength: 12,
  })
  .map((xs) => xs.join(""));

describe("cell text cleaning", () => {
  it("equals collapse + trim + NFC on any text (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          text.map((s) => s.normalize("NFD")),
        ),
        (s) => {
          expect(cellText(s)).toBe(
            s
              .replace(/[\s\u0085]+/g, " ")
              .trim()
              .normalize("NFC"),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("gives what the reference scan gives at every edge of its character classes (property)", () => {
    // The fast "already clean" test must say "clean" only where the scan would change nothing.
    const EDGES = [
      0x9, 0xa, 0xd, 0x1f, 0x20, 0x21, 0x7e, 0x7f, 0x84, 0x85, 0x86, 0x9f, 0xa0, 0xa1, 0xe1, 0x2ff, 0x300,
      0x323, 0x36f, 0x370, 0x1dff, 0x1e00, 0x1ea1, 0x1eff, 0x1f00, 0x1680, 0x2000, 0x200a, 0x200b, 0x200f,
      0x2010, 0x2027, 0x2028, 0x2029, 0x202a, 0x202e, 0x202f, 0x2030, 0x205e, 0x205f, 0x2060, 0x20cf, 0x20d0,
      0x2126, 0x3000, 0xfeff, 0xd800, 0xdc00,
    ].map((c) => String.fromCharCode(c));
    const piece = fc.oneof(fc.constantFrom(...EDGES), fc.constantFrom("a", "Tư", " ", "1,5"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (xs) => {
        const s = xs.join("");
        expect(cellText(s)).toBe(referenceCleanString(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("cleanText returns a clean text as it is and equals NFC + collapse + trim on any text (property)", () => {
    const EDGES = [
      0x9, 0x20, 0x84, 0x85, 0x86, 0xa0, 0xa1, 0x2ff, 0x300, 0x1e00, 0x1eff, 0x2000, 0x2010, 0x2028, 0x20cf,
    ]
      .map((c) => String.fromCharCode(c))
      .concat("\u2126", "e\u0301", "  ");
    const edgy = fc.array(fc.oneof(fc.constantFrom(...EDGES), fc.constantFrom("a", "Tư", " ", "1,5")), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          edgy.map((xs) => xs.join("")),
        ),
        (s) => {
          expect(cleanText(s)).toBe(
            s
              .normalize("NFC")
              .replace(/[\s\u00a0]+/g, " ")
              .trim(),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("agrees with cleanText on Vietnamese", () => {
    for (const s of [
      "  Thực   hiện\nkế hoạch ",
      "Xử lý văn bản sau rà soát".normalize("NFD"),
      "TỔNG\u00a0CỘNG",
    ])
      expect(cellText(s)).toBe(cleanText(s));
  });

  it("renders numbers and booleans", () => {
    expect(cellText(7.5)).toBe("7.5");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(null)).toBe("");
  });
});

describe("folding in one pass", () => {
  it("equals the normalize/replace reference on any text (property)", () => {
    const any = fc.oneof(
      text,
      text.map((s) => s.normalize("NFD")),
      fc.string({ maxLength: 12, unit: "binary" }),
      fc.string({
        maxLength: 12,
        unit: fc.integer({ min: 0, max: 0x2100 }).map((c) => String.fromCharCode(c)),
      }),
    );
    fc.assert(
      fc.property(any, (s) => expect(foldText(s)).toBe(foldTextReference(s))),
      { numRuns: 3000 },
    );
  });

  it("agrees on every code unit of the Latin and Vietnamese ranges", () => {
    for (let c = 0; c < 0x2100; c++) {
      const s = ` X${String.fromCharCode(c)}y\u0301 `;
      expect(foldText(s)).toBe(foldTextReference(s));
    }
  });
});

describe("folding with a memo", () => {
  it("matches foldText and strips punctuation for header words", () => {
    fc.assert(
      fc.property(text, (s) => expect(foldCached(s)).toBe(foldText(s))),
      { numRuns: 500 },
    );
    expect(foldWords("Lĩnh vực/tiêu chí/tiêu chí\nthành phần (1)")).toBe(
      "linh vuc tieu chi tieu chi thanh phan 1",
    );
    expect(foldWords("Điểm\u00a0TỰ  chấm".normalize("NFD"))).toBe("diem tu cham");
  });
});
