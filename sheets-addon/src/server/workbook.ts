/**
 * The core's workbook port over Apps Script (synchronous: the use cases run with runSync). The
 * tool's sheets are the ones carrying its developer metadata; settings live in the document
 * properties; every write holds the document lock. Which sheet, which set and what to write are
 * decided by scoring-core's workflow; failures leave as coded AddonErrors for the sidebar.
 */
import type { TemplateSpec } from "@cchc/scoring-core";
import {
  runSync,
  ServiceError,
  type BlockWrite,
  type CellMark,
  type Flow,
  type PortRead,
  type SelectPort,
  type SheetInfo,
  type TemplatePort,
  type ToolSheetKind,
  type WorkbookPort,
  type WrittenToolSheet,
} from "@cchc/scoring-core/workflow";
import { AddonError, type AddonErrorCode } from "../shared/errors";
import { activeBook, targetSheet } from "./book";
import { withDocumentLock } from "./lock";
import { clearMarks, markCells } from "./marks";
import { readGrid } from "./read-grid";
import { selectCell } from "./select";
import { readSetRows, writeSetRows } from "./stored-sets";
import type { Book, Services, Sheet } from "./services";
import { SETTINGS_KEY } from "./settings";
import { renderTemplate } from "./template";
import { TOOL_SHEET_KEY, writeToolSheet } from "./tool-sheet";

export class SheetsWorkbook implements WorkbookPort, TemplatePort, SelectPort {
  private opened: Book | null = null;

  constructor(private readonly svc: Services) {}

  /** Opened on first use: settings alone need no spreadsheet call. */
  get book(): Book {
    return (this.opened ??= activeBook(this.svc));
  }

  /** Ids of the sheets the tool wrote: one metadata search for the whole spreadsheet. */
  private toolSheetIds(): Set<number> {
    const ids = new Set<number>();
    for (const md of this.book.createDeveloperMetadataFinder().withKey(TOOL_SHEET_KEY).find()) {
      const sheet = md.getLocation().getSheet();
      if (sheet) ids.add(sheet.getSheetId());
    }
    return ids;
  }

  private info(sheet: Sheet, tool: Set<number>): SheetInfo {
    const id = sheet.getSheetId();
    return {
      id: String(id),
      name: sheet.getName(),
      protected: false,
      visible: !sheet.isSheetHidden(),
      toolOwned: tool.has(id),
    };
  }

  listSheets(): SheetInfo[] {
    const tool = this.toolSheetIds();
    return this.book.getSheets().map((s) => this.info(s, tool));
  }

  readSheet(name: string | null): PortRead {
    const { sheet, name: sheetName } = targetSheet(this.book, name);
    let timeZone: string | null = null;
    const grid = readGrid(sheet, sheetName, {
      formatDate: (d) => {
        timeZone ??= this.book.getSpreadsheetTimeZone();
        return this.svc.Utilities.formatDate(d, timeZone, "dd/MM/yyyy");
      },
    });
    return { grid, sheet: this.info(sheet, this.toolSheetIds()) };
  }

  /** One sheet per block, each remembered by its kind ("ranking", "ranking-2", …). */
  writeToolSheets(kind: ToolSheetKind, writes: BlockWrite[]): WrittenToolSheet[] {
    return withDocumentLock(this.svc, () =>
      writes.map((w, i) => {
        const { sheet, renamed } = writeToolSheet(
          this.svc,
          this.book,
          w.block,
          i === 0 ? kind : `${kind}-${i + 1}`,
        );
        return { name: sheet, renamed };
      }),
    );
  }

  /** The core's marks (cells and runs, by severity), drawn as one rule per severity per sheet. */
  markCells(marks: CellMark[]): void {
    markCells(this.svc, this.book, marks);
  }

  clearMarks(): number {
    return clearMarks(this.svc).cleared;
  }

  readSettings(): unknown {
    return this.svc.PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY) ?? undefined;
  }

  writeSettings(settings: unknown): void {
    this.svc.PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(settings));
  }

  /** The sets stored in this spreadsheet (imported, or copied in by the province's hand-out). */
  readCriteriaSets(): unknown[][] {
    return readSetRows(this.book);
  }

  writeCriteriaSets(rows: string[][]): void {
    withDocumentLock(this.svc, () => writeSetRows(this.book, rows));
  }

  addTemplate(spec: TemplateSpec, setId: string): string {
    return withDocumentLock(this.svc, () => renderTemplate(this.svc, this.book, spec, setId)).sheet;
  }

  selectCell(sheet: string, cell: string): void {
    selectCell(this.svc, sheet, cell);
  }
}

/** The core's error codes as the sidebar knows them; others travel as their rendered message. */
const ADDON_CODES: Record<string, AddonErrorCode> = {
  "set-not-found": "set-not-found",
  "set-missing": "set-not-found",
  "set-schema": "set-invalid",
};

/** Runs a use case on the Sheets port; a ServiceError leaves as a coded AddonError. */
export function runOnSheets<T>(flow: Flow<T>): T {
  try {
    return runSync(flow);
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    const code = ADDON_CODES[e.code];
    if (code) throw new AddonError(code, e.detail);
    throw new AddonError("workflow", e.hint ? `${e.message}\n${e.hint}` : e.message);
  }
}
