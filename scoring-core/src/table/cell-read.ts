/** CellRead / NumberRead construction: one object per cell the table keeps, with its A1 address. */
import type { CellValue, Grid } from "../grid/grid";
import { parseNumberCell } from "../numbers/parse-number";
import type { CellRead, NumberRead } from "./types";

const WS = /[\s\u00a0]+/g;
const NEEDS_CLEAN = /[\t\n\r\u00a0]| {2}|^ | $/;

/** Trimmed, single-spaced NFC text; cheap when the text is already clean. */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") {
    if (v === "") return "";
    const s = NEEDS_CLEAN.test(v) ? v.replace(WS, " ").trim() : v;
    return s.normalize("NFC");
  }
  if (typeof v === "number") return String(v);
  return v ? "TRUE" : "FALSE";
}

/** Reads cells of one grid row; `ref` is the sheet row's 1-based number. */
export class RowReader {
  constructor(
    private readonly grid: Grid,
    private readonly letters: string[],
  ) {}

  private base(r: number, c: number, sheetRow: number): CellRead {
    const raw = this.grid.values[r]?.[c] ?? null;
    const f = this.grid.formulas?.[r]?.[c];
    const formula = typeof f === "string" && f.startsWith("=") ? f : null;
    const letter = this.letters[c]!;
    let text: string;
    if (typeof raw === "number") {
      const d = this.grid.display?.[r]?.[c];
      text = typeof d === "string" && d !== "" ? cellText(d) : String(raw);
    } else text = cellText(raw);
    return { cell: letter + sheetRow, row: sheetRow, column: letter, raw, formula, text };
  }

  text(r: number, c: number | undefined, sheetRow: number): CellRead | null {
    return c === undefined ? null : this.base(r, c, sheetRow);
  }

  number(r: number, c: number | undefined, sheetRow: number): NumberRead | null {
    if (c === undefined) return null;
    const b = this.base(r, c, sheetRow) as NumberRead;
    b.parsed = parseNumberCell(b.raw);
    return b;
  }
}
