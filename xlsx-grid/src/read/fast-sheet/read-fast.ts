/**
 * The fast sheet path: the guard's inflated parts → the sheets SheetJS would build, without
 * SheetJS, for the plain SpreadsheetML that Excel and LibreOffice write. It returns null — and
 * the caller reads the whole workbook with SheetJS — at the first thing it does not fully
 * understand (see workbook-parts.ts and worksheet.ts for the list). Browser-safe: TextDecoder
 * is its only platform API. Display texts (number formats) are never read here.
 */
import { parseSharedStrings } from "./shared-strings";
import { workbookLayout } from "./workbook-parts";
import { parseWorksheet, type FastSheet } from "./worksheet";
import { Decline, decline, partText } from "./xml-text";

export type { FastSheet, FastCell } from "./worksheet";
export type { Range } from "./xml-text";

export interface FastWorkbook {
  sheetNames: string[];
  /** The sheets read, in workbook order (only the wanted ones when a filter is given). */
  sheets: { name: string; sheet: FastSheet }[];
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
    const sheets: FastWorkbook["sheets"] = [];
    for (const { name, path } of layout.sheets) {
      if (wanted && !wanted.has(name.toLowerCase())) continue;
      // SheetJS adds an empty cell (and may widen the range) under every comment and note.
      const rels = findPart(parts, path.replace(/^(.*)(\/)([^/]*)$/, "$1/_rels/$3.rels"));
      if (rels && /comments|threadedComment|vmlDrawing/i.test(partText(rels))) decline("comments");
      sheets.push({ name, sheet: parseWorksheet(partText(parts.get(path)!), strings) });
    }
    lastDecline = null;
    return { sheetNames: layout.sheets.map((s) => s.name), sheets };
  } catch (e) {
    // A Decline is expected; any other error is a gap in this reader: SheetJS decides either way.
    lastDecline = e instanceof Decline ? e.message : `error: ${String(e)}`;
    return null;
  }
}
