/**
 * The numbering of a scoring-table row as typed: Roman fields ("II"), integers ("2"), dotted
 * codes ("2.1", "2.1.3", "2.1." with a trailing dot, "2,1" as a Vietnamese-locale display), letter
 * items ("a)", "b.") and rule lines ("-", "+").
 */
export type Numbering =
  | { kind: "roman"; value: number; raw: string }
  | { kind: "int"; value: number; raw: string }
  /** code: "1.2.3" (commas read as dots, leading zeros dropped); first and last parts; depth 2+; parent: "1.2". */
  | { kind: "dotted"; code: string; first: number; last: number; depth: number; parent: string; raw: string }
  | { kind: "letter"; letter: string; raw: string }
  | { kind: "rule"; raw: string };
import { BoundedMemo } from "../memo/bounded-memo";

const ROMAN: ReadonlyMap<string, number> = new Map(
  Object.entries({
    I: 1,
    II: 2,
    III: 3,
    IV: 4,
    V: 5,
    VI: 6,
    VII: 7,
    VIII: 8,
    IX: 9,
    X: 10,
    XI: 11,
    XII: 12,
    XIII: 13,
    XIV: 14,
    XV: 15,
  }),
);

const DOTTED = /^\d{1,3}(?:[.,]\d{1,3})+$/;
const INT = /^\d{1,3}$/;
const LEADING_ZERO = /(?:^|\.)0\d/;
/** "a)", "b.", or a bare "a" in the STT column (some provinces type items so). */
const LETTER = /^([a-zđ])[).]?$/;
const RULE_START = /^[-+–—•*]/;
/** "Lĩnh vực I", "Tiêu chí 1", "TC 1.1", "TCTP 1.1.2" typed in the STT column: the word goes, the number stays. */
const NAMED = /^(?:lĩnh vực|tiêu chí(?: thành phần)?|tctp|tc|lv)\s*(?=[0-9IVX])/iu;

/**
 * Codes come from the province's template ("1.2.3", "II", "a)"), so each distinct text is read
 * once and its frozen result shared by every table; bounded like the other text memos.
 */
const MEMO = new BoundedMemo<string, Numbering | null>(5_000);
const MEMO_TEXT_LENGTH = 16;

/** Reads a code cell's text (already trimmed). null: not a numbering. */
export function parseNumbering(text: string): Numbering | null {
  if (text.length > MEMO_TEXT_LENGTH) return readNumbering(text);
  return MEMO.get(text, readFrozenNumbering);
}

function readFrozenNumbering(text: string): Numbering | null {
  const n = readNumbering(text);
  return n === null ? null : Object.freeze(n);
}

/** parseNumbering without the memo: the reference the memo is tested against. */
export function readNumbering(text: string): Numbering | null {
  if (text === "") return null;
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const t = text.endsWith(".") ? text.slice(0, -1) : text;
    if (INT.test(t)) return { kind: "int", value: Number(t), raw: text };
    if (DOTTED.test(t)) return dotted(t, text);
    return null;
  }
  if (RULE_START.test(text)) return { kind: "rule", raw: text };
  const named = NAMED.exec(text);
  if (named) {
    const inner = readNumbering(text.slice(named[0].length));
    return inner === null || inner.kind === "rule" || inner.kind === "letter"
      ? null
      : { ...inner, raw: text };
  }
  const t = text.endsWith(".") || text.endsWith(":") ? text.slice(0, -1).trimEnd() : text;
  const roman = ROMAN.get(t); // a Map: "constructor" is no numeral
  if (roman !== undefined) return { kind: "roman", value: roman, raw: text };
  // Lower-case only: "A.", "B." are parts of a sheet ("A. Tự đánh giá", "B. Điều tra xã hội học").
  const m = LETTER.exec(text);
  if (m) return { kind: "letter", letter: m[1]!, raw: text };
  return null;
}

function dotted(t: string, raw: string): Numbering {
  let code = t.includes(",") ? t.replace(/,/g, ".") : t;
  if (code.includes("0") && LEADING_ZERO.test(code)) code = code.split(".").map(Number).join(".");
  let depth = 1;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 46) depth++;
  const lastDot = code.lastIndexOf(".");
  return {
    kind: "dotted",
    code: codeString(code),
    first: parseInt(code, 10),
    last: Number(code.slice(lastDot + 1)),
    depth,
    parent: codeString(code.slice(0, lastDot)),
    raw,
  };
}

/**
 * One string per dotted code: a row's `parent` ("1.2") is then the very string its parent row's
 * `code` is, and the tree finds the parent with a pointer comparison, not a character one.
 */
const CODE_STRINGS = new BoundedMemo<string, string>(5_000);
const itself = (s: string): string => s;
function codeString(code: string): string {
  return CODE_STRINGS.get(code, itself);
}

/** A number cell in the code column: 2 → "2"; 1.1 → "1.1" (1.10 is indistinguishable without the display text). */
export function numberingOfNumber(n: number): Numbering | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  return parseNumbering(String(n));
}

const LEADING = /^((?:[IVX]{1,4}|\d{1,3}(?:\.\d{1,3})*)\.?|[a-zđ]\))[\s\u00a0]+(\S[\s\S]*)$/;
const LEADING_LETTER = /^([a-zđ]\))[\s\u00a0]+(\S[\s\S]*)$/;

/**
 * Numbering at the start of a title cell ("1.1. Ban hành…", "II. CẢI CÁCH…", "a) …"), for sheets
 * without an STT column; `lettersOnly` for sheets that have one but type items in the title.
 */
export function leadingNumbering(
  title: string,
  lettersOnly: boolean,
): { numbering: Numbering; rest: string } | null {
  const c = title.charCodeAt(0);
  const maybe =
    (c >= 48 && c <= 57) || c === 73 || c === 86 || c === 88 || (c >= 97 && c <= 122) || c === 273;
  if (!maybe) return null;
  const m = (lettersOnly ? LEADING_LETTER : LEADING).exec(title);
  if (!m) return null;
  const numbering = parseNumbering(m[1]!);
  if (!numbering || numbering.kind === "rule") return null;
  return { numbering, rest: m[2]! };
}

const PART = /^[A-Z][.)]?$/;

/** "A", "B.", "C)": a part heading in the numbering column; it ends the block above. */
export function isPartHeading(text: string): boolean {
  return text.length <= 2 && PART.test(text);
}

export function isRuleLine(text: string): boolean {
  return text !== "" && RULE_START.test(text);
}
