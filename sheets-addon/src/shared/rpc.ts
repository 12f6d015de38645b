/**
 * The contract between the sidebar and the Apps Script server: one entry per function that
 * `google.script.run` may call. Everything crossing it is plain JSON (no Date, no class
 * instances, no functions): Apps Script refuses anything else.
 */
import type { Settings, ValidationReport } from "@cchc/scoring-core";
import type {
  CriteriaSetSummary,
  ImportSetReply,
  ImportSetRequest,
  TemplateRequest,
  UnitAppraisalView,
} from "@cchc/scoring-core/workflow";

/** What the sidebar learns on load: enough to render without a second round trip. */
export interface SidebarContext {
  /** BCP-47 locale of the user ("vi", "en-US"). */
  locale: string;
  settings: Settings;
  sheets: string[];
  activeSheet: string;
}

/** What the sidebar should do right after it opens (chosen by the menu item). */
export type StartAction = "none" | "check" | "template" | "handout";

export interface WriteResultsReply {
  sheet: string;
  /** True when a user sheet already had our name, so the results went to "… (2)". */
  renamed: boolean;
}

export interface ServerApi {
  getContext(): SidebarContext;
  loadSettings(): Settings;
  saveSettings(settings: Settings): null;
  listSheets(): string[];
  listCriteriaSets(): CriteriaSetSummary[];
  validate(settings: Settings): ValidationReport;
  selectCell(sheet: string, cell: string): null;
  markIssues(report: ValidationReport): { marked: number };
  clearMarks(): { cleared: number };
  writeResults(report: ValidationReport): WriteResultsReply;
  createTemplate(request: TemplateRequest): { sheet: string };
  /** "Mục cần giải trình": the unit's flagged items and whether each is answered. */
  appraisalItems(settings: Settings): UnitAppraisalView | null;
  importCriteriaSet(request: ImportSetRequest): ImportSetReply;
}

export type ServerFunctionName = keyof ServerApi;

/** The names, for the build's check that every RPC function is exported by the server. */
export const SERVER_FUNCTIONS: readonly ServerFunctionName[] = [
  "getContext",
  "loadSettings",
  "saveSettings",
  "listSheets",
  "listCriteriaSets",
  "validate",
  "selectCell",
  "markIssues",
  "clearMarks",
  "writeResults",
  "createTemplate",
  "appraisalItems",
  "importCriteriaSet",
];
