/**
 * Reads one sheet into the core's Grid in one batch: one getValues, one getFormulas, one
 * getMergedRanges over the data range. Nothing is read cell by cell. Values are made plain
 * JSON here: a Date cell becomes text (a Date cannot cross google.script.run), "" becomes null.
 */
import type { CellValue, Grid, MergedArea } from "@cchc/scoring-core";
import { parseA1, sparseFormulaRow } from "@cchc/scoring-core";
import type { Range, Sheet } from "./services";

export interface ReadGridOptions {
  /** Formats a Date from a cell (the spreadsheet's time zone); called only when one is found. */
  formatDate: (d: Date) => string;
}

export function readGrid(sheet: Sheet, name: string, options: ReadGridOptions): Grid {
  return readRange(sheet.getDataRange(), name, options);
}

/** The same over a range that starts at A1 (a named range over a scoring table). */
export function readRange(range: Range, name: string, options: ReadGridOptions): Grid {
  const raw = range.getValues();
  const rawFormulas = range.getFormulas();
  const merged = range.getMergedRanges();
  return {
    sheet: name,
    values: raw.map((row) => row.map((v) => plainValue(v, options.formatDate))),
    formulas: rawFormulas.map(formulaRow),
    merges: merged.map(mergedArea).filter((m): m is MergedArea => m !== null),
    origin: { row: 0, col: 0 },
  };
}

/** One row of getFormulas() ("" where no formula) as the core's formula row (null when it holds none). */
export const formulaRow = sparseFormulaRow;

export function plainValue(v: unknown, formatDate: (d: Date) => string): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? (v === 0 ? 0 : v) : String(v);
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date || Object.prototype.toString.call(v) === "[object Date]") {
    const d = v as Date;
    return Number.isNaN(d.getTime()) ? null : formatDate(d);
  }
  return String(v);
}

/** One call per merged area (its A1 notation); sheets carry few merges, mostly in headers. */
function mergedArea(r: Range): MergedArea | null {
  const a1 = r.getA1Notation();
  const [from, to = from] = a1.split(":");
  const a = from ? parseA1(from) : null;
  const b = to ? parseA1(to) : null;
  if (!a || !b) return null;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}
