/**
 * A fast-path sheet → the core's Grid, cut exactly as read-workbook-grids.ts's sheetToGrid cuts
 * SheetJS's sheet: from the range's top left to the last row holding a cell (no further than the
 * range), trailing rows without values or formulas dropped, merges and hidden rows made relative
 * to the origin. The rows themselves were built by worksheet.ts, so nothing is copied here
 * unless a sheet without a declared range starts right of column A.
 */
import type { CellValue, FormulaRow, Grid, MergedArea } from "@cchc/scoring-core";
import type { FastSheet } from "./worksheet";

export function fastSheetToGrid(name: string, sheet: FastSheet): Grid {
  const { ref } = sheet;
  if (!ref) return { sheet: name, values: [], origin: { row: 0, col: 0 } };
  const top = ref.s.r;
  const left = ref.s.c;
  const bottom = Math.min(ref.e.r, sheet.lastRow);
  // Rows are kept from column left0: 0 when the range was guessed after the scan.
  const shift = left - sheet.left0;
  const values: CellValue[][] = [];
  let formulas: FormulaRow[] | undefined;
  for (let r = top; r <= bottom; r++) {
    const k = r - sheet.top0;
    const v = sheet.values[k];
    values.push(v === undefined ? [] : shift > 0 ? v.slice(shift) : v);
    const f = sheet.formulas[k];
    if (f !== undefined) {
      formulas ??= [];
      while (formulas.length < r - top) formulas.push(null);
      formulas.push(shift > 0 ? f.slice(shift) : f);
    }
  }
  // Drop trailing empty rows so the grid ends where the data does.
  while (
    values.length > 0 &&
    values[values.length - 1]!.length === 0 &&
    !formulas?.[values.length - 1]?.length
  )
    values.pop();
  const grid: Grid = { sheet: name, values, origin: { row: top, col: left } };
  if (formulas) grid.formulas = formulas;
  if (sheet.merges.length > 0)
    grid.merges = sheet.merges.map((m): MergedArea => ({
      top: m.s.r - top,
      left: m.s.c - left,
      bottom: m.e.r - top,
      right: m.e.c - left,
    }));
  const hiddenRows: number[] = [];
  for (const r of sheet.hidden) if (r >= top && r <= bottom) hiddenRows.push(r - top);
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  return grid;
}
