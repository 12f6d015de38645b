/**
 * @cchc/scoring-core/workflow — the application layer: the service contract the panes share,
 * the workbook port, and the year's use cases written once over it (check a workbook, write
 * results, mark, make a template, consolidate). Hosts are adapters: see docs/architecture.md.
 */
export {
  ServiceError,
  type AbortSignalLike,
  type ConsolidateOutcome,
  type ConsolidateRequest,
  type CriteriaSetSummary,
  type HostCapabilities,
  type HostKind,
  type OutputFile,
  type Progress,
  type ScoringService,
  type SetPlanLine,
  type TemplateRequest,
  type UnitFile,
} from "./service-contract";
export { runAsync, runSync, step, type Awaitable, type Flow } from "./awaitable";
export type {
  BlockWrite,
  CellMark,
  ChartSpec,
  PortRead,
  SelectPort,
  SheetInfo,
  SheetTarget,
  TemplatePort,
  ToolSheetKind,
  ToolSheetWriteOptions,
  WorkbookPort,
  WrittenToolSheet,
} from "./port";
export { checkWorkbook, validateWorkbook, type CheckWorkbookInput } from "./check-workbook";
export {
  listCriteriaSets,
  criteriaSetFor,
  consolidationSetsFor,
  setsPerUnitType,
  storedSets,
  summarise,
  templateSet,
  workflowError,
} from "./criteria-sets";
export { loadSettings, parseStoredSettings, saveSettings } from "./settings";
// Xu hướng: types here; the code is "@cchc/scoring-core/trends" (a lazy chunk in the panes).
export type { TrendBuild, TrendReply, TrendRequest, TrendSkip, TrendSkipReason, TrendSource } from "./trends";
export { annexSetId, importCriteriaSet, type ImportSetReply, type ImportSetRequest } from "./import-set";
export { clearMarks, markIssues, writeResults } from "./write-results";
export { makeTemplate } from "./make-template";
export { markRuns, MAX_MARK_RUNS } from "./marks";
export {
  candidateName,
  freeSheetName,
  MARKS_KEY,
  planToolSheets,
  readRegistry,
  SETTINGS_KEY,
  TOOL_SHEETS_KEY,
  type Placement,
  type ToolSheetRegistry,
} from "./tool-sheets";
export {
  fileMeta,
  listedFor,
  listedIndex,
  surveyFor,
  surveyLookup,
  type SideFiles,
  type UnitFileMeta,
} from "./side-files";
export {
  scoreUnitGrids,
  unsupportedFormat,
  UNSUPPORTED_FORMAT,
  type ScoreUnitContext,
  type SkipKind,
  type UnitOutcome,
  type UnitFeedbackData,
} from "./score-unit";
export {
  publishRanking,
  RANKING_INDEX_COL,
  RANKING_UNIT_COL,
  type PublishedRanking,
  type PublishRankingInput,
} from "./publish-ranking";
export { OutcomeCollector, type RankedOutcomes, type RankOutcomesOptions } from "./rank-outcomes";
export {
  surveyHasPoints,
  surveyPresent,
  unmatchedSurveyIssues,
  type SurveyInputPresence,
} from "./survey-given";
export { chartBlock } from "./chart-block";
export { DOCX_MIME, reportFileName, publishFrom, type PublishedRun } from "./publish-outputs";
export { publishedReport } from "./published-report";
export {
  abortError,
  consolidateFiles,
  readSideFiles,
  type ConsolidateFilesInput,
  type WorkbookRead,
} from "./consolidate-files";
export { WorkflowService, type ServicePort, type WorkflowServiceOptions } from "./workflow-service";
export { MemoryWorkbook, type MemorySheet } from "./memory-port";
export {
  appraisalPhase,
  itemState,
  readLog,
  recordAppraisal,
  recordWorkbookAppraisal,
  unitAppraisal,
  unitAppraisalFor,
  viewOf,
  type FlaggedItemState,
  type FlaggedItemView,
  type RecordInput,
  type RecordReply,
  type RecordRequest,
  type RecordSummary,
  type UnitAppraisalInput,
  type UnitAppraisalView,
} from "./appraisal";
