/** Finding sheets in the open spreadsheet, with errors that name what is missing. */
import { freeSheetName as coreFreeSheetName } from "@cchc/scoring-core/workflow";
import { AddonError } from "../shared/errors";
import type { Book, Services, Sheet } from "./services";

export function activeBook(svc: Services): Book {
  const book = svc.SpreadsheetApp.getActiveSpreadsheet();
  if (!book) throw new AddonError("no-sheet");
  return book;
}

/** The named sheet, or the active one when no name is configured. */
export function targetSheet(book: Book, name: string | null): { sheet: Sheet; name: string } {
  if (name) {
    const sheet = book.getSheetByName(name);
    if (!sheet) throw new AddonError("sheet-not-found", name);
    return { sheet, name };
  }
  const sheet = book.getActiveSheet();
  if (!sheet) throw new AddonError("no-sheet");
  return { sheet, name: sheet.getName() };
}

/** A name no sheet has yet ("Kết quả CCHC", then "Kết quả CCHC (2)"…): the core's rule, as in Excel. */
export function freeSheetName(book: Book, wanted: string): string {
  const sheets = book
    .getSheets()
    .map((s) => ({ id: String(s.getSheetId()), name: s.getName(), protected: false }));
  return coreFreeSheetName(sheets, wanted);
}

/** Sheets refuses ranges outside the grid: grow the sheet first (a new sheet is 1000 × 26). */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}
