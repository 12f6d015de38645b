/**
 * Recognising evidence (tài liệu kiểm chứng): document references such as
 * "Kế hoạch số 1833/KH-UBND ngày 19/9/2023", "30/2018/QĐ-UBND", links, and the dates in them.
 * Pure and exported so the UI can highlight what was recognised.
 */
import { isValidDate } from "../dates/calendar";

export interface DocumentReference {
  /** The matched text, e.g. "1833/KH-UBND". */
  text: string;
  number: string;
  /** The year embedded in the number ("30/2018/QĐ-UBND" → 2018), else null. */
  year: number | null;
  /** The symbol after the number ("KH-UBND", "TTr-SNV"). */
  symbol: string;
}

export interface EvidenceDate {
  /** The matched text, e.g. "19/9/2023", "19 tháng 9 năm 2023" or "2018" (a year from a document number). */
  text: string;
  day: number | null;
  month: number | null;
  year: number;
}

export interface EvidenceAnalysis {
  references: DocumentReference[];
  links: string[];
  dates: EvidenceDate[];
  /** True when the text names at least one document (number/symbol) or link. */
  recognised: boolean;
}

export interface Period {
  /** ISO dates, inclusive: "2023-01-01". */
  from: string;
  to: string;
}

// Number, optional year, then a symbol starting with a letter: 1833/KH-UBND, 30/2018/QĐ-UBND,
// 1494/TTr-SNV, 1602/QĐ-UBND-HC. Dates (digits only) never match because the symbol needs a letter.
// Letters spelled out as ranges (Latin, Latin-1, Latin Extended A/B and Vietnamese's Latin Extended
// Additional): about twice as fast as \p{L} with the u flag, and the text is NFC by then.
const L = "A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF";
const REFERENCE = new RegExp(
  `(?:^|[^${L}\\d])(\\d{1,6})(?:\\/((?:19|20)\\d{2}))?\\/([${L}][${L}\\d]*(?:-[${L}\\d]+)*)`,
  "g",
);
const LINK = /\bhttps?:\/\/[^\s"'<>]+/giu;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)/g;
const WORDED_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})(?!\d)/giu;

/** True when NFC cannot change the text: only Latin (below U+0300) and precomposed Vietnamese letters. */
function nfcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/** Finds document references, links and dates in an evidence text. */
export function analyseEvidence(text: string): EvidenceAnalysis {
  const s = nfcStable(text) ? text : text.normalize("NFC");
  // Cheap tests first: most texts have no link, and without "/" or "tháng" nothing can match.
  const hasLink = s.includes(":") && /https?:/i.test(s);
  const links: string[] = [];
  let rest = s;
  if (hasLink) {
    for (const m of s.matchAll(LINK)) links.push(m[0]);
    // Links are set aside so "…/files/12/KH-UBND" in a URL is not read as a reference.
    rest = s.replace(LINK, " ");
  }
  const slash = rest.includes("/");
  const references: DocumentReference[] = [];
  // exec loops rather than matchAll (which clones the regex per call); lastIndex always ends at 0.
  let m: RegExpExecArray | null;
  if (slash) {
    REFERENCE.lastIndex = 0;
    while ((m = REFERENCE.exec(rest)) !== null) {
      // m[0] may start with the separator consumed before the number.
      const whole = m[0];
      const number = m[1]!;
      const text = whole.charCodeAt(0) >= 0x30 && whole.charCodeAt(0) <= 0x39 ? whole : whole.slice(1);
      references.push({ text, number, year: m[2] ? Number(m[2]) : null, symbol: m[3]! });
    }
  }
  const dates: EvidenceDate[] = [];
  if (slash || rest.includes(".") || rest.includes("-")) collectDates(NUMERIC_DATE, rest, dates);
  if (rest.includes("tháng")) collectDates(WORDED_DATE, rest, dates);
  for (const ref of references) {
    // A number's year is only a date of its own when no full date of that year is written.
    if (ref.year !== null && !dates.some((d) => d.year === ref.year)) {
      dates.push({ text: String(ref.year), day: null, month: null, year: ref.year });
    }
  }
  return { references, links, dates, recognised: references.length > 0 || links.length > 0 };
}

/** What validation needs from an evidence text (see evidenceVerdict). */
export interface EvidenceVerdict {
  recognised: boolean;
  /** datesOutsidePeriod(analyseEvidence(text).dates, bounds), in that order. */
  outside: EvidenceDate[];
}

const NONE: EvidenceDate[] = [];
Object.freeze(NONE);
// The common verdicts, shared (nothing outside the period): no allocation per evidence cell.
const RECOGNISED: EvidenceVerdict = Object.freeze({ recognised: true, outside: NONE });
const UNRECOGNISED: EvidenceVerdict = Object.freeze({ recognised: false, outside: NONE });

/**
 * analyseEvidence + datesOutsidePeriod without building what validation never reads (the
 * references, links and in-period dates). The hot path runs once per evidence cell of every
 * table: most texts are settled by two native regex scans (suspectFor's pattern finds nothing,
 * then REFERENCE_START says whether a document is cited); the others go to onePass, which scans
 * char codes (nextReference, nextNumericDate; match for match what the regexes find), or to
 * evidenceVerdictInParts. Property tests hold it equal to the two calls it replaces (and to the
 * frozen copy in test/reference). The verdict returned may be shared: never mutate it.
 */
export function evidenceVerdict(text: string, bounds: PeriodBounds | null): EvidenceVerdict {
  // Native scans, not a loop: charCodeAt costs ~25 machine instructions a character in V8's
  // optimised code (it dispatches on the string's representation at every call).
  if (!suspectFor(bounds).test(text)) return REFERENCE_START.test(text) ? RECOGNISED : UNRECOGNISED;
  return onePass(text, bounds) ?? evidenceVerdictInParts(text, bounds);
}

/**
 * evidenceVerdict for a text known to be NFC — a CellRead's text is (the reader's cleanString
 * normalises it; table/types.ts) — in one native scan for the common text: a document cited,
 * nothing suspect (suspectFor's pattern without its NFC part, which NFC text cannot need). Any
 * other text goes the general way, so the verdict is evidenceVerdict's for every NFC text.
 */
export function evidenceVerdictOfNfc(text: string, bounds: PeriodBounds | null): EvidenceVerdict {
  if (bounds === null) {
    if (!text.includes(":")) return REFERENCE_START.test(text) ? RECOGNISED : UNRECOGNISED;
  } else if (citedAndPlainFor(bounds).test(text)) return RECOGNISED;
  return evidenceVerdict(text, bounds);
}

/**
 * REFERENCE without its symbol's tail ([L\d]* and "-" parts may match nothing): it matches a
 * text exactly when REFERENCE finds at least one reference in it.
 */
const REFERENCE_START = new RegExp(`(?:^|[^${L}\\d])\\d{1,6}\\/(?:(?:19|20)\\d{2}\\/)?[${L}]`);

/**
 * Characters that make a text need more than REFERENCE_START: ":" (a link may follow), and any
 * character that NFC might change or combine — everything but Latin below U+0300, precomposed
 * Vietnamese (U+1E00–U+1EFF) and general punctuation, super/subscripts and currency signs
 * (U+2010–U+20CF: no canonical decomposition, never combining; “ ” – … are common here).
 */
// Written as a class and a look-behind: the class with two holes ran ~1.3–3× slower in V8.
const NOT_PLAIN = "[\\u0300-\\uffff:](?<![\\u1e00-\\u1eff\\u2010-\\u20cf])";
const SUSPECT_NO_PERIOD = new RegExp(NOT_PLAIN);

/**
 * For a period: a pattern matching every text whose verdict REFERENCE_START alone might get
 * wrong — a character of NOT_PLAIN, "tháng" (a worded date may follow), or a "/", "." or "-"
 * before a year some date or document number could fall outside the period with. Every numeric
 * date has its year right after such a separator, and so does a document number's year. A year
 * is safe when the whole calendar year lies in the period: a valid date of that year is inside,
 * and a document number of that year is inside too. A text this does not match has no link, is
 * NFC already, and has no date or number year outside the period: its verdict is recognition
 * alone. Built once per period (every table of a year shares one), never per text.
 */
function suspectFor(bounds: PeriodBounds | null): RegExp {
  if (bounds === null) return SUSPECT_NO_PERIOD;
  const b = suspectBounds;
  if (
    bounds.lo !== b.lo ||
    bounds.hi !== b.hi ||
    bounds.fromYear !== b.fromYear ||
    bounds.toYear !== b.toYear
  ) {
    const safe: string[] = [];
    for (let y = Math.max(bounds.fromYear, 1900); y <= Math.min(bounds.toYear, 2099); y++)
      if (bounds.lo <= key(y, 1, 1) && bounds.hi >= key(y, 12, 31)) safe.push(String(y));
    const year = safe.length === 0 ? "(?:19|20)\\d\\d" : `(?!${safe.join("|")})(?:19|20)\\d\\d`;
    const suspectForNfc = `:|th\u00e1ng|[\\/.\\-]${year}`;
    suspect = new RegExp(`${NOT_PLAIN}|${suspectForNfc}`);
    // One scan: a reference somewhere ahead, and nothing suspect anywhere.
    citedAndPlain = new RegExp(`^(?=[\\s\\S]*?${REFERENCE_START.source})(?![\\s\\S]*?(?:${suspectForNfc}))`);
    suspectBounds = { lo: bounds.lo, hi: bounds.hi, fromYear: bounds.fromYear, toYear: bounds.toYear };
  }
  return suspect;
}
// The period the pattern was built for (a copy: bounds passed in may be mutated afterwards).
let suspectBounds: PeriodBounds = { lo: NaN, hi: NaN, fromYear: NaN, toYear: NaN };
let suspect: RegExp = SUSPECT_NO_PERIOD;
let citedAndPlain: RegExp = SUSPECT_NO_PERIOD;

/** The period's citedAndPlain pattern (built with its suspect pattern). */
function citedAndPlainFor(bounds: PeriodBounds): RegExp {
  suspectFor(bounds);
  return citedAndPlain;
}

/**
 * evidenceVerdict in one pass over the text, for the common text: NFC already, no ":" (so no
 * link) and no "tháng" (no worded date). Returns null for any other text (evidenceVerdictInParts
 * then decides). Document numbers and numeric dates are matched at each run of digits, each with
 * its own cursor, as their two regexes would (each resumes where its last match ended).
 */
/** Scratch for onePass (a text with more document years or dates goes the other way). */
const SCRATCH = 64;
const refScratch = new Int32Array(SCRATCH);
const dateScratch = new Int32Array(SCRATCH * 5);

function onePass(s: string, bounds: PeriodBounds | null): EvidenceVerdict | null {
  const n = s.length;
  let recognised = false;
  let refFrom = 0;
  let dateFrom = 0;
  // Document numbers' years and valid dates (start, end, day, month, year) go to scratch arrays:
  // nothing allocated for a text whose dates are all in the period.
  let refCount = 0;
  let dateCount = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c > 57) {
      // Letters, spaces and punctuation (most of the text): one test below "á".
      if (c < 0xe1) {
        if (c === 58) return null; // ":" (a link may follow)
      } else if (c === 0xe1) {
        // "tháng": a worded date may follow.
        if (i >= 2 && s.startsWith("ng", i + 1) && s.startsWith("th", i - 2)) return null;
      } else if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return null; // not NFC-stable
      i++;
      continue;
    }
    if (c < 48) {
      i++;
      continue;
    }
    const q = i;
    let e = q + 1;
    while (e < n && isDigit(s.charCodeAt(e))) e++;
    i = e;
    // Both patterns need "/", "." or "-" right after the run (tryReference "/" only).
    const sep = e < n ? s.charCodeAt(e) : 0;
    if (sep !== 47 && sep !== 46 && sep !== 45) continue;
    // A run inside the last match of either pattern cannot start another of that pattern.
    if (q >= refFrom && (bounds !== null || !recognised)) {
      const end = tryReference(s, q, e);
      if (end >= 0) {
        recognised = true;
        refFrom = end;
        if (found.year !== 0) {
          if (refCount === SCRATCH) return null;
          refScratch[refCount++] = found.year;
        }
      }
    }
    if (bounds !== null && q >= dateFrom) {
      const end = tryNumericDate(s, q, e);
      if (end >= 0) {
        dateFrom = end;
        if (isValidDate(found.day, found.month, found.year)) {
          if (dateCount === SCRATCH) return null;
          const o = dateCount++ * 5;
          dateScratch[o] = q;
          dateScratch[o + 1] = end;
          dateScratch[o + 2] = found.day;
          dateScratch[o + 3] = found.month;
          dateScratch[o + 4] = found.year;
        }
      }
    }
  }
  if (bounds === null) return recognised ? RECOGNISED : UNRECOGNISED;
  let outside: EvidenceDate[] = NONE;
  for (let k = 0; k < dateCount * 5; k += 5) {
    const day = dateScratch[k + 2]!;
    const month = dateScratch[k + 3]!;
    const year = dateScratch[k + 4]!;
    const key_ = key(year, month, day);
    if (key_ < bounds.lo || key_ > bounds.hi) {
      if (outside === NONE) outside = [];
      outside.push({ text: s.slice(dateScratch[k]!, dateScratch[k + 1]!), day, month, year });
    }
  }
  if (refCount > 0) {
    // A number's year is a date of its own only when no full date of that year is written.
    const years: number[] = [];
    for (let k = 4; k < dateCount * 5; k += 5) years.push(dateScratch[k]!);
    for (let r = 0; r < refCount; r++) {
      const year = refScratch[r]!;
      if (years.includes(year)) continue;
      years.push(year);
      if (year < bounds.fromYear || year > bounds.toYear) {
        if (outside === NONE) outside = [];
        outside.push({ text: String(year), day: null, month: null, year });
      }
    }
  }
  if (outside === NONE) return recognised ? RECOGNISED : UNRECOGNISED;
  return { recognised, outside };
}

/** evidenceVerdict for any text: links set aside, NFC, worded dates (the regex), one pattern at a time. */
function evidenceVerdictInParts(text: string, bounds: PeriodBounds | null): EvidenceVerdict {
  const s = nfcStable(text) ? text : text.normalize("NFC");
  let recognised = false;
  let rest = s;
  if (s.includes(":") && /https?:/i.test(s)) {
    LINK.lastIndex = 0;
    recognised = LINK.test(s);
    rest = s.replace(LINK, " ");
  }
  const slash = rest.includes("/");
  // Years of document numbers, in order (a date of their own unless a full date has that year).
  let refYears: number[] | null = null;
  if (slash) {
    for (let at = nextReference(rest, 0); at >= 0; at = nextReference(rest, at)) {
      recognised = true;
      if (bounds === null) break;
      if (found.year !== 0) (refYears ??= []).push(found.year);
    }
  }
  if (bounds === null) return recognised ? RECOGNISED : UNRECOGNISED;
  let outside: EvidenceDate[] = NONE;
  let years: number[] | null = null; // years of every date found, for the document-number rule
  if (slash || rest.includes(".") || rest.includes("-")) {
    for (let at = nextNumericDate(rest, 0); at >= 0; at = nextNumericDate(rest, at)) {
      const { day, month, year } = found;
      if (!isValidDate(day, month, year)) continue;
      if (refYears !== null) (years ??= []).push(year);
      const k = key(year, month, day);
      if (k < bounds.lo || k > bounds.hi) {
        if (outside === NONE) outside = [];
        outside.push({ text: rest.slice(found.start, at), day, month, year });
      }
    }
  }
  if (rest.includes("tháng")) {
    // Worded dates are rare: the regex stays.
    WORDED_DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORDED_DATE.exec(rest)) !== null) {
      const day = Number(m[1]);
      const month = Number(m[2]);
      const year = Number(m[3]);
      if (!isValidDate(day, month, year)) continue;
      if (refYears !== null) (years ??= []).push(year);
      const k = key(year, month, day);
      if (k < bounds.lo || k > bounds.hi) {
        if (outside === NONE) outside = [];
        outside.push({ text: m[0], day, month, year });
      }
    }
  }
  if (refYears !== null)
    for (const year of refYears) {
      if (years !== null && years.includes(year)) continue;
      (years ??= []).push(year);
      if (year < bounds.fromYear || year > bounds.toYear) {
        if (outside === NONE) outside = [];
        outside.push({ text: String(year), day: null, month: null, year });
      }
    }
  if (outside === NONE) return recognised ? RECOGNISED : UNRECOGNISED;
  return { recognised, outside };
}

/** What the last nextReference / nextNumericDate found (one scan at a time: the core is synchronous). */
const found = { start: 0, year: 0, month: 0, day: 0 };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter of L (the REFERENCE regex's ranges). */
function isRefLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Two digits at i and i + 1 as a number. */
function twoDigits(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

/** A year "19dd" or "20dd" at i (4 chars; the caller checks the length), else 0. */
function yearAt(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  if (!((a === 49 && b === 57) || (a === 50 && b === 48))) return 0;
  const c = s.charCodeAt(i + 2);
  const d = s.charCodeAt(i + 3);
  if (!isDigit(c) || !isDigit(d)) return 0;
  return ((a - 48) * 10 + b - 48) * 100 + (c - 48) * 10 + d - 48;
}

/**
 * The next match of REFERENCE in s from `from` (as its exec with lastIndex = from): returns
 * where it ends, or -1; found.year is its year (0 when none). A match is a run of 1–6 digits at
 * the start or after a character that is neither a letter nor a digit, then "/", an optional
 * "19dd"/"20dd" and "/", and a symbol: a letter, letters and digits, then "-" parts.
 */
function nextReference(s: string, from: number): number {
  const n = s.length;
  let i = from;
  while (i < n) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const q = i;
    let e = q + 1;
    while (e < n && isDigit(s.charCodeAt(e))) e++;
    i = e;
    const end = tryReference(s, q, e);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * A REFERENCE match at the whole run of digits [q, e) (past the last match): where it ends, or
 * -1; found.year is its year (0 when none). A run that starts after a digit cannot match, nor
 * one of 7 digits or more: that is why only whole runs are tried.
 */
function tryReference(s: string, q: number, e: number): number {
  const n = s.length;
  if (e - q > 6 || e >= n || s.charCodeAt(e) !== 47) return -1;
  if (q > 0 && isRefLetter(s.charCodeAt(q - 1))) return -1;
  let sym = -1;
  let year = 0;
  // The optional year is tried first (a greedy "?"), then the number alone.
  if (e + 6 < n && s.charCodeAt(e + 5) === 47 && isRefLetter(s.charCodeAt(e + 6))) {
    year = yearAt(s, e + 1);
    if (year !== 0) sym = e + 6;
  }
  if (sym < 0) {
    if (e + 1 < n && isRefLetter(s.charCodeAt(e + 1))) sym = e + 1;
    else return -1;
  }
  let j = sym + 1;
  while (j < n && isSymbolChar(s.charCodeAt(j))) j++;
  while (j + 1 < n && s.charCodeAt(j) === 45 && isSymbolChar(s.charCodeAt(j + 1))) {
    j += 2;
    while (j < n && isSymbolChar(s.charCodeAt(j))) j++;
  }
  found.year = year;
  return j;
}

function isSymbolChar(c: number): boolean {
  return isDigit(c) || isRefLetter(c);
}

function isDateSeparator(c: number): boolean {
  return c === 47 || c === 46 || c === 45; // "/" "." "-"
}

/**
 * The next match of NUMERIC_DATE in s from `from`: returns where it ends, or -1; found.start,
 * .day, .month and .year describe it. A match is day and month of 1–2 digits and a year
 * "19dd"/"20dd", each a whole run of digits, joined by "/", "." or "-".
 */
function nextNumericDate(s: string, from: number): number {
  const n = s.length;
  let i = from;
  while (i < n) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const q = i;
    let e = q + 1;
    while (e < n && isDigit(s.charCodeAt(e))) e++;
    i = e;
    const end = tryNumericDate(s, q, e);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * A NUMERIC_DATE match at the whole run of digits [q, e): where it ends, or -1; found.day,
 * .month and .year describe it. (?<!\d) holds for a whole run, and a day or month of 1–2
 * digits must be a whole run too (a third digit is not a separator).
 */
function tryNumericDate(s: string, q: number, e: number): number {
  const n = s.length;
  if (e - q > 2 || e >= n || !isDateSeparator(s.charCodeAt(e))) return -1;
  const m0 = e + 1;
  let m1 = m0;
  while (m1 < n && isDigit(s.charCodeAt(m1))) m1++;
  if (m1 === m0 || m1 - m0 > 2 || m1 >= n || !isDateSeparator(s.charCodeAt(m1))) return -1;
  const y0 = m1 + 1;
  if (y0 + 4 > n || (y0 + 4 < n && isDigit(s.charCodeAt(y0 + 4)))) return -1;
  const year = yearAt(s, y0);
  if (year === 0) return -1;
  found.start = q;
  found.day = e - q === 1 ? s.charCodeAt(q) - 48 : twoDigits(s, q);
  found.month = m1 - m0 === 1 ? s.charCodeAt(m0) - 48 : twoDigits(s, m0);
  found.year = year;
  return y0 + 4;
}

function collectDates(re: RegExp, s: string, dates: EvidenceDate[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    if (isValidDate(day, month, year)) dates.push({ text: m[0], day, month, year });
  }
}

/** The calendar year as a period: 1/1 – 31/12. */
export function periodForYear(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

function isoParts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function key(y: number, m: number, d: number): number {
  return y * 10_000 + m * 100 + d;
}

/** A period as comparable keys (yyyymmdd), parsed once; null when a bound is not an ISO date. */
export interface PeriodBounds {
  lo: number;
  hi: number;
  fromYear: number;
  toYear: number;
}

export function periodBounds(period: Period | null): PeriodBounds | null {
  if (!period) return null;
  // Every table of a year has the same period: the last one's bounds are kept (frozen, shared).
  if (period.from === lastPeriod.from && period.to === lastPeriod.to) return lastBounds;
  const b = readBounds(period);
  lastPeriod = { from: period.from, to: period.to };
  lastBounds = b && Object.freeze(b);
  return lastBounds;
}
let lastPeriod: Period = { from: "", to: "" };
let lastBounds: PeriodBounds | null = null;

function readBounds(period: Period): PeriodBounds | null {
  const from = isoParts(period.from);
  const to = isoParts(period.to);
  if (!from || !to) return null;
  return { lo: key(...from), hi: key(...to), fromYear: from[0], toYear: to[0] };
}

/** Dates outside the period (a year alone is outside when the whole year is). Null period: none. */
export function datesOutsidePeriod(
  dates: readonly EvidenceDate[],
  period: Period | PeriodBounds | null,
): EvidenceDate[] {
  if (dates.length === 0 || !period) return [];
  const b = "lo" in period ? period : periodBounds(period);
  if (!b) return [];
  return dates.filter((d) => {
    if (d.day === null || d.month === null) return d.year < b.fromYear || d.year > b.toYear;
    const k = key(d.year, d.month, d.day);
    return k < b.lo || k > b.hi;
  });
}

/** "19/09/2023" for a date, "2018" for a year alone. */
export function formatEvidenceDate(d: EvidenceDate): string {
  if (d.day === null || d.month === null) return String(d.year);
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/** An ISO date ("2023-01-01") as people write it ("01/01/2023"). */
export function formatIsoDate(iso: string): string {
  const p = isoParts(iso);
  return p ? `${String(p[2]).padStart(2, "0")}/${String(p[1]).padStart(2, "0")}/${p[0]}` : iso;
}
