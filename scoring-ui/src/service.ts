/**
 * The service contract now lives in the core (@cchc/scoring-core/workflow) so hosts can use it
 * without React; re-exported here so the UI's imports stay short.
 */
export {
  ServiceError,
  type AbortSignalLike,
  type ConsolidateOutcome,
  type ConsolidateRequest,
  type CriteriaSetSummary,
  type HostCapabilities,
  type HostKind,
  type ImportSetReply,
  type ImportSetRequest,
  type OutputFile,
  type Progress,
  type ScoringService,
  type SetPlanLine,
  type TemplateRequest,
  type TrendReply,
  type TrendRequest,
  type TrendSkip,
  type UnitFile,
} from "@cchc/scoring-core/workflow";
