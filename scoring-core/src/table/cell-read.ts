/** CellRead / NumberRead construction: one object per cell the table keeps, with its A1 address. */
import type { CellValue, FormulaRow, Grid } from "../grid/grid";
import { parseNumberCell, type ParsedNumber } from "../numbers/parse-number";
import type { CellRead, NumberRead } from "./types";
import { BoundedMemo } from "../memo/bounded-memo";
import { plainConstructor } from "./plain-constructor";
import { NOT_CLEAN } from "../grid/fold-text";

const WS = /[\s\u0085]+/g;

/** Trimmed, single-spaced NFC text; one scan, and no copy when the text is already clean. */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return cleanString(v);
  if (typeof v === "number") return String(v);
  return v ? "TRUE" : "FALSE";
}

/** Trimmed, single-spaced NFC text; one scan, and no copy when the text is already clean. */
export function cleanString(v: string): string {
  const n = v.length;
  if (n === 0) return "";
  if (v.charCodeAt(0) !== 32 && v.charCodeAt(n - 1) !== 32 && !NOT_CLEAN.test(v)) return v;
  let spaces = false;
  let marks = false;
  let prevSpace = true; // a leading space needs trimming
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c > 32 && c < 0x7f) {
      prevSpace = false; // ASCII
    } else if (c === 32) {
      if (prevSpace) spaces = true;
      prevSpace = true;
    } else if (c < 32) {
      spaces = true; // line breaks, tabs
      prevSpace = true;
    } else if (c < 0x300) {
      // Latin-1 and Latin Extended (à, ă, đ, ơ, ư…); only NBSP and NEL are spaces here.
      if (c === 0xa0 || c === 0x85) {
        spaces = true;
        prevSpace = true;
      } else prevSpace = false;
    } else if (c >= 0x1e00 && c <= 0x1eff) {
      prevSpace = false; // precomposed Vietnamese (ạ, ả, ế…)
    } else if (
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    ) {
      spaces = true;
      prevSpace = true;
    } else {
      prevSpace = false;
      // Anything else NFC might change: combining marks (NFD text), compatibility characters,
      // other scripts. General punctuation and currency signs never need it.
      if (!(c >= 0x2010 && c <= 0x20cf)) marks = true;
    }
  }
  if (prevSpace) spaces = true; // trailing space
  let s = spaces ? v.replace(WS, " ").trim() : v;
  if (marks) s = s.normalize("NFC");
  return s;
}

/**
 * A1 addresses by column letters, then by 1-based sheet row: a province's sheets share one
 * template, so after the first table no address string is built again (rows past the bound are
 * built each time).
 */
const ADDRESSES = new Map<string, string[]>();
const ADDRESS_ROWS = 5_000;
const ADDRESS_COLUMNS = 256;

function addressesOf(letter: string): string[] {
  let a = ADDRESSES.get(letter);
  if (a === undefined) {
    a = [];
    if (ADDRESSES.size < ADDRESS_COLUMNS) ADDRESSES.set(letter, a);
  }
  return a;
}

const BLANKS = new Map<string, NumberRead[]>();

function blanksOf(letter: string): NumberRead[] {
  let a = BLANKS.get(letter);
  if (a === undefined) {
    a = [];
    if (BLANKS.size < ADDRESS_COLUMNS) BLANKS.set(letter, a);
  }
  return a;
}

/** A score cell's text and reading, shared by every cell holding the same value. */
interface ScoreText {
  text: string;
  parsed: ParsedNumber;
}

/**
 * Score and maximum cells hold a few distinct values ("0,5", 1, 0.25…) across thousands of cells:
 * each value's text and reading are made once. Keys: numbers, and texts short enough to be a
 * score; bounded like the other memos.
 */
const SCORE_MEMO = new BoundedMemo<string | number, ScoreText>(10_000);
const SCORE_TEXT_LENGTH = 24;
const BLANK_PARSED = parseNumberCell(null);

/** Quarter-point scores 0..100 by raw × 4: found without hashing (most score cells). */
const QUARTERS: (ScoreText | undefined)[] = new Array<ScoreText | undefined>(401);

/**
 * Short score texts ("0,5", "1,25") by a hash of three of their characters, in front of the memo:
 * a hit is one string comparison, no Map probe. A collision only falls through to the memo.
 */
const SLOTS = 512;
const SLOT_RAW: (string | undefined)[] = new Array<string | undefined>(SLOTS);
const SLOT_SCORE: (ScoreText | undefined)[] = new Array<ScoreText | undefined>(SLOTS);

function scoreText(raw: string | number): ScoreText {
  if (typeof raw === "number") {
    const k = raw * 4;
    if (k >= 0 && k <= 400 && (k | 0) === k)
      return (QUARTERS[k] ??= { text: String(raw), parsed: parseNumberCell(raw) });
    return SCORE_MEMO.get(raw, readScoreText);
  }
  const n = raw.length;
  if (n === 0 || n > 8) return SCORE_MEMO.get(raw, readScoreText);
  const h =
    (raw.charCodeAt(0) * 7 + raw.charCodeAt(n >> 1) * 31 + raw.charCodeAt(n - 1) * 3 + n) & (SLOTS - 1);
  if (SLOT_RAW[h] === raw) return SLOT_SCORE[h]!;
  const score = SCORE_MEMO.get(raw, readScoreText);
  SLOT_RAW[h] = raw;
  SLOT_SCORE[h] = score;
  return score;
}

function readScoreText(raw: string | number): ScoreText {
  return { text: typeof raw === "number" ? String(raw) : cleanString(raw), parsed: parseNumberCell(raw) };
}

/**
 * Cleaned text of template cells (titles, codes, rule texts): every unit of a province fills the
 * same template, so each distinct text is cleaned once. Bounded; per-unit texts (evidence,
 * explanations) do not come here.
 */
const TEMPLATE_MEMO = new BoundedMemo<string, string>(5_000);
const TEMPLATE_TEXT_LENGTH = 300;

export function templateText(v: CellValue): string {
  if (typeof v !== "string" || v.length > TEMPLATE_TEXT_LENGTH) return cellText(v);
  return TEMPLATE_MEMO.get(v, cleanString);
}

const NO_ROW: CellValue[] = [];

/**
 * Every NumberRead the reader makes, made by `new`, not by an object literal, so V8 cannot
 * pretenure them (see plain-constructor.ts: a scavenge during the first, cold table read would
 * otherwise send every later cell to the old generation). Plain objects with the literal's own
 * data fields in its order, one shape for every cell.
 */
const NumberCell = plainConstructor(function (
  this: NumberRead,
  cell: string,
  row: number,
  column: string,
  raw: CellValue,
  formula: string | null,
  text: string,
  parsed: ParsedNumber,
) {
  this.cell = cell;
  this.row = row;
  this.column = column;
  this.raw = raw;
  this.formula = formula;
  this.text = text;
  this.parsed = parsed;
});

/** Every CellRead the reader makes (text cells), made by `new` for the same reason as NumberCell. */
const TextCell = plainConstructor(function (
  this: CellRead,
  cell: string,
  row: number,
  column: string,
  raw: CellValue,
  formula: string | null,
  text: string,
) {
  this.cell = cell;
  this.row = row;
  this.column = column;
  this.raw = raw;
  this.formula = formula;
  this.text = text;
});

/**
 * The columns a RowReader addresses (sheet letters by grid column) with their shared address and
 * blank-cell caches: made once for tables that share a header (see read-table.ts's plan).
 */
export interface ReaderColumns {
  letters: string[];
  addresses: string[][];
  blanks: NumberRead[][];
}

export function readerColumns(letters: string[]): ReaderColumns {
  return { letters, addresses: letters.map(addressesOf), blanks: letters.map(blanksOf) };
}

/**
 * Reads the cells of one grid row at a time (`at` moves to it): the row's values, formulas and
 * display texts are looked up once per row, not once per cell.
 */
export class RowReader {
  private readonly values: Grid["values"];
  private readonly formulas: Grid["formulas"] | null;
  private readonly display: Grid["display"] | null;
  private readonly letters: string[];
  private readonly addresses: string[][];
  private readonly blanks: NumberRead[][];
  private vrow: CellValue[] = NO_ROW;
  /** The row's formulas; null or undefined when the host gave none for the row (grid.ts). */
  private frow: FormulaRow | undefined = undefined;
  private drow: (string | null)[] | undefined = undefined;
  private sr = 0;

  constructor(grid: Grid, columns: ReaderColumns) {
    this.values = grid.values;
    this.formulas = grid.formulas ?? null;
    this.display = grid.display ?? null;
    this.letters = columns.letters;
    this.addresses = columns.addresses;
    this.blanks = columns.blanks;
  }

  /** Moves to grid row r, sheet row `sheetRow` (1-based). */
  at(r: number, sheetRow: number): void {
    const v = this.values[r];
    this.vrow = Array.isArray(v) ? v : NO_ROW;
    this.frow = this.formulas?.[r];
    this.drow = this.display?.[r];
    this.sr = sheetRow;
  }

  /** "F12" for sheet column c (grid-relative) and a 1-based sheet row, from the shared cache. */
  address(c: number, sheetRow: number): string {
    const byRow = this.addresses[c]!;
    let s = byRow[sheetRow];
    if (s === undefined) {
      s = this.letters[c]! + String(sheetRow);
      if (sheetRow < ADDRESS_ROWS) byRow[sheetRow] = s;
    }
    return s;
  }

  private formulaAt(c: number): string | null {
    const f = this.frow?.[c];
    return typeof f === "string" && f.charCodeAt(0) === 61 /* = */ ? f : null;
  }

  /** The display text of a number cell, when the host gave one. */
  private displayAt(c: number): string | null {
    const d = this.drow?.[c];
    return typeof d === "string" && d !== "" ? d : null;
  }

  /** A text cell of the current row; null when the column is missing or the cell is blank (no formula). */
  text(c: number | undefined): CellRead | null {
    if (c === undefined) return null;
    const raw = this.vrow[c] ?? null;
    if ((raw === null || raw === "") && !this.frow?.[c]) return null;
    const formula = this.formulaAt(c);
    let text: string;
    if (typeof raw === "number") {
      const d = this.displayAt(c);
      text = d !== null ? cellText(d) : String(raw);
    } else text = raw === null ? "" : cellText(raw);
    if (text === "" && formula === null) return null;
    const sr = this.sr;
    return new TextCell(this.address(c, sr), sr, this.letters[c]!, raw, formula, text);
  }

  /** The blank score cell (no value, no formula) at column c of the current row: shared. */
  private blank(c: number): NumberRead {
    const sr = this.sr;
    const byRow = this.blanks[c]!;
    let b = byRow[sr];
    if (b === undefined) {
      b = new NumberCell(this.address(c, sr), sr, this.letters[c]!, null, null, "", BLANK_PARSED);
      if (sr < ADDRESS_ROWS) byRow[sr] = b;
    }
    return b;
  }

  /** A score cell of the current row; null only when the column is missing. */
  number(c: number | undefined): NumberRead | null {
    if (c === undefined) return null;
    const raw = this.vrow[c] ?? null;
    let text: string;
    let parsed: ParsedNumber;
    if (raw === null) {
      const formula = this.formulaAt(c);
      if (formula === null) return this.blank(c);
      text = "";
      parsed = BLANK_PARSED;
    } else if (typeof raw === "number") {
      const d = this.displayAt(c);
      if (d !== null) {
        text = cellText(d);
        parsed = parseNumberCell(raw);
      } else ({ text, parsed } = scoreText(raw));
    } else if (typeof raw === "string" && raw.length <= SCORE_TEXT_LENGTH)
      ({ text, parsed } = scoreText(raw));
    else {
      text = cellText(raw);
      parsed = parseNumberCell(raw);
    }
    const sr = this.sr;
    return new NumberCell(this.address(c, sr), sr, this.letters[c]!, raw, this.formulaAt(c), text, parsed);
  }
}
