import fc from "fast-check";
import {
  analyseEvidence,
  datesOutsidePeriod,
  evidenceVerdict,
  periodBounds,
  periodForYear,
} from "../../src/validation/evidence";

// Pieces that make references, dates (valid and not), links and the separators the cheap
// pre-checks look for, mixed with arbitrary text.
const PIECES = [
  "Báo cáo số 101/BC-SNV",
  "Quyết định 30/2018/QĐ-UBND",
  "1833/KH-UBND",
  "12/2024/TT-BNV",
  "ngày 19/9/2023",
  "19/09/2024",
  "31/12/2025",
  "1/1/2025",
  "29/2/2023",
  "30.4.2024",
  "5-6-2025",
  "19 tháng 9 năm 2023",
  "1 tháng 13 năm 2024",
  "https://vb.gov.vn/files/12/KH-UBND",
  "http://a.b/c?d=2024",
  "HTTPS://X.VN/1/QĐ",
  "Tờ trình",
  "kèm theo",
  "/",
  ".",
  "-",
  ":",
  " ",
  ", ",
  "2023",
  "2018",
  "e\u0301",
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })), { maxLength: 8 })
  .map((parts) => parts.join(" "));
const period = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 2016, max: 2027 }).map((y) => periodForYear(y)),
  fc
    .tuple(
      fc.integer({ min: 2018, max: 2025 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([y, m, span]) => ({ from: `${y}-${String(m).padStart(2, "0")}-01`, to: `${y + span}-06-30` })),
);

// Character soup for the char-code scanners: digit runs of every length, the three date
// separators, letters at the edges of the symbol ranges and just outside them, no spaces.
const CHARS = [
  "1",
  "2",
  "9",
  "0",
  "19",
  "20",
  "2024",
  "1833",
  "/",
  "/",
  "/",
  ".",
  "-",
  "-",
  "A",
  "k",
  "Đ",
  "ư",
  "\u00C0",
  "\u00BF",
  "\u024F",
  "\u0250",
  "\u1E00",
  "\u1EFF",
  "\u1F00",
  "×",
  " ",
  "_",
  "tháng",
  ":",
  "-12/",
  "/2019/",
  "3/2018/A-1",
];
const soup = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((parts) => parts.join(""));

describe("evidenceVerdict (validation's lean path)", () => {
  it("equals analyseEvidence + datesOutsidePeriod on character soup (the scanners' edge cases)", () => {
    fc.assert(
      fc.property(soup, period, (s, p) => {
        const bounds = periodBounds(p);
        const a = analyseEvidence(s);
        const v = evidenceVerdict(s, bounds);
        expect(v.recognised).toBe(a.recognised);
        expect(v.outside).toEqual(bounds ? datesOutsidePeriod(a.dates, bounds) : []);
      }),
      { numRuns: 5000, seed: 15 },
    );
  });

  it("equals analyseEvidence + datesOutsidePeriod on mixed texts and periods", () => {
    fc.assert(
      fc.property(text, period, (s, p) => {
        const bounds = periodBounds(p);
        const a = analyseEvidence(s);
        const v = evidenceVerdict(s, bounds);
        expect(v.recognised).toBe(a.recognised);
        expect(v.outside).toEqual(bounds ? datesOutsidePeriod(a.dates, bounds) : []);
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves the shared regexes ready for the next text", () => {
    const b = periodBounds(periodForYear(2025));
    expect(evidenceVerdict("1/KH 2/KH 3/KH", null).recognised).toBe(true);
    expect(evidenceVerdict("Báo cáo 5/BC-SNV ngày 1/1/2024", b).outside).toEqual([
      { text: "1/1/2024", day: 1, month: 1, year: 2024 },
    ]);
    expect(analyseEvidence("9/KH-UBND").references).toHaveLength(1);
  });
});
