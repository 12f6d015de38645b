/**
 * The fast sheet path: the guard's inflated parts → the Grids the SheetJS path would give,
 * without SheetJS, for the plain SpreadsheetML that Excel and LibreOffice write. It returns null — and
 * the caller reads the whole workbook with SheetJS — at the first thing it does not fully
 * understand (see workbook-parts.ts and worksheet.ts for the list). Browser-safe: TextDecoder
 * is its only platform API. Display texts (number formats) are never read here.
 */
import type { Grid } from "@cchc/scoring-core";
import { parseSharedStrings } from "./shared-strings";
import { workbookLayout } from "./workbook-parts";
import { parseWorksheet } from "./worksheet";
import { fastSheetToGrid } from "./sheet-grid";
import { Decline, decline, partText } from "./xml-text";

export interface FastWorkbook {
  sheetNames: string[];
  /** The sheets read, in workbook order (only the wanted ones when a filter is given). */
  grids: Grid[];
}

/** A part by name, matched without regard to case as SheetJS does. */
function findPart(parts: Map<string, Uint8Array>, name: string): Uint8Array | undefined {
  const exact = parts.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [k, v] of parts) if (k.toLowerCase() === lower) return v;
  return undefined;
}

let lastDecline: string | null = null;

/** Why the last call declined (for tests and debugging); null after a success. */
export function fastDeclineReason(): string | null {
  return lastDecline;
}

/**
 * @param wanted lower-cased sheet names to read, or null for all (SheetJS's `sheets` option).
 */
export function readFastWorkbook(
  parts: Map<string, Uint8Array>,
  wanted: Set<string> | null,
): FastWorkbook | null {
  try {
    const layout = workbookLayout(parts);
    const sstBytes = layout.sharedStrings ? parts.get(layout.sharedStrings) : undefined;
    const strings = sstBytes ? parseSharedStrings(partText(sstBytes)) : [];
    const grids: Grid[] = [];
    for (const { name, path } of layout.sheets) {
      if (wanted && !wanted.has(name.toLowerCase())) continue;
      // SheetJS adds an empty cell (and may widen the range) under every comment and note.
      const rels = findPart(parts, path.replace(/^(.*)(\/)([^/]*)$/, "$1/_rels/$3.rels"));
      if (rels && /comments|threadedComment|vmlDrawing/i.test(partText(rels))) decline("comments");
      grids.push(fastSheetToGrid(name, parseWorksheet(partText(parts.get(path)!), strings)));
    }
    lastDecline = null;
    return { sheetNames: layout.sheets.map((s) => s.name), grids };
  } catch (e) {
    // A Decline is expected; any other error is a gap in this reader: SheetJS decides either way.
    lastDecline = e instanceof Decline ? e.message : `error: ${String(e)}`;
    return null;
  }
}
