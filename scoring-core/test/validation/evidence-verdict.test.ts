import fc from "fast-check";
import {
  analyseEvidence,
  datesOutsidePeriod,
  evidenceVerdict,
  evidenceVerdictOfNfc,
  periodBounds,
  periodForYear,
} from "../../src/validation/evidence";
import {
  analyseEvidence as analyseEvidenceReference,
  datesOutsidePeriod as datesOutsidePeriodReference,
  evidenceVerdict as evidenceVerdictReference,
  periodBounds as periodBoundsReference,
} from "../reference/evidence";

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
  "\u1F71",
  "\u212B",
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

// Evidence as units write it: document kinds, numbers with and without a year, symbols, dates in
// every form (valid, impossible, two-digit years, worded), links, quotes and dashes, lists of
// documents, and now and then the whole text in NFD or upper case.
const KINDS = ["Quyết định", "Kế hoạch", "Báo cáo", "Công văn", "Tờ trình", "Thông báo", "Nghị quyết"];
const MORE_KINDS = ["Văn bản", "Hướng dẫn", "Chỉ thị", "QĐ", "KH", "BC", ""];
const SYMBOLS = ["QĐ-UBND", "KH-UBND", "BC-SNV", "CV-VP", "TTr-SNV", "NQ-HĐND", "BC-UBND-HC", "ĐA-BCĐ"];
const MORE_SYMBOLS = ["NĐ-CP", "TT-BNV", "HD-SNV", "TB-VPUBND", "qđ-ubnd", "QD-UBND", "UBND", "SNV-TCBC"];
const year = fc.integer({ min: 1995, max: 2030 });
const day = fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(0, 29, 30, 31, 32));
const month = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 2, 13));
const pad = (n: number, two: boolean) => (two ? String(n).padStart(2, "0") : String(n));
const date = fc
  .tuple(day, month, year, fc.constantFrom("/", ".", "-", "/", "/"), fc.boolean(), fc.nat(9))
  .map(([d, m, y, sep, two, form]) => {
    if (form === 0) return `${d} tháng ${m} năm ${y}`;
    if (form === 1) return `${pad(d, two)}${sep}${pad(m, two)}${sep}${String(y).slice(2)}`;
    if (form === 2) return `tháng ${m}/${y}`;
    if (form === 3) return `năm ${y}`;
    return `${pad(d, two)}${sep}${pad(m, two)}${sep}${y}`;
  });
const docNumber = fc
  .tuple(
    fc.integer({ min: 1, max: 9_999_999 }),
    fc.option(year, { nil: null }),
    fc.constantFrom(...SYMBOLS, ...MORE_SYMBOLS),
  )
  .map(([n, y, sym]) => `${n}${y === null ? "" : `/${y}`}/${sym}`);
const document = fc
  .tuple(
    fc.constantFrom(...KINDS, ...MORE_KINDS),
    fc.constantFrom("số ", "", "số: ", "So "),
    docNumber,
    fc.option(date, { nil: null }),
    fc.constantFrom("ngày ", "ngày ", "", ", ngày ", " ban hành ngày "),
  )
  .map(([kind, so, num, d, on]) => `${kind} ${so}${num}${d === null ? "" : ` ${on}${d}`}`.trim());
const LINKS = [
  "https://snv.sonla.gov.vn/van-ban/12/KH-UBND",
  "http://qlvb.vn/a?id=2024",
  "Link: https://drive.google.com/file/d/1AbC/view",
  "HTTPS://X.VN/1/QĐ",
  "www.snv.gov.vn/2023/bc",
];
const PHRASES = [
  "Đơn vị giải trình kèm theo",
  "Hồ sơ lưu tại Văn phòng",
  "Không có",
  "“Về việc triển khai công tác CCHC năm 2025”",
  "– bản chụp",
  "…",
  "(đính kèm)",
  "Số liệu năm 2024",
  "trang 2/5",
  "điểm 1.2.3",
];
const joiner = fc.constantFrom(", ", "; ", " và ", " kèm theo ", "\n", " – ", ": ", " (", ") ", " ");
const realistic = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: document },
        { weight: 2, arbitrary: date },
        { weight: 1, arbitrary: fc.constantFrom(...LINKS) },
        { weight: 2, arbitrary: fc.constantFrom(...PHRASES) },
      ),
      { minLength: 1, maxLength: 4 },
    ),
    fc.array(joiner, { minLength: 4, maxLength: 4 }),
    fc.nat(19),
  )
  .map(([parts, joins, form]) => {
    const s = parts.reduce((acc, p, i) => (i === 0 ? p : acc + joins[i - 1]! + p), "");
    if (form === 0) return s.normalize("NFD");
    if (form === 1) return s.toUpperCase();
    return s;
  });
const realPeriod = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 2016, max: 2027 }).map((y) => periodForYear(y)) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant({ from: "2024-07-01", to: "2025-06-30" }) },
  { weight: 1, arbitrary: fc.constant({ from: "2023-01-01", to: "2025-12-31" }) },
  { weight: 1, arbitrary: fc.constant({ from: "2025-01-01", to: "2025-12-30" }) },
);

describe("evidenceVerdict on realistic Vietnamese evidence, against the frozen reference", () => {
  it("equals the reference's analyseEvidence + datesOutsidePeriod, and its evidenceVerdict", () => {
    fc.assert(
      fc.property(realistic, realPeriod, (s, p) => {
        const bounds = periodBounds(p);
        const a = analyseEvidenceReference(s);
        const v = evidenceVerdict(s, bounds);
        const expected = bounds ? datesOutsidePeriodReference(a.dates, periodBoundsReference(p)) : [];
        expect(v.recognised).toBe(a.recognised);
        expect(v.outside).toEqual(expected);
        expect(v).toEqual(evidenceVerdictReference(s, periodBoundsReference(p)));
      }),
      { numRuns: 3000, seed: 1506 },
    );
  });

  it("evidenceVerdictOfNfc equals the reference on every NFC text (what a CellRead holds)", () => {
    fc.assert(
      fc.property(fc.oneof(realistic, text, soup), realPeriod, (raw, p) => {
        const s = raw.normalize("NFC");
        expect(evidenceVerdictOfNfc(s, periodBounds(p))).toEqual(
          evidenceVerdictReference(s, periodBoundsReference(p)),
        );
      }),
      { numRuns: 3000, seed: 1507 },
    );
    const b = periodBounds(periodForYear(2025));
    expect(evidenceVerdictOfNfc("Báo cáo số 101/BC-SNV ngày 28/12/2025", b)).toEqual({
      recognised: true,
      outside: [],
    });
    expect(evidenceVerdictOfNfc("Báo cáo 45/BC-SNV ngày 31.12.2024", b).outside).toHaveLength(1);
    expect(evidenceVerdictOfNfc("Xem https://a.vn/x", b).recognised).toBe(true);
    expect(evidenceVerdictOfNfc("Xem https://a.vn/x", null).recognised).toBe(true);
    expect(evidenceVerdictOfNfc("Kèm theo 12/KH", null).recognised).toBe(true);
    expect(evidenceVerdictOfNfc("Kèm theo", b)).toEqual({ recognised: false, outside: [] });
  });

  it("settles the common texts of a year without the char-code scan, and the rest exactly", () => {
    const b = periodBounds(periodForYear(2025));
    // In the period, cited: recognised, nothing outside.
    expect(evidenceVerdict("Báo cáo số 101/BC-SNV ngày 28/12/2025", b)).toEqual({
      recognised: true,
      outside: [],
    });
    expect(
      evidenceVerdict("Quyết định số 12/QĐ-UBND ngày 3/2/2025 “Về việc …” – bản chụp", b).recognised,
    ).toBe(true);
    // A number's year outside the period, a date outside it, a worded date, a link.
    expect(evidenceVerdict("Quyết định 30/2018/QĐ-UBND", b).outside).toEqual([
      { text: "2018", day: null, month: null, year: 2018 },
    ]);
    expect(evidenceVerdict("Báo cáo 45/BC-SNV ngày 31.12.2024", b).outside).toEqual([
      { text: "31.12.2024", day: 31, month: 12, year: 2024 },
    ]);
    expect(evidenceVerdict("Văn bản ngày 19 tháng 9 năm 2023", b)).toEqual({
      recognised: false,
      outside: [{ text: "19 tháng 9 năm 2023", day: 19, month: 9, year: 2023 }],
    });
    expect(evidenceVerdict("Link: https://snv.gov.vn/1/KH", b).recognised).toBe(true);
    // A period that is not whole calendar years: every year is checked by the scan.
    const mid = periodBounds({ from: "2024-07-01", to: "2025-06-30" });
    expect(evidenceVerdict("Báo cáo 5/BC-SNV ngày 1/7/2025", mid).outside).toHaveLength(1);
    expect(evidenceVerdict("Báo cáo 5/BC-SNV ngày 30/6/2025", mid).outside).toHaveLength(0);
  });

  it("lets through only characters NFC never changes (U+2010–U+20CF)", () => {
    // U+2010–U+20CF pass the quick path as they are: none may change under NFC, alone or next to
    // a letter, a precomposed letter or a combining mark.
    for (let c = 0x2010; c <= 0x20cf; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, `a${ch}`, `${ch}a`, `ế${ch}`, `${ch}ế`, `${ch}\u0301`, `1${ch}2`]) {
        if (t.includes("\u0301")) continue; // a combining mark is itself outside the quick path
        expect(t.normalize("NFC")).toBe(t);
      }
      expect(ch.normalize("NFD")).toBe(ch);
    }
  });
});
