/**
 * The Excel add-in's port: everything the service needs from a workbook, in host-neutral types.
 * Only src/host/office-port.ts implements it over Office.js; tests run the same contract suite
 * against it over the in-memory fake (test/fake-excel).
 */
import type { Grid, TemplateSpec } from "@cchc/scoring-core";
import type { BlockWrite, CellMark, SheetInfo, SheetTarget } from "@cchc/scoring-core/workflow";

/** A note the host adds to a read (e.g. merged areas skipped), shown as an info issue. */
export type ReadNote = "merges-unavailable" | "merges-too-many" | "read-chunked";

export interface SheetRead {
  grid: Grid;
  notes: ReadNote[];
  /** True when the sheet is protected (reading works; marks and writes do not). */
  protected: boolean;
  /** The sheet's id (loaded in the same sync), so the tool can tell its own sheets. */
  id: string;
}

/** The sheet, chart, block and mark shapes are the core's workflow port's (one definition). */
export type { BlockWrite, CellMark, ChartSpec, SheetInfo, SheetTarget } from "@cchc/scoring-core/workflow";

export interface WrittenSheet {
  id: string;
  name: string;
}

/** A conditional format the tool added: enough to remove exactly it and nothing else. */
export interface MarkRecord {
  /** The sheet's name when marked (shown to people; may change). */
  sheet: string;
  /**
   * The sheet's id (stable across renames): removal finds the sheet by it. Absent in records
   * saved by earlier versions, which fall back to the name.
   */
  sheetId?: string;
  address: string;
  id: string;
}

export interface TemplateWriteResult {
  sheet: WrittenSheet;
  /** Features skipped because the host lacks their requirement set. */
  skipped: ("validation" | "conditional-formats" | "protection" | "freeze")[];
}

export interface ExcelPort {
  /** Reads one sheet's used range (values, formulas, merged areas) in as few syncs as the payload allows (normally 2). */
  readSheet(name: string | null): Promise<SheetRead>;
  /** Every sheet with its id and protection, in one sync. */
  listSheets(): Promise<SheetInfo[]>;
  /**
   * Writes tool-owned blocks in two syncs: the first lists the sheets and `plan` picks, per block,
   * a sheet to refresh in place or a new one to add; the second writes everything. `plan` may
   * add writes after `writes` (the core's retired sheets, ToolSheetWriteOptions.retire).
   */
  writeBlocks(
    writes: BlockWrite[],
    plan: (sheets: SheetInfo[]) => SheetTarget[] | { targets: SheetTarget[]; more: BlockWrite[] },
  ): Promise<WrittenSheet[]>;
  /** Adds a new sheet (named by `plan`) with a template: values, formulas, validation, formats, protection. */
  writeTemplate(spec: TemplateSpec, plan: (sheets: SheetInfo[]) => string): Promise<TemplateWriteResult>;
  /** Removes earlier marks (by id) and adds new ones, in two syncs. */
  replaceMarks(previous: MarkRecord[], marks: CellMark[]): Promise<MarkRecord[]>;
  /** Removes exactly the given marks (those the user already removed are skipped). */
  clearMarks(previous: MarkRecord[]): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * The rows of the stored criteria sets' hidden sheet (by id or name), values only, in one sync;
   * null when that sheet no longer exists.
   */
  readSetRows(sheet: string): Promise<unknown[][] | null>;
  /**
   * Replaces the rows of the stored sets' sheet `name` (added very hidden when absent), written as
   * text, in two syncs; returns the sheet's id.
   */
  writeSetRows(name: string, rows: string[][]): Promise<WrittenSheet>;
  /** Optional features, from Office.context.requirements. */
  supports(feature: HostFeature): boolean;
  /**
   * Re-reads the settings saved in the document into this runtime's copy. The ribbon's
   * command and the task pane run in separate runtimes (and co-authors in separate Excels),
   * each with its own in-memory copy: call this before any read-modify-write of a setting.
   */
  refreshSettings(): Promise<void>;
  /** Settings stored in the workbook (Office.context.document.settings), as last refreshed. */
  getSetting(key: string): unknown;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Round trips to Excel so far (for tests and benchmarks). */
  readonly syncCount: number;
}

/** Features above the manifest's minimum requirement set, each with its ExcelApi version. */
export const FEATURE_SETS = {
  conditionalFormats: "1.6",
  suspendCalculation: "1.6",
  freezePanes: "1.7",
  dataValidation: "1.8",
  /** Chart.displayBlanksAs (the line charts' gaps are also Excel's default before it). */
  chartBlanks: "1.8",
  suspendScreenUpdating: "1.9",
  mergedAreas: "1.13",
} as const;
export type HostFeature = keyof typeof FEATURE_SETS;

/** The manifest's minimum: getUsedRange(valuesOnly), protection and column widths are ExcelApi 1.2. */
export const MIN_EXCEL_API = "1.2";

/** Errors from the host, normalised (Office.js codes such as AccessDenied, ItemNotFound). */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}
