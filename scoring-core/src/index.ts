/**
 * @cchc/scoring-core — the pure domain library for scoring the Chỉ số CCHC.
 * Data flows one way: grid → table → validation + totals → report → ranking → sheet blocks.
 *
 * The public API is listed here by name (no `export *`), so a module's helpers stay private unless
 * they are added on purpose. The province edition's plan lives at "@cchc/scoring-core/province".
 */

// Ground floor: cells, numbers, messages, the issue catalogue
export {
  cellAt,
  formulaAt,
  gridWidth,
  sparseFormulaRow,
  type CellValue,
  type FormulaRow,
  type Grid,
  type MergedArea,
} from "./grid/grid";
export { a1, columnIndex, columnLetters, parseA1, rangeA1 } from "./grid/address";
export { cleanText, foldText } from "./grid/fold-text";
export { ownString } from "./memo/own-string";
export { setOwn } from "./keys/own-keys";
export {
  MAX_UNITS,
  SCALE,
  SCALE_DIGITS,
  add,
  compare,
  decimalStringToUnits,
  div,
  equals,
  fromUnits,
  isMultipleOf,
  mul,
  roundTo,
  sub,
  sum,
  toPrecision15,
  toUnits,
} from "./numbers/decimal";
export { parseNumberCell, type ParsedNumber } from "./numbers/parse-number";
export { DEFAULT_LANG, pickLang, type Lang } from "./messages/lang";
export { formatNumber, formatPercent } from "./messages/format-number";
export {
  CATALOGUE,
  CATALOGUE_VERSION,
  ISSUE_CODES,
  issueTitle,
  type CatalogueEntry,
  type IssueCode,
  type Severity,
} from "./issues/catalogue";
export {
  IssueCodeSchema,
  IssueCollector,
  IssueSchema,
  SeveritySchema,
  makeIssue,
  renderMessage,
  translateIssue,
  type Issue,
  type IssueCounts,
  type IssueInput,
} from "./issues/issue";

// Reading and validating a scoring table
export {
  allowedValues,
  analyseEvidence,
  datesOutsidePeriod,
  evidencePeriodFor,
  formatEvidenceDate,
  periodForYear,
  validateTable,
  validateWithTotals,
  type DocumentReference,
  type EvidenceAnalysis,
  type EvidenceDate,
  type ValidateOptions,
} from "./validation/validate-table";
export {
  type CellRead,
  type ColumnInfo,
  type ColumnMap,
  type ColumnRole,
  type NodeLevel,
  type NumberRead,
  type ScoringTable,
  type Section,
  type TableNode,
  type TableProfile,
  type TotalRow,
  type UnitMaxColumn,
} from "./table/types";
export { readTable, type ReadOptions, type ReadResult } from "./table/read-table";
export {
  COLUMN_ROLES,
  ColumnMappingSchema,
  ColumnRoleSchema,
  formatColumnMapping,
  parseColumnMapping,
  roleOfKey,
  type ColumnMapping,
  type MappingParse,
} from "./table/column-mapping";
export { rankCandidateSheets, type SheetCandidate } from "./table/detect-sheet";
export {
  CLASSIFICATION_PRESETS,
  ClassBandSchema,
  ClassificationSchema,
  CriteriaSetSchema,
  ClassConditionSchema,
  CriterionSchema,
  NodeSourceSchema,
  NotApplicablePolicySchema,
  RoundingSchema,
  ScoringRuleSchema,
  TieBreakKeySchema,
  TieRuleSchema,
  UnitTypeSchema,
  type ClassBand,
  type ClassCondition,
  type Classification,
  type CriteriaSet,
  type CriteriaSetInput,
  type Criterion,
  type NodeSource,
  type NotApplicablePolicy,
  type ScoringRule,
  type ThresholdBand,
  type TieBreakKey,
  type TieRule,
  type UnitType,
} from "./criteria-set/schema";
export {
  appliesTo,
  appraiserOf,
  countMain,
  flattenSet,
  indexSet,
  isExtraContent,
  isLeaf,
  isSurveyScored,
  mainFields,
  maxFor,
  sectionOfPath,
} from "./criteria-set/lookup";
export { formatZodPath, loadCriteriaSet, zodReason, type LoadSetResult } from "./criteria-set/load";
export { gluedFootnote, validateCriteriaSet } from "./criteria-set/validate-set";
export { parseRuleText } from "./criteria-set/rule-text";
export { retotalBasis, retotalUnit } from "./consolidation/retotal";
export {
  notApplicableCell,
  notApplicableClause,
  splitNotApplicable,
  type NotApplicableStated,
} from "./criteria-set/not-applicable-text";
export { deriveAnnexSet, deriveCriteriaSet, type DeriveMeta } from "./criteria-set/derive";
export { annexSaysSample } from "./criteria-set/annex-sample";
export {
  filesSetPlan,
  setPlanLines,
  unitTypeLabel,
  type SetChoice,
  type SetPlanLine,
} from "./criteria-set/set-plan";
export {
  bestOutcome,
  clampToMax,
  perCountPoints,
  provinceAverage,
  ratioPoints,
  roundToStep,
  scoreAgainstAverage,
  vsAveragePoints,
} from "./criteria-set/rule-eval";
export {
  notApplicableTotals,
  resolveNotApplicable,
  type PolicyChild,
  type PolicyResult,
} from "./criteria-set/not-applicable";
export {
  CHUNK_PREFIX,
  DEFAULT_CHUNK_SIZE,
  SETS_SHEET,
  SET_STORAGE_FORMAT,
  importSetIntoRows,
  readSetsSheetRows,
  readStoredHeader,
  readStoredSet,
  serialiseSet,
  latestSetForUnitType,
  setsSheetRows,
  type ImportSetResult,
  type ReadStoredSetResult,
  type StoredSetHeader,
  type StoredSetsRead,
} from "./criteria-set/storage";
export {
  diffSets,
  diffSheet,
  titleSimilarity,
  type DiffChange,
  type DiffItem,
  type SetDiff,
} from "./criteria-set/diff";
export { copySetForYear, type CopyOptions } from "./criteria-set/copy";
export { resolveCriteriaSet, setInUse, type ResolveSetResult, type SetInUse } from "./criteria-set/resolve";
export {
  SAMPLE_COMMUNE_2025,
  SAMPLE_DEPARTMENT_2025,
  SAMPLE_SETS,
  getSampleSet,
} from "./criteria-set/samples/index";
export {
  computeDetailed,
  computeTotals,
  emptyTotals,
  type CapEvent,
  type DetailedTotals,
  type SurveyInput,
  type TotalsOptions,
  type TotalsResult,
} from "./totals/compute-totals";
export {
  DEFAULT_ISSUE_LIMIT,
  checkSheet,
  checkSheetWithTable,
  tableIsBlank,
  type CheckOptions,
} from "./check-sheet";

// Reports, settings, consolidation and ranking
export {
  FailedUnitSchema,
  IssueCountsSchema,
  LostPointsRowSchema,
  NodeTotalsSchema,
  REPORT_SCHEMA_VERSION,
  RankStatusSchema,
  RankedRowSchema,
  RankingReportSchema,
  SkippedFileSchema,
  UnitKindSchema,
  TableTotalsSchema,
  UnitResultSchema,
  RetotalBasisSchema,
  type RetotalBasis,
  ValidationReportSchema,
  type FailedUnit,
  type LostPointsRow,
  type NodeTotals,
  type RankedRow,
  type RankStatus,
  type RankingReport,
  type SkippedFile,
  type TableTotals,
  type UnitKind,
  type UnitResult,
  type ValidationReport,
} from "./reports/schemas";
export { DEFAULT_SETTINGS, SettingsSchema, type Settings } from "./settings/schema";
export {
  DEFAULT_GROUP,
  scoreWorkbook,
  unitFromFileName,
  type ScoreWorkbookResult,
  type UnitMeta,
} from "./consolidation/score-workbook";
export { readSurveyGrid, readUnitsGrid, unitKey, type UnitsListRow } from "./consolidation/side-tables";
export { compareVi, rankStanding, rankUnits, tieKey, type RankOptions } from "./ranking/rank-units";
export { UnitNameIndex, unitNameCore, unitNameKey } from "./consolidation/unit-names";
export { KIND_GROUP, kindFromName, kindFromTitleRows, kindOfUnitType } from "./consolidation/unit-kind";
export {
  chooseNewest,
  newerFile,
  type DuplicateChoice,
  type SubmittedFile,
} from "./consolidation/duplicates";
export { toolOutputKind, toolOutputNote, type ToolOutputKind } from "./consolidation/tool-output";
export { scoreWithSets, setForUnitType, type ScoreWithSetsResult } from "./consolidation/score-with-sets";
export {
  NOT_APPLICABLE_LABEL,
  isNotApplicableText,
  ruleTextAllowsNotApplicable,
} from "./numbers/not-applicable";
export {
  applyClassRules,
  clampTotal,
  classify,
  makeClassifier,
  orderedBands,
  type ClassInput,
} from "./ranking/classify";
export { compareTieBreak, tieBreakValues } from "./ranking/tie-break";

// Sheet blocks the hosts write, and templates
export { neutralise } from "./output/neutralise";
export {
  type OutBlockKind,
  type OutCell,
  type OutChart,
  type OutLineChart,
  type OutLink,
  type OutMerge,
  type OutRowStream,
  type OutRowStyle,
  type SheetBlock,
  type StreamedSheetBlock,
  heldBlock,
} from "./output/sheet-block";
export {
  MAX_SHEET_NAME,
  RANKING_SHEET_MARKER,
  TOOL_MARKER_PREFIX,
  TOOL_SHEET_MARKER,
  isToolSheetMarker,
  resultsSheet,
  safeSheetName,
  uniqueSheetName,
  verdictText,
  feedbackVerdict,
  previousRanking,
  type PreviousGroup,
  DEFAULT_APPRAISERS,
  appraiserFor,
  type AppraiserRule,
} from "./output/results-sheet";
export {
  rankingSheets,
  rankingSheetPlan,
  type PlannedSheet,
  type RankingSheetsOptions,
} from "./output/ranking-sheets";
export { classText, rankText } from "./output/standing-text";
export { writeHeading, issuerLines, type PublishHeading } from "./output/heading";
export { feedbackSheets, type FeedbackNote, type FeedbackOptions } from "./output/feedback";
export {
  reportModel,
  type ReportAlign,
  type ReportBlock,
  type ReportModel,
  type ReportOptions,
} from "./output/report-model";
export {
  feedbackNotes,
  rankedFeedback,
  type UnitFeedback,
  type UnitFeedbackSource,
} from "./output/ranked-feedback";
export { FileNamer, safeFileStem } from "./output/file-name";
export {
  type TemplateCell,
  type TemplateColumn,
  type TemplateConditionalFormat,
  type TemplateRow,
  type TemplateRowKind,
  type TemplateSpec,
  type TemplateValidation,
} from "./template/template-spec";
export {
  APPRAISAL_FLAG_CHOICES,
  NOT_APPLICABLE_TEXT,
  buildTemplate,
  evaluateTemplateFormulas,
  fillTemplate,
  templateToGrid,
  type TemplateAnswer,
  type TemplateAnswers,
  type TemplateOptions,
} from "./template/build-template";
export { templateListSheet, type TemplateListSheet } from "./template/list-sheet";

// Survey (ĐTXHH) points from raw answers
export {
  BUILTIN_SCALES,
  EXCLUDED_ANSWERS,
  RatedUnitSchema,
  RespondentGroupSchema,
  ScaleOptionSchema,
  ScaleSchema,
  SurveyDesignSchema,
  SurveyQuestionSchema,
  parseSurveyDesign,
  type RatedUnit,
  type RespondentGroup,
  type Scale,
  type ScaleOption,
  type SurveyDesign,
  type SurveyDesignInput,
  type SurveyQuestion,
} from "./survey/design-schema";
export { criterionMaxima, designFromSets, hasSurveyItems, type CriterionMax } from "./survey/design-from-set";
export { readDesignGrids } from "./survey/read-design";
export { findAnswerSheet, matchQuestion, questionKeys, type AnswerSheet } from "./survey/read-answers";
export { ScaleReader, scaleNamed, type AnswerValue } from "./survey/answer-scale";
export { UnitMatcher, type UnitMatch } from "./survey/unit-match";
export {
  SURVEY_FORMULA,
  scoreSurvey,
  type AnswersInput,
  type CriterionResult,
  type GroupStat,
  type QuestionResult,
  type SurveyOptions,
  type SurveyResult,
  type SurveyUnitResult,
} from "./survey/score-survey";
export { sampleSize } from "./survey/sample-size";
export {
  SurveyJsonSchema,
  readSurveyJson,
  readSurveyJsonNamed,
  surveyInputsFromResult,
  surveyJson,
  type SurveyJson,
} from "./survey/survey-report";
export { surveySheets, surveyTypeLabel } from "./survey/survey-sheets";

// Across the years: the year record a ranking workbook carries, trends, the improvement plan,
// and whom to inspect
export {
  YEAR_RECORD_KIND,
  YearRecordSchema,
  buildYearRecord,
  type FieldPoints,
  type LeafPoints,
  type UnitYear,
  type YearRecord,
  type YearRecordInput,
  yearRecordSource,
  type YearRecordSource,
} from "./years/year-record";
export {
  YEAR_RECORD_SHEET,
  isYearRecordGrid,
  readYearRecord,
  yearRecordRows,
  yearRecordRowStream,
  type YearRecordRead,
} from "./years/year-record-sheet";
export {
  YEAR_RECORD_KEY,
  YEAR_RECORD_MARKER,
  mostCommonYear,
  rankingRecordWrite,
  rankingYearRecord,
  rankingYearRecordSource,
  yearRecordBlock,
  type RankingRecordInput,
} from "./years/ranking-record";
export { buildTrends, type TrendOptions, type TrendReport, type UnitTrend } from "./years/trends";
export { trendSheets } from "./years/trend-sheets";
export { previousFromRecord, previousYear, type PreviousSource } from "./years/previous-year";
export { MAX_CHART_LINES, chartedUnits, trendChartSheets } from "./years/trend-chart-sheets";
export { DEFAULT_FIELD_OWNERS, fieldNumber, type FieldOwners } from "./improvement/field-owners";
export {
  appraiserResolver,
  appraiserSourceNote,
  appraiserSourcesUsed,
  setAppraisers,
  type AppraiserQuery,
  type AppraiserResolver,
  type AppraiserSource,
  type AppraiserSources,
  type ResolvedAppraiser,
} from "./output/resolve-appraiser";
export { improvementPlan, type ImprovementPlan, type PlanOptions } from "./improvement/improvement-plan";
export { planSheets } from "./improvement/plan-sheets";
export { planReportModel } from "./improvement/plan-report";
export {
  DEFAULT_INSPECTION_WEIGHTS,
  inspectionList,
  type InspectionCandidate,
  type InspectionOptions,
  type ReasonKind,
} from "./inspection/inspection-list";
export { inspectionSheet } from "./inspection/inspection-sheet";
export { readRenames, type RenamesRead } from "./years/read-renames";

export {
  surveyFromAnswers,
  type SurveyFromAnswers,
  type SurveyFromAnswersOptions,
} from "./survey/survey-inputs";
export {
  designLine,
  designUsed,
  surveySummary,
  type SurveyDesignUsed,
  type SurveySummary,
  type SurveySummaryIssue,
  type SurveySummaryUnit,
} from "./survey/survey-summary";
// Appraisal round trip (#17): rounds, flagged items, status, summaries, change log.
export * from "./appraisal/index";
