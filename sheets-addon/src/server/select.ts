/** Clicking an issue: activate its sheet and select its cell. */
import { parseA1 } from "@cchc/scoring-core";
import { AddonError } from "../shared/errors";
import { activeBook } from "./book";
import type { Services } from "./services";

export function selectCell(svc: Services, sheetName: string, cell: string): void {
  if (typeof cell !== "string" || !parseA1(cell)) throw new AddonError("bad-cell", String(cell));
  const sheet = activeBook(svc).getSheetByName(sheetName);
  if (!sheet) throw new AddonError("sheet-not-found", sheetName);
  sheet.activate();
  sheet.getRange(cell).activate();
}
