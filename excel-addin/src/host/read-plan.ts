/**
 * Pure helpers for reading a sheet under the 5 MB payload cap of Excel on the web:
 * how many rows fit in one response, and turning Office.js arrays into a core Grid.
 */
import {
  columnIndex,
  sparseFormulaRow,
  type CellValue,
  type Grid,
  type MergedArea,
} from "@cchc/scoring-core";

/** Excel on the web caps a response at 5 MB; stay well under it. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** Bytes per cell for values + formulas (two JSON arrays) in an ordinary scoring sheet. */
export const BYTES_PER_CELL = 48;

/** Row blocks [start, end) so that each read fits the budget: one block in ordinary sheets. */
export function planRowChunks(
  rowCount: number,
  columnCount: number,
  budget = PAYLOAD_BUDGET,
  bytesPerCell = BYTES_PER_CELL,
): [number, number][] {
  const perRow = Math.max(1, columnCount) * bytesPerCell;
  const rowsPerChunk = Math.max(1, Math.floor(budget / perRow));
  const out: [number, number][] = [];
  for (let start = 0; start < rowCount; start += rowsPerChunk)
    out.push([start, Math.min(rowCount, start + rowsPerChunk)]);
  return out.length ? out : [[0, 0]];
}

/** Office.js gives "" for blank cells; the core wants null. */
export function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

export function toGrid(
  sheet: string,
  values: unknown[][],
  formulas: unknown[][] | null,
  origin: { row: number; col: number },
  merges: MergedArea[] | undefined,
): Grid {
  const grid: Grid = {
    sheet,
    values: values.map((row) => row.map(toCellValue)),
    origin,
  };
  if (formulas) grid.formulas = formulas.map(formulaRow);
  if (merges) grid.merges = merges;
  return grid;
}

/** One row of Office.js `range.formulas` as the core's formula row (null when it holds no formula). */
export const formulaRow = sparseFormulaRow;

/** "'Bảng điểm'!A5:B6, 'Bảng điểm'!C7:C9" (RangeAreas.address) → merged areas relative to the grid origin. */
export function parseMergedAddress(address: string, origin: { row: number; col: number }): MergedArea[] {
  const out: MergedArea[] = [];
  const re = /!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  for (let m = re.exec(address); m; m = re.exec(address)) {
    const top = Number(m[2]) - 1 - origin.row;
    const left = columnIndex(m[1]!) - origin.col;
    const bottom = (m[4] ? Number(m[4]) - 1 : Number(m[2]) - 1) - origin.row;
    const right = (m[3] ? columnIndex(m[3]) : columnIndex(m[1]!)) - origin.col;
    if (bottom >= 0 && right >= 0)
      out.push({ top: Math.max(0, top), left: Math.max(0, left), bottom, right });
  }
  return out;
}

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "GeneralException";
}
