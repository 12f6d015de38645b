/**
 * The stored criteria sets of a spreadsheet: the core's hidden sheet layout (SETS_SHEET, one row
 * per set, chunks of ≤ 25 000 characters — below Sheets' 50 000 per cell). Read in one call,
 * written in one setValues as text. Used by the units' port,
 * the province's control spreadsheet and hand-out (which copies a set into a unit's table).
 */
import { SETS_SHEET } from "@cchc/scoring-core";
import { ensureSize } from "./book";
import type { Book, Sheet } from "./services";

/** The rows of the sets sheet; [] when the spreadsheet stores none (one lookup, one read). */
export function readSetRows(book: Book): unknown[][] {
  const sheet = book.getSheetByName(SETS_SHEET);
  if (!sheet) return [];
  return sheet.getDataRange().getValues();
}

/**
 * Replaces the sets sheet's rows (the sheet is added hidden when absent). The id and unit-type
 * cells go with a leading apostrophe, so "2025" or "=x" stays the text it is (the chunks start
 * with "cchc:" and are never parsed). A fresh sheet (a just-created unit file) is Google's
 * default 1000 × 26 and needs no size check: hand-out counts every call.
 */
export function writeSetRows(book: Book, rows: string[][], options: { fresh?: boolean } = {}): Sheet {
  let sheet = options.fresh ? null : book.getSheetByName(SETS_SHEET);
  const added = !sheet;
  if (!sheet) {
    sheet = book.insertSheet(SETS_SHEET);
    sheet.hideSheet();
  } else sheet.clear();
  if (rows.length === 0) return sheet;
  const width = Math.max(...rows.map((r) => r.length));
  if (!added || rows.length > 1000 || width > 26) ensureSize(sheet, rows.length, width);
  sheet
    .getRange(1, 1, rows.length, width)
    .setValues(
      rows.map((r) => [
        ...r.map((v, c) => (c < 2 ? `'${v}` : v)),
        ...Array<string>(width - r.length).fill(""),
      ]),
    );
  return sheet;
}
