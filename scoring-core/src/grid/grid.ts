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

export function formulaAt(grid: Grid, r: number, c: number): string | null {
  const f = grid.formulas?.[r]?.[c];
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}
