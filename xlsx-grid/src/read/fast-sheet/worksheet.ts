/**
 * One worksheet part → the rows of the core's Grid (values, formulas) plus what sheet-grid.ts
 * needs to cut them as SheetJS's path does (range, last row with a cell, merges, hidden rows),
 * by scanning the text once with indexOf/charCodeAt. The cell rules (types, stubs, formulas, the
 * declared dimension) are SheetJS's parse_ws_xml / parse_ws_xml_data (xlsx.mjs 0.20.3) followed
 * by read-workbook-grids.ts's cellValue, restated; the scanner accepts only the plain shape Excel
 * and LibreOffice write inside <sheetData> and declines on anything else (array formulas, odd
 * shared ones, cells without `r`, rows or cells out of order, dates, rich <is> shapes it cannot
 * read the same way…).
 *
 * Why no intermediate sheet: the first version built SheetJS-shaped cell objects and a Map per
 * tag's attributes, then walked them again into the Grid: ~490 KB allocated for a 24 KB sheet.
 * Attributes are now read in place (no name or value strings unless a value is kept), numbers
 * and shared-string indexes are parsed from the characters, and each value goes straight into
 * its Grid row, so a reading thread churns through far less young-generation memory.
 */
import type { CellValue } from "@cchc/scoring-core";
import { decline, isSpace, parseAttrs, safeDecodeRange, unescapeXml, type Range } from "./xml-text";
import { itemText } from "./shared-strings";
import { SharedFormulas } from "./shared-formulas";

/** A worksheet's cells, already in the Grid's form, with what it takes to cut the Grid. */
export interface FastSheet {
  /** The range SheetJS would set as `!ref` (declared or guessed), or null (an empty sheet). */
  ref: Range | null;
  /** Sheet row and column of values[0][0] (the declared range's top left, or 0, 0 without one). */
  top0: number;
  left0: number;
  /** Grid rows by sheet row − top0, padded with null before each value, as the Grid keeps them. */
  values: (CellValue[] | undefined)[];
  /** "=formula" by sheet row − top0, padded with null; undefined where a row has none. */
  formulas: ((string | null)[] | undefined)[];
  /** The last sheet row holding any <c> (stubs included; SheetJS's `!data.length − 1`), or −1. */
  lastRow: number;
  merges: Range[];
  /** 0-based rows marked hidden="1" / "true", ascending. */
  hidden: number[];
}

/** SheetJS's RBErr texts, as the Grid shows them (its code 0xFF has no text: "#N/A"). */
const ERROR_VALUE = new Map<string, string>([
  ["#NULL!", "#NULL!"],
  ["#DIV/0!", "#DIV/0!"],
  ["#VALUE!", "#VALUE!"],
  ["#REF!", "#REF!"],
  ["#NAME?", "#NAME?"],
  ["#NUM!", "#NUM!"],
  ["#N/A", "#N/A"],
  ["#GETTING_DATA", "#GETTING_DATA"],
  ["#WTF?", "#N/A"],
]);

const SHEET_DATA = /<(?:\w+:)?sheetData\b[^<>]*>/g;
const DIMENSION = /<(?:\w*:)?dimension/;
const DIMENSION_REF = /"(\w*:\w*)"/;
const MERGE = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;
/** SheetJS's hlinkregex, and the attributes Excel and LibreOffice write on a hyperlink. */
const HYPERLINK = /<(?:\w+:)?hyperlink [^<>]*>/g;
const HYPERLINK_ATTRS = new Set(["ref", "r:id", "location", "display", "tooltip", "xr:uid"]);
const CELL_RANGE = /^[A-Z]{1,3}[1-9]\d{0,6}(?::[A-Z]{1,3}[1-9]\d{0,6})?$/;

// Cell types (the `t` attribute), as small integers.
const T_NONE = 0;
const T_N = 1;
const T_S = 2;
const T_STR = 3;
const T_INLINE = 4;
const T_B = 5;
const T_E = 6;

// The cell attributes accepted (xml:space on a cell changes nothing in SheetJS), as bits.
const A_R = 1;
const A_S = 2;
const A_T = 4;
const A_CM = 8;
const A_VM = 16;
const A_PH = 32;
const A_SPACE = 64;

/** 10^k for k ≤ 22: exact doubles, so an integer below 2^53 divided by one is correctly rounded. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

function skipSpace(x: string, i: number): number {
  while (i < x.length && isSpace(x.charCodeAt(i))) i++;
  return i;
}

/** `<name` at i followed by a space, `/` or `>` (SheetJS splits cells on exactly these). */
function isTag(x: string, i: number, name: string): boolean {
  if (!x.startsWith(name, i)) return false;
  const c = x.charCodeAt(i + name.length);
  return c === 32 || c === 47 || c === 62;
}

/** SheetJS's parsexmltag ends a tag's name at a space, LF or CR only (not at a tab). */
function isAttrSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13;
}

/** [A-Za-z_] */
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** [\w.:-] */
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 58) || c === 46 || c === 45;
}

// The attribute nextAttr last read: x[nameStart, nameEnd) = "x[valueStart, valueEnd)".
let nameStart = 0;
let nameEnd = 0;
let valueStart = 0;
let valueEnd = 0;

/**
 * The next attribute of a start tag whose attributes run over x[i, to): its place in the module's
 * cursor, and the index after it; −1 when none is left. The rules of xml-text.ts's parseAttrs
 * (quoted values, no `<` inside, separated by spaces), without a string or a Map per attribute;
 * callers refuse duplicates.
 */
function nextAttr(x: string, i: number, to: number): number {
  while (i < to && isAttrSpace(x.charCodeAt(i))) i++;
  if (i >= to) return -1;
  const eq = x.indexOf("=", i);
  if (eq < 0 || eq >= to) decline("attribute without value");
  if (!isNameStart(x.charCodeAt(i))) decline("attribute name");
  for (let k = i + 1; k < eq; k++) if (!isNameChar(x.charCodeAt(k))) decline("attribute name");
  const q = x.charCodeAt(eq + 1);
  if (q !== 34 && q !== 39) decline("unquoted attribute");
  const end = x.indexOf(q === 34 ? '"' : "'", eq + 2);
  if (end < 0 || end >= to) decline("unterminated attribute");
  // `to` is the tag's first `>`: only a `<` can hide in the value.
  for (let k = eq + 2; k < end; k++) if (x.charCodeAt(k) === 60) decline("'<' or '>' in an attribute");
  nameStart = i;
  nameEnd = eq;
  valueStart = eq + 2;
  valueEnd = end;
  const next = end + 1;
  if (next < to && !isAttrSpace(x.charCodeAt(next))) decline("attributes not separated");
  return next;
}

/** Is x[s, e) the same text as x[s2, e2)? */
function sameText(x: string, s: number, e: number, s2: number, e2: number): boolean {
  if (e - s !== e2 - s2) return false;
  for (let k = 0; k < e - s; k++) if (x.charCodeAt(s + k) !== x.charCodeAt(s2 + k)) return false;
  return true;
}

/** Is x[s, e) `word` (lower case ASCII letters) in any case? */
function sameLetters(x: string, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((x.charCodeAt(s + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** The bit of an accepted cell attribute named x[s, e), or 0. */
function cellAttrBit(x: string, s: number, e: number): number {
  const c0 = x.charCodeAt(s);
  switch (e - s) {
    case 1:
      return c0 === 114 ? A_R : c0 === 115 ? A_S : c0 === 116 ? A_T : 0;
    case 2: {
      const c1 = x.charCodeAt(s + 1);
      if (c1 === 109) return c0 === 99 ? A_CM : c0 === 118 ? A_VM : 0;
      return c0 === 112 && c1 === 104 ? A_PH : 0;
    }
    case 9:
      return x.startsWith("xml:space", s) ? A_SPACE : 0;
    default:
      return 0;
  }
}

// The formula attributes accepted, as bits (t, si and ref only with t="shared").
const F_ACA = 1;
const F_CA = 2;
const F_T = 4;
const F_SI = 8;
const F_REF = 16;

/** The bit of an accepted formula attribute named x[s, e), or 0. */
function formulaAttrBit(x: string, s: number, e: number): number {
  switch (e - s) {
    case 1:
      return x.charCodeAt(s) === 116 ? F_T : 0;
    case 2:
      return x.startsWith("ca", s) ? F_CA : x.startsWith("si", s) ? F_SI : 0;
    case 3:
      return x.startsWith("aca", s) ? F_ACA : x.startsWith("ref", s) ? F_REF : 0;
    default:
      return 0;
  }
}

/** The cell type named by x[s, e), or −1 for a type SheetJS reads otherwise (dates, unknown). */
function cellType(x: string, s: number, e: number): number {
  const n = e - s;
  const c0 = x.charCodeAt(s);
  if (n === 1) return c0 === 110 ? T_N : c0 === 115 ? T_S : c0 === 98 ? T_B : c0 === 101 ? T_E : -1;
  if (n === 3 && x.startsWith("str", s)) return T_STR;
  if (n === 9 && x.startsWith("inlineStr", s)) return T_INLINE;
  return -1;
}

// The cell decodeCellRef last read.
let refRow = 0;
let refCol = 0;

/** x[s, e) = "B12" → refRow 11, refCol 1; only the plain form (no `$`, at most 3 letters). */
function decodeCellRef(x: string, s: number, e: number): void {
  let c = 0;
  let i = s;
  for (; i < e && i < s + 4; i++) {
    const k = x.charCodeAt(i) - 64;
    if (k < 1 || k > 26) break;
    c = 26 * c + k;
  }
  if (i === s || i > s + 3 || i === e) decline("cell reference");
  let r = 0;
  for (let j = i; j < e; j++) {
    const d = x.charCodeAt(j) - 48;
    if (d < 0 || d > 9 || j - i > 6) decline("cell reference");
    r = 10 * r + d;
  }
  if (r < 1 || x.charCodeAt(i) === 48) decline("cell reference");
  refRow = r - 1;
  refCol = c - 1;
}

/**
 * parseFloat of x[s, e) as SheetJS calls it on the unescaped <v> text. Plain decimals of at most
 * 15 digits are read from the characters: the digits make an exact integer below 2^53 and one
 * division by an exact power of ten rounds correctly, as parseFloat does. Anything else (more
 * digits, exponents, escapes) goes through parseFloat itself.
 */
export function parseNumber(x: string, s: number, e: number): number {
  let i = s;
  const negative = x.charCodeAt(i) === 45;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < e; i++) {
    const c = x.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && fraction < 0) fraction = i;
    else break;
  }
  if (i === e && digits > 0 && digits <= 15 && fraction !== e - 1 && fraction !== (negative ? s + 1 : s)) {
    const v = fraction < 0 ? m : m / POW10[e - 1 - fraction]!;
    return negative ? -v : v;
  }
  return parseFloat(unescapeXml(x.slice(s, e)));
}

/** parseInt(text, 10) of a shared-string index, from the characters when they are plain digits. */
function parseIndex(x: string, s: number, e: number): number {
  if (e - s <= 9) {
    let n = 0;
    let i = s;
    for (; i < e; i++) {
      const d = x.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === e) return n;
  }
  return parseInt(unescapeXml(x.slice(s, e)), 10);
}

/** The Grid value of one cell: parse_ws_xml_data's switch, then cellValue (read-workbook-grids.ts). */
function cellValue(
  x: string,
  t: number,
  vStart: number,
  vEnd: number,
  inline: string | null,
  strings: (string | undefined)[],
): CellValue {
  // vStart < 0: no <v>, or an empty one.
  if (t === T_NONE || t === T_N) return vStart < 0 ? null : parseNumber(x, vStart, vEnd);
  switch (t) {
    case T_S: {
      if (vStart < 0) return null;
      const i = parseIndex(x, vStart, vEnd);
      // SheetJS throws on a missing item and drops the sheet: not for us to imitate.
      if (!(i >= 0 && i < strings.length)) decline("shared string index");
      return strings[i] ?? null;
    }
    case T_STR: {
      if (vStart < 0) return "";
      const raw = x.slice(vStart, vEnd);
      // SheetJS unescapes these twice (once more after a UTF-8 pass over the result): equal
      // to us only while the first pass put in no non-ASCII character.
      if (raw.includes("&#") || /_x[\da-f]{4}_/i.test(raw)) decline("escaped formula text");
      return unescapeXml(unescapeXml(raw), true);
    }
    case T_INLINE:
      return inline === null ? "" : (itemText(inline) ?? null);
    case T_B: {
      if (vStart < 0) return false;
      const v = unescapeXml(x.slice(vStart, vEnd));
      return v === "1" || v === "true";
    }
    default: {
      // T_E
      if (vStart < 0) return null;
      const text = ERROR_VALUE.get(unescapeXml(x.slice(vStart, vEnd)));
      return text ?? decline("error text");
    }
  }
}

/** [A-Za-z0-9_] */
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Where /<\/(?:\w+:)?sheetData>/ first matches at or after `from` (−1: nowhere), found with
 * indexOf: the regex crawled through the whole of <sheetData>.
 */
export function sheetDataEnd(x: string, from: number): number {
  for (let k = x.indexOf("sheetData>", from); k >= 0; k = x.indexOf("sheetData>", k + 1)) {
    let start = k;
    if (x.charCodeAt(k - 1) === 58) {
      // A prefix: the run of word characters before the colon, all of it (`</` must precede it).
      start = k - 1;
      while (start > 0 && isWordChar(x.charCodeAt(start - 1))) start--;
      if (start === k - 1) continue;
    }
    if (start - 2 >= from && x.charCodeAt(start - 1) === 47 && x.charCodeAt(start - 2) === 60)
      return start - 2;
  }
  return -1;
}

/** Puts `v` at index i of a row padded with null (cells come in column order). */
function put<T>(row: (T | null)[], i: number, v: T): void {
  while (row.length < i) row.push(null);
  row.push(v);
}

// Row attributes seen so far in one <row> tag, to refuse duplicates without making strings.
const rowAttrStarts = new Int32Array(32);
const rowAttrEnds = new Int32Array(32);

export function parseWorksheet(xml: string, strings: (string | undefined)[]): FastSheet {
  if (xml.includes("<![CDATA[")) decline("CDATA");
  SHEET_DATA.lastIndex = 0;
  const open = SHEET_DATA.exec(xml);
  let body = "";
  let head = xml;
  let tail = xml;
  if (open) {
    const close = sheetDataEnd(xml, SHEET_DATA.lastIndex);
    if (close >= 0) {
      if (!open[0].startsWith("<sheetData")) decline("prefixed sheetData");
      head = xml.slice(0, open.index);
      tail = xml.slice(xml.indexOf(">", close) + 1);
      body = xml.slice(SHEET_DATA.lastIndex, close);
    }
  }
  if (!body && /<(?:\w+:)?row\b/.test(xml)) decline("rows outside sheetData");

  // The declared range, exactly as parse_ws_xml reads it (first quoted "x:y" within 50 chars).
  let ref: Range | null = null;
  const dimAt = head.search(DIMENSION);
  if (dimAt > 0) {
    const m = DIMENSION_REF.exec(head.slice(dimAt, dimAt + 50));
    if (m) {
      if (!/^[A-Z]{1,3}[1-9]\d{0,6}:[A-Z]{1,3}[1-9]\d{0,6}$/.test(m[1]!)) decline("dimension");
      const d = safeDecodeRange(m[1]!);
      if (d.s.r <= d.e.r && d.s.c <= d.e.c) ref = d;
    }
  }
  // With a declared range, cells outside it never reach the Grid: keep only those inside.
  const top0 = ref ? ref.s.r : 0;
  const left0 = ref ? ref.s.c : 0;
  const bottomKept = ref ? ref.e.r : Infinity;
  const rightKept = ref ? ref.e.c : Infinity;

  const values: (CellValue[] | undefined)[] = [];
  const formulas: ((string | null)[] | undefined)[] = [];
  const hidden: number[] = [];
  let lastRow = -1;
  // The range SheetJS guesses when no dimension is declared.
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  let selfClosingRow = false;
  let previousRow = -1;
  let shared: SharedFormulas | undefined;
  const x = body;
  let i = skipSpace(x, 0);
  while (i < x.length) {
    if (!isTag(x, i, "<row")) decline("unexpected tag in sheetData");
    const rowEnd = x.indexOf(">", i);
    if (rowEnd < 0) decline("unclosed row");
    const rowClosed = x.charCodeAt(rowEnd - 1) === 47;
    const rowTo = rowClosed ? rowEnd - 1 : rowEnd;
    let row = -1;
    let isHidden = false;
    let seen = 0;
    for (let a = nextAttr(x, i + 4, rowTo); a >= 0; a = nextAttr(x, a, rowTo)) {
      for (let k = 0; k < seen; k++)
        if (sameText(x, nameStart, nameEnd, rowAttrStarts[k]!, rowAttrEnds[k]!))
          decline("duplicate attribute");
      if (seen === rowAttrStarts.length) decline("too many row attributes");
      rowAttrStarts[seen] = nameStart;
      rowAttrEnds[seen++] = nameEnd;
      const n = nameEnd - nameStart;
      if (n === 1 && (x.charCodeAt(nameStart) | 32) === 114) {
        if (x.charCodeAt(nameStart) !== 114) decline("row attribute case");
        // /^[1-9]\d{0,6}$/
        const len = valueEnd - valueStart;
        let r = 0;
        for (let k = valueStart; k < valueEnd; k++) {
          const d = x.charCodeAt(k) - 48;
          if (d < 0 || d > 9) r = -1;
          if (r >= 0) r = 10 * r + d;
        }
        if (len < 1 || len > 7 || r < 0 || x.charCodeAt(valueStart) === 48) decline("row without r");
        row = r - 1;
      } else if (n === 6 && sameLetters(x, nameStart, nameEnd, "hidden")) {
        if (!x.startsWith("hidden", nameStart)) decline("row attribute case");
        const len = valueEnd - valueStart;
        isHidden =
          (len === 1 && x.charCodeAt(valueStart) === 49) || (len === 4 && x.startsWith("true", valueStart));
      }
    }
    if (row < 0) decline("row without r");
    // SheetJS's guessed range starts from row 2,000,000: stay well inside Excel's limit.
    if (row >= 1048576) decline("row beyond Excel's last");
    if (row <= previousRow) decline("rows out of order");
    previousRow = row;
    if (isHidden) hidden.push(row);
    i = skipSpace(x, rowEnd + 1);
    if (rowClosed) {
      selfClosingRow = true;
      continue;
    }
    if (row < minRow) minRow = row;
    if (row > maxRow) maxRow = row;
    const kept = row >= top0 && row <= bottomKept;
    let rowValues: CellValue[] | undefined;
    let rowFormulas: (string | null)[] | undefined;
    let lastCol = -1;
    // Cells, up to </row>.
    for (;;) {
      if (x.startsWith("</row>", i)) {
        i = skipSpace(x, i + 6);
        break;
      }
      if (!isTag(x, i, "<c")) decline("unexpected tag in row");
      const cEnd = x.indexOf(">", i);
      if (cEnd < 0) decline("unclosed cell");
      const cClosed = x.charCodeAt(cEnd - 1) === 47;
      const cTo = cClosed ? cEnd - 1 : cEnd;
      let cellAttrs = 0;
      let t = T_NONE;
      for (let a = nextAttr(x, i + 2, cTo); a >= 0; a = nextAttr(x, a, cTo)) {
        const bit = cellAttrBit(x, nameStart, nameEnd);
        if (bit === 0) decline("cell attribute");
        if (cellAttrs & bit) decline("duplicate attribute");
        cellAttrs |= bit;
        if (bit === A_R) decodeCellRef(x, valueStart, valueEnd);
        else if (bit === A_T) {
          t = cellType(x, valueStart, valueEnd);
          if (t < 0) decline("cell type");
        }
      }
      if (!(cellAttrs & A_R)) decline("cell without r");
      const col = refCol;
      if (refRow !== row) decline("cell outside its row");
      if (col <= lastCol) decline("cells out of order");
      lastCol = col;
      let vStart = -1;
      let vEnd = -1;
      let f: string | undefined;
      let inline: string | null = null;
      i = skipSpace(x, cEnd + 1);
      if (!cClosed) {
        // Children, up to </c>: <v>, <f>, <is>, each at most once.
        let seenV = false;
        let seenF = false;
        for (;;) {
          if (x.startsWith("</c>", i)) {
            i = skipSpace(x, i + 4);
            break;
          }
          if (isTag(x, i, "<v") && !seenV) {
            seenV = true;
            // <v> or <v xml:space="preserve"> (SheetJS reads the text the same either way).
            const vTagEnd = x.indexOf(">", i);
            if (vTagEnd < 0 || x.charCodeAt(vTagEnd - 1) === 47) decline("self-closing value");
            let spaceSeen = false;
            for (let a = nextAttr(x, i + 2, vTagEnd); a >= 0; a = nextAttr(x, a, vTagEnd)) {
              if (spaceSeen || nameEnd - nameStart !== 9 || !x.startsWith("xml:space", nameStart))
                decline("value attribute");
              spaceSeen = true;
            }
            const lt = x.indexOf("<", vTagEnd + 1);
            if (lt < 0) decline("unclosed </v>");
            if (!x.startsWith("</v>", lt)) decline("markup inside </v>");
            if (lt > vTagEnd + 1) {
              vStart = vTagEnd + 1;
              vEnd = lt;
            }
            i = lt + 4;
          } else if (isTag(x, i, "<f") && !seenF) {
            seenF = true;
            const fEnd = x.indexOf(">", i);
            if (fEnd < 0) decline("unclosed formula");
            const fClosed = x.charCodeAt(fEnd - 1) === 47;
            const fTo = fClosed ? fEnd - 1 : fEnd;
            let fAttrs = 0;
            let isShared = false;
            let siStart = -1;
            let siEnd = -1;
            for (let a = nextAttr(x, i + 2, fTo); a >= 0; a = nextAttr(x, a, fTo)) {
              const bit = formulaAttrBit(x, nameStart, nameEnd);
              if (bit === 0) decline("array or other formula");
              if (fAttrs & bit) decline("duplicate attribute");
              fAttrs |= bit;
              if (bit === F_T) isShared = valueEnd - valueStart === 6 && x.startsWith("shared", valueStart);
              else if (bit === F_SI) {
                siStart = valueStart;
                siEnd = valueEnd;
              }
            }
            // t, si and ref only on a shared formula (t="array" and the like decline).
            if (fAttrs & (F_T | F_SI | F_REF) && !isShared) decline("array or other formula");
            // SheetJS tests for the literal text t="shared" in the tag.
            if (isShared) {
              const at = x.indexOf('t="shared"', i);
              if (at < 0 || at + 10 > fEnd) decline("shared formula tag");
            }
            let text = "";
            if (fClosed) i = fEnd + 1;
            else {
              const end = x.indexOf("</f>", fEnd + 1);
              if (end < 0) decline("unclosed </f>");
              text = x.slice(fEnd + 1, end);
              if (text.includes("<")) decline("markup inside </f>");
              i = end + 4;
            }
            // SheetJS looks for t="array" / t="shared" in the tag and the text together.
            if (text.includes('t="shared"') || text.includes('t="array"')) decline("formula text like t=");
            if (isShared) {
              const si = siStart < 0 ? "" : x.slice(siStart, siEnd);
              if (!/^(?:0|[1-9]\d{0,5})$/.test(si)) decline("shared formula si");
              shared ??= new SharedFormulas();
              if (text === "") f = shared.follower(si, row, col);
              else {
                if (!(fAttrs & F_REF)) decline("shared formula text without ref");
                shared.addMaster(si, unescapeXml(text).replace(/_xlfn\./g, ""), row, col);
              }
            } else if (fClosed) decline("self-closing formula");
            if (text !== "") f = unescapeXml(text, true).replace(/_xlfn\./g, "");
          } else if (x.startsWith("<is>", i) && inline === null) {
            const end = x.indexOf("</is>", i + 4);
            if (end < 0) decline("unclosed <is>");
            inline = x.slice(i + 4, end);
            if (inline.includes("<is")) decline("nested <is>");
            i = end + 5;
          } else decline("unexpected tag in cell");
          i = skipSpace(x, i);
        }
      }
      // Computed (and checked) for every cell, as SheetJS builds every cell.
      const value = cellValue(x, t, vStart, vEnd, inline, strings);
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
      lastRow = row;
      if (!kept || col < left0 || col > rightKept) continue;
      if (value !== null) put((rowValues ??= values[row - top0] = []), col - left0, value);
      if (f !== undefined && f !== "") put((rowFormulas ??= formulas[row - top0] = []), col - left0, `=${f}`);
    }
  }

  if (!ref) {
    // parse_ws_xml's guess. A self-closing <row/> counts in SheetJS's guess only in some
    // positions (it is scanned with the next row's tag): decline rather than imitate.
    if (selfClosingRow) decline("self-closing row without a dimension");
    if (maxCol >= minCol && maxRow >= minRow)
      ref = { s: { r: minRow, c: minCol }, e: { r: maxRow, c: maxCol } };
  }

  // SheetJS puts an empty cell under every cell a hyperlink covers (parse_ws_xml_hlinks): its rows
  // then hold cells, which moves where the Grid may end and so which hidden rows it reports. Only
  // the plain tag is read (SheetJS's attribute parser folds case, prefixes and `_` suffixes).
  for (const tag of tail.match(HYPERLINK) ?? []) {
    if (!tag.startsWith("<hyperlink ")) decline("prefixed hyperlink");
    const attrs = parseAttrs(
      tag,
      10,
      tag.charCodeAt(tag.length - 2) === 47 ? tag.length - 2 : tag.length - 1,
    );
    for (const key of attrs.keys()) if (!HYPERLINK_ATTRS.has(key)) decline("hyperlink attribute");
    // SheetJS stops at the first hyperlink without a ref.
    const linked = attrs.get("ref");
    if (linked === undefined || !CELL_RANGE.test(linked)) decline("hyperlink ref");
    const r = safeDecodeRange(linked);
    if (r.s.r > r.e.r || r.s.c > r.e.c || (r.e.r - r.s.r + 1) * (r.e.c - r.s.c + 1) > 100_000)
      decline("hyperlink range");
    if (r.e.r > lastRow) lastRow = r.e.r;
  }
  const merges: Range[] = [];
  for (const m of tail.match(MERGE) ?? []) merges.push(safeDecodeRange(m.slice(m.indexOf("=") + 2)));
  return { ref, top0, left0, values, formulas, lastRow, merges, hidden };
}
