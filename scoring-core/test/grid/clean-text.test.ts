import fc from "fast-check";
import { cleanText, foldText, foldTextReference } from "../../src/grid/fold-text";
import { foldCached, foldWords } from "../../src/grid/fold-cache";
import { cellText } from "../../src/table/cell-read";

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
