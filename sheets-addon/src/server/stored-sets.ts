/**
 * The stored criteria sets of a spreadsheet: the core's hidden sheet layout (SETS_SHEET, one row
 * per set, chunks of ≤ 25 000 characters — below Sheets' 50 000 per cell). Read in one call,
 * written in one batch as plain text ("@": an id like "2025" stays text). Used by the units' port,
 * the province's control spreadsheet and hand-out (which copies a set into a unit's table).
 */
import { SETS_SHEET } from "@cchc/scoring-core";
import { ensureSize } from "./book";
import type { Book } from "./services";

/** The rows of the sets sheet; [] when the spreadsheet stores none (one lookup, one read). */
export function readSetRows(book: Book): unknown[][] {
  const sheet = book.getSheetByName(SETS_SHEET);
  if (!sheet) return [];
  return sheet.getDataRange().getValues();
}

/** Replaces the sets sheet's rows (the sheet is added hidden when absent). */
export function writeSetRows(book: Book, rows: string[][]): void {
  let sheet = book.getSheetByName(SETS_SHEET);
  if (!sheet) {
    sheet = book.insertSheet(SETS_SHEET, book.getNumSheets());
    sheet.hideSheet();
  } else sheet.clear();
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  ensureSize(sheet, rows.length, width);
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormat("@");
  range.setValues(rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]));
}
