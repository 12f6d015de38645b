/** What a host hands the core: one sheet as plain arrays, read in one batch. */
export type CellValue = string | number | boolean | null;

/** A merged area, 0-based and inclusive, in the grid's own coordinates (row 0 = the grid's first row). */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One grid row's formulas (see Grid.formulas); null when the row holds none. */
export type FormulaRow = (string | null)[] | null;

export interface Grid {
  /** Sheet name, used in every issue. */
  sheet: string;
  /** values[r][c]; rows may be ragged. Errors (#REF!, #VALUE!…) arrive as their text. */
  values: CellValue[][];
  /**
   * Parallel formulas ("=SUM(D5:D9)"), null or "" (or nothing: rows may be ragged) where a cell
   * holds a constant. A row without any formula may be given as null (what every host reader
   * gives, and the cheapest to read), as an empty array, or left out (a hole, or past the end of
   * `formulas`, which may stop after the last row holding one); a full row of nulls reads the same,
   * only slower. Readers must accept every one of these forms.
   */
  formulas?: FormulaRow[];
  /** Parallel display texts as the host shows them (optional). */
  display?: (string | null)[][];
  merges?: MergedArea[];
  /** 0-based grid rows hidden by the user (kept, but reported). */
  hiddenRows?: number[];
  /** Where the grid starts in the sheet (0-based); a used range may not begin at A1. */
  origin?: { row: number; col: number };
}

export function cellAt(grid: Grid, r: number, c: number): CellValue {
  const row = grid.values[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/**
 * One row of a host's formulas (Office.js `range.formulas` gives a formula or the value for every
 * cell, Apps Script `getFormulas()` a formula or "") as the grid's formula row: null when no cell
 * holds a formula ("=…"), else the full row with null for every other cell. Every host reader
 * uses it, so every host gives the sparse form the reader reads cheapest.
 */
export function sparseFormulaRow(row: readonly unknown[]): FormulaRow {
  let out: (string | null)[] | null = null;
  for (let c = 0; c < row.length; c++) {
    const f = row[c];
    if (typeof f === "string" && f.startsWith("="))
      (out ??= new Array<string | null>(row.length).fill(null))[c] = f;
  }
  return out;
}

export function formulaAt(grid: Grid, r: number, c: number): string | null {
  const f = grid.formulas?.[r]?.[c];
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}
