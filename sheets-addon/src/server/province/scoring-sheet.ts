/**
 * Finds the tool's scoring sheet in a unit's spreadsheet by the developer metadata the template
 * carries, so a unit that renamed the sheet is still read; the name is only a fallback.
 */
import { TEMPLATE_KEY } from "../template";
import type { Book, Sheet } from "../services";

export function findScoringSheet(book: Book, fallbackName: string): Sheet | null {
  for (const md of book.createDeveloperMetadataFinder().withKey(TEMPLATE_KEY).find()) {
    const sheet = md.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return book.getSheetByName(fallbackName);
}
