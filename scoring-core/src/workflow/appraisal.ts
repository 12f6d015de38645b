/**
 * The appraisal round trip's use cases, written once over the workbook port:
 * - `unitAppraisal`: a unit's flagged items with their state (open / answered / settled) and
 *   the check that every flagged item has an answer ("Mục cần giải trình", "Kiểm tra giải trình");
 * - `recordAppraisal`: append to the tool-owned log sheet what changed in a unit's appraisal
 *   cells since the log last saw them (who, when, item, round, old → new), and optionally a
 *   council action ("Mở vòng 2", "Kết thúc thẩm định").
 * The log is read back from its own sheet (the last logged value of each cell), so nothing else
 * is stored. Who acts is the host's to say (Apps Script's Session; a name typed in Excel).
 */
import { appraiseSheet, type AppraisalReport, type AppraiseOptions } from "../appraisal/appraise-sheet";
import { diffSnapshots, snapshotOf } from "../appraisal/change-log";
import {
  APPRAISAL_LOG_SHEET,
  appraisalLogBlock,
  loggedPhase,
  loggedSnapshot,
  readAppraisalLog,
  scoreRows,
  type AppraisalAction,
  type AppraisalLogRow,
  type AppraisalPhase,
} from "../appraisal/log-sheet";
import { appraisalState } from "../appraisal/flagged-items";
import { readAppraisalItems } from "../appraisal/read-rounds";
import type { AppraisalState, FlaggedItem } from "../appraisal/schema";
import type { Grid } from "../grid/grid";
import type { Issue } from "../issues/issue";
import type { Lang } from "../messages/lang";
import { readTable, type ReadOptions } from "../table/read-table";
import type { Settings } from "../settings/schema";
import { step, type Flow } from "./awaitable";
import { criteriaSetFor } from "./criteria-sets";
import { ServiceError } from "./service-contract";
import type { WorkbookPort } from "./port";
import { candidateName } from "./tool-sheets";

export type FlaggedItemState = "open" | "answered" | "settled";

export interface FlaggedItemView extends FlaggedItem {
  state: FlaggedItemState;
}

/** What the units' pane shows under "Mục cần giải trình" (plain JSON). */
export interface UnitAppraisalView {
  sheet: string;
  unit: string | null;
  state: AppraisalState;
  items: FlaggedItemView[];
  /** `appraisal-answer-missing` for each flagged item without an answer, and the appraisal checks. */
  issues: Issue[];
  /** Every flagged item has an answer (explanation or evidence): the unit may send it back. */
  answered: boolean;
  /** False when the table has no flag column: there is nothing to answer yet. */
  hasFlagColumn: boolean;
}

export function itemState(i: FlaggedItem): FlaggedItemState {
  return i.settled ? "settled" : i.answered ? "answered" : "open";
}

export function viewOf(report: AppraisalReport): UnitAppraisalView {
  const items = report.flagged.map((i) => ({ ...i, state: itemState(i) }));
  return {
    sheet: report.sheet,
    unit: report.unit,
    state: report.state,
    items,
    issues: report.issues,
    answered: items.every((i) => i.state !== "open"),
    hasFlagColumn: report.columns.flag !== null,
  };
}

export interface UnitAppraisalInput extends AppraiseOptions {
  /** The sheet to read (null: the active one; when it holds no table the first visible one that does). */
  sheet?: string | null;
}

/** The sheet holding the unit's table (the configured or active one, else the first visible one). */
function* tableSheet(
  port: WorkbookPort,
  input: UnitAppraisalInput,
): Flow<{ grid: Grid; report: AppraisalReport } | null> {
  const first = yield* step(port.readSheet(input.sheet ?? null));
  const report = first.sheet.toolOwned !== true ? appraiseSheet(first.grid, input) : null;
  if (report) return { grid: first.grid, report };
  const sheets = yield* step(port.listSheets());
  for (const s of sheets) {
    if (s.name === first.sheet.name || s.toolOwned === true || s.visible === false) continue;
    const read = yield* step(port.readSheet(s.name));
    const other = appraiseSheet(read.grid, input);
    if (other) return { grid: read.grid, report: other };
  }
  return null;
}

/** A unit's flagged items and whether each is answered; null when no sheet holds a scoring table. */
export function* unitAppraisal(
  port: WorkbookPort,
  input: UnitAppraisalInput = {},
): Flow<UnitAppraisalView | null> {
  const found = yield* tableSheet(port, input);
  return found ? viewOf(found.report) : null;
}

/** The tool's log sheet, read back ([] when there is none yet). */
export function* readLog(port: WorkbookPort): Flow<AppraisalLogRow[]> {
  const sheets = yield* step(port.listSheets());
  const names = new Set(Array.from({ length: 99 }, (_, n) => candidateName(APPRAISAL_LOG_SHEET, n + 1)));
  const log = sheets.find((s) => s.toolOwned === true && names.has(s.name));
  if (!log) return [];
  return readAppraisalLog((yield* step(port.readSheet(log.name))).grid);
}

export interface RecordInput {
  /** The unit whose table `grid` is (the log's key; the table's own title when omitted). */
  unit?: string | null;
  grid: Grid;
  by: string;
  /** ISO 8601 with offset. */
  at: string;
  /** A council action to log after the score changes. */
  action?: Exclude<AppraisalAction, "score"> | null;
  lang?: Lang;
  read?: Pick<ReadOptions, "headerRow" | "columns">;
}

export interface RecordReply {
  unit: string;
  /** Rows appended (score changes, then the action if any). */
  appended: AppraisalLogRow[];
  /** The unit's phase after this record. */
  phase: AppraisalPhase;
  /** The appraisal state of the table as read. */
  state: AppraisalState | null;
  sheet: string;
}

/**
 * Logs each unit's changes since the log last saw it (and the action), in one write of the log
 * sheet for all of them. A table that cannot be read logs only the action.
 */
export function* recordAppraisal(
  port: WorkbookPort,
  inputs: readonly RecordInput[],
  lang: Lang = "vi",
): Flow<{ units: RecordReply[]; sheet: string | null }> {
  const log = yield* readLog(port);
  const replies: RecordReply[] = [];
  const added: AppraisalLogRow[] = [];
  for (const input of inputs) {
    const read = readTable(input.grid, { lang: input.lang ?? lang, ...(input.read ?? {}) });
    const unit = (input.unit ?? (read.ok ? read.table.unit : null) ?? input.grid.sheet).trim();
    const items = read.ok ? readAppraisalItems(read.table) : null;
    const before = loggedSnapshot([...log, ...added], unit);
    const rows: AppraisalLogRow[] = items
      ? scoreRows(diffSnapshots(before, snapshotOf(items), { at: input.at, by: input.by, unit }))
      : [];
    if (input.action)
      rows.push({
        at: input.at,
        by: input.by,
        unit,
        action: input.action,
        code: null,
        round: null,
        old: null,
        new: null,
      });
    added.push(...rows);
    const state = items ? appraisalState(items) : null;
    replies.push({
      unit,
      appended: rows,
      phase: loggedPhase([...log, ...added], unit),
      state,
      sheet: input.grid.sheet,
    });
  }
  if (added.length === 0) return { units: replies, sheet: null };
  const [written] = yield* step(
    port.writeToolSheets("appraisal-log", [{ block: appraisalLogBlock([...log, ...added], lang) }]),
  );
  return { units: replies, sheet: written?.name ?? APPRAISAL_LOG_SHEET };
}

/** The phase of a unit as its log says (round1 until "Mở vòng 2" is logged). */
export function* appraisalPhase(port: WorkbookPort, unit: string): Flow<AppraisalPhase> {
  return loggedPhase(yield* readLog(port), unit);
}

function* inputFor(port: WorkbookPort, settings: Settings): Flow<UnitAppraisalInput> {
  const set = yield* criteriaSetFor(port, settings.criteriaSetId, settings.lang);
  return {
    sheet: settings.sheet,
    lang: settings.lang,
    set,
    unitType: settings.unitType,
    headerRow: settings.headerRow,
    columns: settings.columns,
  };
}

/** The pane's view with the stored settings (sheet, header row, columns, unit type and set). */
export function* unitAppraisalFor(port: WorkbookPort, settings: Settings): Flow<UnitAppraisalView | null> {
  return yield* unitAppraisal(port, yield* inputFor(port, settings));
}

/** What an appraiser asks of a pane: log the changes (and a council action) under a name. */
export interface RecordRequest {
  by: string;
  /** "score": only the changes since the log last saw the table. */
  action: AppraisalAction;
  /** ISO 8601; the host's clock when absent. */
  at?: string;
}

export interface RecordSummary {
  /** The log sheet written, or null when nothing changed. */
  sheet: string | null;
  unit: string;
  logged: number;
  phase: AppraisalPhase;
  state: AppraisalState | null;
}

/**
 * A pane's "Ghi nhật ký thẩm định" / "Mở vòng 2" / "Kết thúc thẩm định" on the workbook's own
 * table (Excel, where one workbook is one unit): the changes since the log last saw it, under
 * the name the appraiser gave, in the workbook's tool-owned log sheet.
 */
export function* recordWorkbookAppraisal(
  port: WorkbookPort,
  settings: Settings,
  request: RecordRequest,
): Flow<RecordSummary | null> {
  const by = request.by.trim();
  if (!by)
    throw new ServiceError(
      settings.lang === "vi" ? "Hãy nhập tên người thẩm định." : "Enter the appraiser's name.",
      null,
      "appraiser-missing",
    );
  const input = yield* inputFor(port, settings);
  const found = yield* tableSheet(port, input);
  if (!found) return null;
  const { units, sheet } = yield* recordAppraisal(
    port,
    [
      {
        unit: found.report.unit,
        grid: found.grid,
        by,
        at: request.at ?? new Date().toISOString(),
        action: request.action === "score" ? null : request.action,
        lang: settings.lang,
        read: { headerRow: settings.headerRow, columns: settings.columns },
      },
    ],
    settings.lang,
  );
  const u = units[0]!;
  return {
    sheet,
    unit: u.unit,
    logged: u.appended.filter((r) => r.action === "score").length,
    phase: u.phase,
    state: u.state,
  };
}
