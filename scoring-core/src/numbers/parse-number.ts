import type { CellValue } from "../grid/grid";
import { toPrecision15 } from "./decimal";
import { isNotApplicableText } from "./not-applicable";
import { BoundedMemo } from "../memo/bounded-memo";

/** What a score/maximum cell holds once read. */
export type ParsedNumber =
  | { kind: "number"; value: number }
  | { kind: "blank" }
  /** "Không áp dụng", "KAD", "N/A" */
  | { kind: "not-applicable" }
  | { kind: "error"; error: string }
  | { kind: "invalid"; text: string };

export type { CellValue };

const BLANK: ParsedNumber = Object.freeze({ kind: "blank" });
const NOT_APPLICABLE: ParsedNumber = Object.freeze({ kind: "not-applicable" });

/** Spreadsheet error values (Excel, Google Sheets, LibreOffice), upper-case. */
const ERROR_VALUES = new Set([
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#N/A",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#GETTING_DATA",
  "#ERROR!",
  "#N/A!",
  "ERR:502",
  "ERR:504",
  "ERR:508",
  "ERR:522",
]);

/** Dashes people type for "nothing here". */
const DASHES = new Set(["-", "–", "—", "−", "--", "---"]);

// Compiled once. A numeric text: sign, digits with at most "," and "." separators, optional exponent,
// optional trailing unit ("điểm", "đ").
const NUMERIC = /^([+\-−]?)([0-9][0-9.,]*|[.,][0-9]+)(?:[eE]([+\-−]?[0-9]{1,3}))?$/;
const UNIT_SUFFIX = /\s*(?:điểm|điêm|diem|đ)\.?$/iu;
const GROUPED_DOTS = /^[0-9]{1,3}(?:\.[0-9]{3})+$/;
const GROUPED_COMMAS = /^[0-9]{1,3}(?:,[0-9]{3})+$/;
const EDGE_SPACE = /^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b\ufeff]+$/g;
const SPACE_GROUPED = /^([+\-−]?)([0-9]{1,3}(?: [0-9]{3})+)([.,][0-9]+)?$/;

/**
 * Reads a score or maximum cell: numbers (cut to 15 digits), "7,5", "7.5", " 7,50 ", numbers
 * stored as text, blank and "-" (blank), "Không áp dụng" (not applicable), "#REF!" (error),
 * anything else invalid ("đạt").
 *
 * Separators in text, decided once for the whole domain (scores and maxima are far below 1000):
 * - one "," or one "." is the decimal separator: "7,5" = "7.5" = 7,5 and "1.234" = 1,234;
 * - repeated separators of one kind are thousands groups of three: "1.234.567", "1,234,567";
 * - both kinds: the last one is the decimal separator and the other must group by three
 *   ("1.234,5" = "1,234.5" = 1234,5); anything else ("1,2.3,4") is invalid;
 * - "1 234,5" (space groups) is accepted; exponents ("1e3", "2,5E-1") are accepted because the
 *   spreadsheet itself would read a typed "1E3" as 1000;
 * - a trailing "điểm" / "đ" is dropped ("2 điểm" = 2); "50%", "Có", "Không", "đạt" and booleans
 *   are invalid (a yes/no rule is interpreted by validation, not here).
 * Non-finite numbers are invalid; huge finite ones stay numbers (validation flags them).
 */
export function parseNumberCell(value: CellValue): ParsedNumber {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "boolean") return { kind: "invalid", text: value ? "TRUE" : "FALSE" };
  // Score and maximum cells hold a few distinct values ("0,5", 1, 0.25…) across thousands of
  // cells: each is read once and its (frozen) result shared.
  if (typeof value === "number" || value.length <= MEMO_TEXT_LENGTH) {
    return MEMO.get(value, readFrozenNumber);
  }
  return readText(value);
}

/** parseNumberCell without the memo: the reference the memo is tested against. */
export function readNumberCell(value: CellValue): ParsedNumber {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "number") return readHostNumber(value);
  if (typeof value === "boolean") return { kind: "invalid", text: value ? "TRUE" : "FALSE" };
  return readText(value);
}

const MEMO = new BoundedMemo<string | number, ParsedNumber>(10_000);
const readFrozenNumber = (value: string | number): ParsedNumber => Object.freeze(readNumberCell(value));
const MEMO_TEXT_LENGTH = 24;

function readHostNumber(x: number): ParsedNumber {
  if (!Number.isFinite(x)) return { kind: "invalid", text: String(x) };
  return { kind: "number", value: cut15(x) };
}

/**
 * toPrecision15 without its string round trip for the common case: a value that is already the
 * nearest double of a decimal with at most 6 places is returned as is.
 */
function cut15(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x === 0 ? 0 : x;
  const scaled = x * 1e6;
  if (Number.isInteger(scaled) && Math.abs(scaled) < 1e15 && scaled / 1e6 === x) return x;
  return toPrecision15(x);
}

function readText(raw: string): ParsedNumber {
  // Fast path: no surrounding space to trim ("7", "7,5").
  let s = isTrimmed(raw) ? raw : raw.replace(EDGE_SPACE, "");
  if (s === "") return BLANK;
  if (DASHES.has(s)) return BLANK;
  const c0 = s.charCodeAt(0);
  if (c0 === 35 /* # */ || c0 === 69 /* E */ || c0 === 101 /* e */) {
    const upper = s.toUpperCase();
    if (ERROR_VALUES.has(upper)) return { kind: "error", error: upper };
  }
  const n = readNumericText(s);
  if (n !== null) return { kind: "number", value: n };
  // Numbers with a unit: "2 điểm", "1,5đ".
  s = s.normalize("NFC");
  if (UNIT_SUFFIX.test(s)) {
    const m = readNumericText(s.replace(UNIT_SUFFIX, ""));
    if (m !== null) return { kind: "number", value: m };
  }
  if (isNotApplicableText(s)) return NOT_APPLICABLE;
  return { kind: "invalid", text: s };
}

function isTrimmed(s: string): boolean {
  if (s === "") return true;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return a > 32 && a < 127 && b > 32 && b < 127;
}

/** The numeric value of a text, or null when it is not a number under the rules above. */
function readNumericText(s: string): number | null {
  const simple = simpleDecimal(s);
  if (simple !== null) return simple;
  const m = NUMERIC.exec(s);
  if (m === null) {
    const g = SPACE_GROUPED.exec(s);
    if (g === null) return null;
    return readNumericText(`${g[1]}${g[2]!.replace(/ /g, "")}${g[3] ?? ""}`);
  }
  const sign = m[1] === "" || m[1] === "+" ? "" : "-";
  const body = normaliseSeparators(m[2]!);
  if (body === null) return null;
  const exp = m[3] === undefined ? "" : `e${m[3].replace("−", "-")}`;
  const v = Number(`${sign}${body}${exp}`);
  if (!Number.isFinite(v)) return null;
  return v === 0 ? 0 : cut15(v);
}

/**
 * The common case without a regex: digits with at most one "," or "." between digits ("7", "0,75",
 * "1.5"), which the rules above read as a plain decimal. Null for anything else (the full path decides).
 */
function simpleDecimal(s: string): number | null {
  const n = s.length;
  if (n === 0 || n > 15) return null;
  let sep = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c === 44 || c === 46) && sep < 0 && i > 0 && i < n - 1) {
      sep = i;
      continue;
    }
    return null;
  }
  const v = Number(sep >= 0 && s.charCodeAt(sep) === 44 ? s.replace(",", ".") : s);
  return v === 0 ? 0 : cut15(v);
}

/** "1.234,5" → "1234.5"; null when separators are used inconsistently. */
function normaliseSeparators(body: string): string | null {
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  if (lastDot < 0 && lastComma < 0) return body;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const intPart = body.slice(0, decimalAt);
    const frac = body.slice(decimalAt + 1);
    if (frac === "" || !/^[0-9]+$/.test(frac)) return null;
    const grouped = lastDot > lastComma ? GROUPED_COMMAS : GROUPED_DOTS;
    if (!grouped.test(intPart)) return null;
    return `${intPart.replace(/[.,]/g, "")}.${frac}`;
  }
  const sep = lastDot >= 0 ? "." : ",";
  const first = body.indexOf(sep);
  if (first === body.length - 1) return first === 0 ? null : body.slice(0, -1); // "7." / "7,"
  if (first === lastDot || first === lastComma) return sep === "," ? body.replace(",", ".") : body;
  // Repeated separator: thousands groups.
  const grouped = sep === "." ? GROUPED_DOTS : GROUPED_COMMAS;
  return grouped.test(body) ? body.replace(/[.,]/g, "") : null;
}
