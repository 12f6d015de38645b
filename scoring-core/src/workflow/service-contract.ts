/**
 * The service contract: the only thing the task pane / sidebar knows about its host. It lives in
 * the core (not the React package) so the Sheets server, the Excel service and the demo can
 * import it without pulling in React; scoring-ui re-exports it. Excel implements it over
 * Office.js, Google Sheets over google.script.run, tests over an in-memory fake.
 * Everything crossing it is plain JSON (Apps Script cannot pass Date or class instances).
 */
import type { RankingReport, ValidationReport } from "../reports/schemas";
import type { Settings } from "../settings/schema";
import type { RecordRequest, RecordSummary, UnitAppraisalView } from "./appraisal";
import type { ImportSetReply, ImportSetRequest } from "./import-set";
import type { TrendReply, TrendRequest } from "./trends";
import type { SetPlanLine } from "../criteria-set/set-plan";
export type { SetPlanLine } from "../criteria-set/set-plan";

export type { ImportSetReply, ImportSetRequest } from "./import-set";
import type { SurveySummary } from "../survey/survey-summary";
export type { TrendReply, TrendRequest, TrendSkip } from "./trends";

export type HostKind = "excel" | "sheets" | "demo";

export interface CriteriaSetSummary {
  id: string;
  name: string;
  year: number;
  unitTypes: string[];
  sample: boolean;
  /** True for a set stored in this workbook (imported, or handed out by the province). */
  stored?: boolean;
  /** The decision that issued it, with its date, when known (shown as "the set in use"). */
  decision?: string | null;
}

export interface TemplateRequest {
  /** A sample or stored set id… */
  criteriaSetId?: string;
  /** …or a criteria-set JSON the user picked… */
  criteriaSetJson?: unknown;
  /** …or the name of a sheet in the workbook holding an official annex. */
  annexSheet?: string;
  unit: string;
  unitType?: string | null;
  year?: number;
}

export interface UnitFile {
  name: string;
  data: ArrayBuffer;
  /** Last modification (ms since the epoch; a picked File's lastModified): the newer of two files of one unit wins. */
  modified?: number | null;
}

export type ConsolidateRequest =
  /** Excel: unit workbooks the user picked from disk. */
  | {
      source: "files";
      files: UnitFile[];
      surveyFile?: UnitFile | null;
      unitsFile?: UnitFile | null;
      /**
       * Raw survey answers (Google Forms sheets, typed paper forms) and their design workbook.
       * Without a design the questions are the criteria set's survey items.
       */
      surveyAnswers?: UnitFile[] | null;
      surveyDesign?: UnitFile | null;
    }
  /** Google Sheets (Sở Nội vụ): the units listed in the control spreadsheet. */
  | { source: "units" };

export interface Progress {
  done: number;
  total: number;
  /** What is being worked on ("Sở Tư pháp.xlsx"). */
  current?: string;
}

export interface HostCapabilities {
  /** Consolidate files picked from disk (Excel). */
  consolidateFiles: boolean;
  /** Consolidate the units of a control spreadsheet (Sheets, Sở Nội vụ). */
  consolidateUnits: boolean;
  /** Data validation and protections available for templates. */
  templates: boolean;
  /** Marks (conditional formats) available. */
  marks: boolean;
}

/** What the contract needs of an AbortSignal (the core has no DOM types; a real one fits). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

export interface ScoringService {
  readonly host: HostKind;
  /** BCP-47 display language of the host ("vi-VN", "en-US"). */
  displayLanguage(): string;
  capabilities(): HostCapabilities;
  /** Settings persisted in the workbook (task panes reload; memory is not kept). */
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Sheet names of the workbook, for the settings panel. */
  listSheets(): Promise<string[]>;
  listCriteriaSets(): Promise<CriteriaSetSummary[]>;
  /** Reads the configured (or active) sheet in one batch and validates it. */
  validate(settings: Settings): Promise<ValidationReport>;
  /** Activates a sheet and selects a cell (clicking an issue). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Marks the cells of a report's issues with removable conditional formats. */
  markIssues(report: ValidationReport): Promise<{ marked: number }>;
  clearMarks(): Promise<{ cleared: number }>;
  /** Writes or refreshes the tool-owned results sheet. */
  writeResults(report: ValidationReport): Promise<{ sheet: string }>;
  createTemplate(request: TemplateRequest): Promise<{ sheet: string }>;
  /**
   * Imports the province's criteria set (a picked JSON or an annex sheet) into the workbook; a set
   * without errors is stored and chosen in the settings (workflow/import-set.ts).
   */
  importCriteriaSet(request: ImportSetRequest): Promise<ImportSetReply>;
  consolidate(
    request: ConsolidateRequest,
    onProgress: (p: Progress) => void,
    signal: AbortSignalLike,
  ): Promise<ConsolidateOutcome>;
  /**
   * "Xu hướng": past ranking workbooks → the tool-owned trend sheets (workflow/trends.ts). Only
   * consolidating hosts have it (Excel: picked files; Sheets province: spreadsheets by URL/ID).
   */
  trends?(request: TrendRequest): Promise<TrendReply>;
  /**
   * Before Tổng hợp: which criteria set each unit type will be scored on, as the core's lines
   * (filesSetPlan in Excel, provinceSetPlan in the province edition); an error line for a type
   * no set covers. Hosts that consolidate; the panel only shows the lines.
   */
  consolidationSetPlan?(): Promise<SetPlanLine[]>;
  /**
   * "Mục cần giải trình": the unit's flagged items with the appraiser's note and whether each is
   * answered (open / answered / settled); null when no sheet holds a scoring table. Optional:
   * a pane shows the view only when its host offers it.
   */
  appraisalItems?(settings: Settings): Promise<UnitAppraisalView | null>;
  /**
   * Appraisers (Excel: one workbook per unit): log the appraisal changes since the log last saw
   * the table, and optionally "Mở vòng 2" / "Kết thúc thẩm định", in the tool's log sheet.
   * Optional: the Sheets units' edition leaves this to the Sở's edition.
   */
  recordAppraisal?(settings: Settings, request: RecordRequest): Promise<RecordSummary | null>;
  /**
   * The Word report (Báo cáo kết quả) of the last consolidation: the same document as
   * `cchc rank --report`. A file for the pane to download, or a link where the host saves it
   * (Drive). Absent where the host cannot make one.
   */
  wordReport?(): Promise<OutputFile>;
  /**
   * One feedback workbook per unit of the last consolidation (the same files as
   * `cchc rank --feedback`), as one .zip to save or a link to where the host saved it.
   */
  unitFeedback?(): Promise<OutputFile>;
}

export interface ConsolidateOutcome {
  ranking: RankingReport;
  sheets: string[];
  /** Survey points computed from raw answers: the design used, forms, units and issues to show. */
  survey?: SurveySummary;
}

/** A document a host made: bytes the pane saves (Blob + download), or a link to where it is. */
export type OutputFile =
  | { kind: "file"; fileName: string; mime: string; data: Uint8Array }
  | { kind: "link"; fileName: string; url: string };

/** Errors a service throws carry a message for the user and what to do next. */
export class ServiceError extends Error {
  constructor(
    message: string,
    readonly hint: string | null = null,
    readonly code: string = "host-error",
    /** What the error is about (a set id, a sheet name), for hosts that render their own text. */
    readonly detail: string = "",
  ) {
    super(message);
    this.name = "ServiceError";
  }
}
