// Reference: src/table/cell-read.ts as it was before the session-4 fast path (commit f71f642), kept
// unchanged so test/table/read-fast-path.test.ts can read every grid with both readers.
/** CellRead / NumberRead construction: one object per cell the table keeps, with its A1 address. */
import type { CellValue, Grid } from "../../../src/grid/grid";
import { parseNumberCell } from "../../../src/numbers/parse-number";
import type { CellRead, NumberRead } from "../../../src/table/types";

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

/** Reads cells of one grid row; `ref` is the sheet row's 1-based number. */
export class RowReader {
  private readonly values: Grid["values"];
  private readonly formulas: Grid["formulas"] | null;
  private readonly display: Grid["display"] | null;

  constructor(
    grid: Grid,
    private readonly letters: string[],
  ) {
    this.values = grid.values;
    this.formulas = grid.formulas ?? null;
    this.display = grid.display ?? null;
    this.addresses = letters.map(addressesOf);
  }

  private readonly addresses: string[][];

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

  private formulaAt(r: number, c: number): string | null {
    const f = this.formulas?.[r]?.[c];
    return typeof f === "string" && f.startsWith("=") ? f : null;
  }

  private textOf(raw: CellValue, r: number, c: number): string {
    if (typeof raw === "number") {
      const d = this.display?.[r]?.[c];
      return typeof d === "string" && d !== "" ? cellText(d) : String(raw);
    }
    return raw === null ? "" : cellText(raw);
  }

  /** A text cell; null when the column is missing or the cell is blank (no formula). */
  text(r: number, c: number | undefined, sheetRow: number): CellRead | null {
    if (c === undefined) return null;
    const raw = this.values[r]?.[c] ?? null;
    if ((raw === null || raw === "") && !this.formulas?.[r]?.[c]) return null;
    const formula = this.formulaAt(r, c);
    const text = this.textOf(raw, r, c);
    if (text === "" && formula === null) return null;
    const letter = this.letters[c]!;
    return { cell: this.address(c, sheetRow), row: sheetRow, column: letter, raw, formula, text };
  }

  number(r: number, c: number | undefined, sheetRow: number): NumberRead | null {
    if (c === undefined) return null;
    const raw = this.values[r]?.[c] ?? null;
    const letter = this.letters[c]!;
    // One literal with every field: objects of one shape (no property added afterwards).
    return {
      cell: this.address(c, sheetRow),
      row: sheetRow,
      column: letter,
      raw,
      formula: this.formulaAt(r, c),
      text: this.textOf(raw, r, c),
      parsed: parseNumberCell(raw),
    };
  }
}
