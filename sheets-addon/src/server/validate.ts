/** Validation: one batch read of the sheet, then the core; the reply is plain JSON. */
import { checkSheet, getSampleSet, type Settings, type ValidationReport } from "@cchc/scoring-core";
import { activeBook, targetSheet } from "./book";
import { readGrid } from "./read-grid";
import type { Services } from "./services";

export function validateSheet(svc: Services, settings: Settings): ValidationReport {
  const book = activeBook(svc);
  const { sheet, name } = targetSheet(book, settings.sheet);
  let timeZone: string | null = null;
  const grid = readGrid(sheet, name, {
    formatDate: (d) => {
      timeZone ??= book.getSpreadsheetTimeZone();
      return svc.Utilities.formatDate(d, timeZone, "dd/MM/yyyy");
    },
  });
  const set = settings.criteriaSetId ? (getSampleSet(settings.criteriaSetId) ?? null) : null;
  return checkSheet(grid, {
    lang: settings.lang,
    set,
    unitType: settings.unitType,
    headerRow: settings.headerRow,
    columns: settings.columns,
    issueLimit: settings.issueLimit,
  });
}
