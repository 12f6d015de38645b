/**
 * The workbook port: the little the use cases need from a spreadsheet host. Excel (Office.js),
 * Google Sheets (Apps Script), the demo and the tests' in-memory workbook implement it; every
 * decision (which sheet, which set, what to write, which cells to mark) is the core's.
 * Methods may answer synchronously or with a promise (see ./awaitable.ts).
 */
import type { Grid } from "../grid/grid";
import type { SheetBlock } from "../output/sheet-block";
import type { TemplateSpec } from "../template/template-spec";
import type { Awaitable } from "./awaitable";

/** One sheet as the port lists it. */
export interface SheetInfo {
  id: string;
  name: string;
  protected: boolean;
  /** False for hidden sheets (never checked by default). Absent: visible. */
  visible?: boolean;
  /** True for sheets the tool wrote (results, ranking, feedback): never checked as a unit's table. */
  toolOwned?: boolean;
}

/** One sheet's cells, read in one batch, with the sheet it came from. */
export interface PortRead {
  grid: Grid;
  sheet: SheetInfo;
}

/** A native chart over a block's columns, written on the same sheet. */
export interface ChartSpec {
  /** 0-based block row of the header; data follows until `lastRow`. */
  headerRow: number;
  lastRow: number;
  categoryCol: number;
  valueCol: number;
  title: string;
}

export interface BlockWrite {
  block: SheetBlock;
  chart?: ChartSpec | null;
  /** What the block is, stable across runs ("group:<group>"): a host may remember its sheet by it. */
  key?: string;
}

/** Where a tool-owned block goes: the exact sheet to refresh in place, or a new sheet to add. */
export type SheetTarget = { kind: "refresh"; id: string; name: string } | { kind: "add"; name: string };

/** A cell or vertical run to mark ("F12" or "F12:F14"). */
export interface CellMark {
  sheet: string;
  /** A1 address of a cell or a vertical run ("F12" or "F12:F14"). */
  address: string;
  /** Warnings are marked amber, errors red (absent: error). */
  severity?: "error" | "warning";
}

/**
 * `retire`: the core's rule for the kind's earlier sheets this write does not cover (Xu hướng's
 * chart sheets of groups that have no data now). The host calls it with the names it knows its
 * sheets of this kind by (Excel and the in-memory port: the sheets' names; Sheets: the block names
 * its metadata keeps), from the read it plans the write with (no extra host call), and writes
 * the blocks it returns after `writes`, each over the sheet of its name, removing that sheet's
 * charts. Returned sheets follow `writes`' in the reply.
 */
export interface ToolSheetWriteOptions {
  retire?: (owned: readonly string[]) => BlockWrite[];
}

export interface WrittenToolSheet {
  name: string;
  /** True when the wanted name belonged to a user's sheet, so the tool's took "… (2)". */
  renamed: boolean;
}

/** What a tool-owned sheet holds; the host remembers it with the sheet (registry, metadata). */
/** "appraisal-log": the council's log of appraisal scores and actions (Nhật ký thẩm định). */
/** "trends": the "Xu hướng" sheets built from past rankings' year records. */
export type ToolSheetKind = "results" | "ranking" | "feedback" | "appraisal-log" | "trends";

export interface WorkbookPort {
  /** Every sheet in workbook order, with visibility and whether the tool owns it: one host call. */
  listSheets(): Awaitable<SheetInfo[]>;
  /** One sheet's values, formulas and merges in one batch; `null` reads the active sheet. */
  readSheet(name: string | null): Awaitable<PortRead>;
  /** Writes (or refreshes in place) tool-owned sheets, one per block, in order. */
  writeToolSheets(
    kind: ToolSheetKind,
    writes: BlockWrite[],
    options?: ToolSheetWriteOptions,
  ): Awaitable<WrittenToolSheet[]>;
  /** Replaces the tool's earlier marks with these (cells or vertical runs the core chose). */
  markCells(marks: CellMark[]): Awaitable<void>;
  /** Removes the tool's marks (only its own); returns how many cells were cleared. */
  clearMarks(): Awaitable<number>;
  /** The workbook's stored settings, raw (the core parses them); undefined when none. */
  readSettings(): Awaitable<unknown>;
  writeSettings(settings: unknown): Awaitable<void>;
  /**
   * The rows of the workbook's stored criteria sets (criteria-set/storage.ts: the hidden sheet
   * SETS_SHEET, one row per set), as the host reads them in one batch; [] when none are stored.
   * The core parses and checks them (a damaged row is a `set-unreadable` issue).
   */
  readCriteriaSets(): Awaitable<unknown[][]>;
  /**
   * Replaces the stored sets' rows with these (the hidden sets sheet, added when absent), written
   * as text in one batch. Only the tool's hidden sheet changes; no user sheet is touched.
   */
  writeCriteriaSets(rows: string[][]): Awaitable<void>;
}

/** Hosts that can add a template sheet (values, formulas, validation, protection) under a free name. */
export interface TemplatePort {
  /** Adds the sheet (named with freeSheetName over the current sheets); returns its name. */
  addTemplate(spec: TemplateSpec, setId: string): Awaitable<string>;
}

/** Hosts with a pane: clicking an issue activates its sheet and selects its cell. */
export interface SelectPort {
  selectCell(sheet: string, cell: string): Awaitable<void>;
}
