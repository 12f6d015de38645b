/** CellRead / NumberRead construction: one object per cell the table keeps, with its A1 address. */
import type { CellValue, Grid } from "../grid/grid";
import { parseNumberCell } from "../numbers/parse-number";
import type { CellRead, NumberRead } from "./types";

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

/** Reads cells of one grid row; `ref` is the sheet row's 1-based number. */
export class RowReader {
  constructor(
    private readonly grid: Grid,
    private readonly letters: string[],
  ) {}

  private rowNumber = -1;
  private rowLabel = "";

  private base(r: number, c: number, sheetRow: number): CellRead {
    const raw = this.grid.values[r]?.[c] ?? null;
    if (sheetRow !== this.rowNumber) {
      this.rowNumber = sheetRow;
      this.rowLabel = String(sheetRow);
    }
    const f = this.grid.formulas?.[r]?.[c];
    const formula = typeof f === "string" && f.startsWith("=") ? f : null;
    const letter = this.letters[c]!;
    let text: string;
    if (typeof raw === "number") {
      const d = this.grid.display?.[r]?.[c];
      text = typeof d === "string" && d !== "" ? cellText(d) : String(raw);
    } else text = raw === null ? "" : cellText(raw);
    return { cell: letter + this.rowLabel, row: sheetRow, column: letter, raw, formula, text };
  }

  /** A text cell; null when the column is missing or the cell is blank (no formula). */
  text(r: number, c: number | undefined, sheetRow: number): CellRead | null {
    if (c === undefined) return null;
    const raw = this.grid.values[r]?.[c];
    if ((raw === null || raw === undefined || raw === "") && !this.grid.formulas?.[r]?.[c]) return null;
    const read = this.base(r, c, sheetRow);
    return read.text === "" && read.formula === null ? null : read;
  }

  number(r: number, c: number | undefined, sheetRow: number): NumberRead | null {
    if (c === undefined) return null;
    const b = this.base(r, c, sheetRow) as NumberRead;
    b.parsed = parseNumberCell(b.raw);
    return b;
  }
}
