/**
 * Sheets the tool owns ("Kết quả CCHC"): recognised by developer metadata, never by name, so a
 * user's own sheet that happens to carry the name is never touched (ours goes to "… (2)").
 * Refreshed in place: the new block is written first and only then is what is left of the old
 * one cleared, so a failed write leaves the previous results whole.
 */
import { neutralise, rangeA1, type OutCell, type SheetBlock } from "@cchc/scoring-core";
import { AddonError } from "../shared/errors";
import { ensureSize, freeSheetName } from "./book";
import type { Book, Services, Sheet } from "./services";
import { keepCodesAsText } from "./text-format";

export const TOOL_SHEET_KEY = "cchc-tool-sheet";
/** Google Sheets holds at most 10 million cells per spreadsheet; stay well below in one write. */
const MAX_BLOCK_CELLS = 2_000_000;

export function findToolSheet(book: Book, kind: string): Sheet | null {
  const found = book.createDeveloperMetadataFinder().withKey(TOOL_SHEET_KEY).withValue(kind).find();
  for (const md of found) {
    const sheet = md.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/** Pads rows to one width and neutralises every text (a cell must never become a formula). */
export function blockValues(block: SheetBlock): (string | number)[][] {
  const width = Math.max(1, ...block.rows.map((r) => r.length));
  return block.rows.map((row) => {
    const out: (string | number)[] = [];
    for (let c = 0; c < width; c++) out.push(cellOut(row[c]));
    return out;
  });
}

function cellOut(v: OutCell | undefined): string | number {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  return neutralise(v);
}

export function writeToolSheet(
  svc: Services,
  book: Book,
  block: SheetBlock,
  kind: string,
): { sheet: string; renamed: boolean } {
  const values = blockValues(block);
  const height = Math.max(1, values.length);
  const width = values[0]?.length ?? 1;
  if (height * width > MAX_BLOCK_CELLS) throw new AddonError("too-large", `${height} × ${width}`);
  if (values.length === 0) values.push([""]);

  let sheet = findToolSheet(book, kind);
  let created = false;
  let renamed = false;
  if (!sheet) {
    const name = freeSheetName(book, block.name);
    renamed = name !== block.name;
    sheet = book.insertSheet(name, book.getNumSheets());
    created = true;
  }
  try {
    ensureSize(sheet, height, width);
    // Codes and other number-like texts stay text whatever the spreadsheet's locale.
    keepCodesAsText(sheet, values);
    sheet.getRange(1, 1, height, width).setValues(values);
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    if (lastRow > height)
      sheet.getRange(height + 1, 1, lastRow - height, Math.max(lastCol, width)).clearContent();
    if (lastCol > width) sheet.getRange(1, width + 1, height, lastCol - width).clearContent();
    formatBlock(svc, book, sheet, block, height, width);
    if (created) sheet.addDeveloperMetadata(TOOL_SHEET_KEY, kind);
    // The machine-readable year record stays out of the tab bar (one call, when first added).
    if (created && block.hidden) sheet.hideSheet();
  } catch (e) {
    // A sheet we just created and could not fill is removed: nothing half-written stays.
    if (created) book.deleteSheet(sheet);
    throw e;
  }
  return { sheet: sheet.getName(), renamed };
}

function formatBlock(
  svc: Services,
  book: Book,
  sheet: Sheet,
  block: SheetBlock,
  height: number,
  width: number,
): void {
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearFormat();
  // One RangeList call per format, not one call per row or column.
  const headers = block.headerRows.filter((r) => r < height).map((r) => rangeA1(r, 0, r, width - 1));
  if (headers.length > 0) sheet.getRangeList(headers).setFontWeight("bold");
  const numbers = block.numberColumns.filter((c) => c < width).map((c) => rangeA1(0, c, height - 1, c));
  // "0.00" shows two decimals with the spreadsheet locale's separator (a comma in vi_VN).
  if (numbers.length > 0) sheet.getRangeList(numbers).setNumberFormat("0.00");
  block.columnWidths.forEach((chars, c) => {
    if (c < width) sheet.setColumnWidth(c + 1, Math.round(Math.min(60, Math.max(4, chars)) * 7 + 12));
  });
  writeLinks(svc, book, sheet, block, height);
}

/** Links to the user's cells ("#gid=…&range=F12"), one setRichTextValues per column holding links. */
function writeLinks(svc: Services, book: Book, sheet: Sheet, block: SheetBlock, height: number): void {
  if (block.links.length === 0) return;
  const ids = new Map<string, number | null>();
  const sheetId = (name: string): number | null => {
    if (!ids.has(name)) ids.set(name, book.getSheetByName(name)?.getSheetId() ?? null);
    return ids.get(name) ?? null;
  };
  const byColumn = new Map<number, Map<number, string>>();
  for (const link of block.links) {
    const id = sheetId(link.sheet);
    if (id === null || link.row >= height) continue;
    const col = byColumn.get(link.col) ?? new Map<number, string>();
    col.set(link.row, `#gid=${id}&range=${encodeURIComponent(link.cell)}`);
    byColumn.set(link.col, col);
  }
  for (const [col, links] of byColumn) {
    const rows = [...links.keys()];
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    const rich: GoogleAppsScript.Spreadsheet.RichTextValue[][] = [];
    for (let r = top; r <= bottom; r++) {
      const text = String(cellOut(block.rows[r]?.[col]));
      const builder = svc.SpreadsheetApp.newRichTextValue().setText(text);
      const url = links.get(r);
      rich.push([(url && text !== "" ? builder.setLinkUrl(url) : builder).build()]);
    }
    sheet.getRange(top + 1, col + 1, bottom - top + 1, 1).setRichTextValues(rich);
  }
}
