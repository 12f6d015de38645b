export * from "./schema";
export { readAppraisalItems, isFlagged } from "./read-rounds";
export { checkAppraisal, checkAnswers, type AppraisalCheckOptions } from "./check-appraisal";
export { flaggedItems, isAnswered, openItems, appraisalState } from "./flagged-items";
export { summariseUnit, summariseGroup, type SummaryOptions } from "./summary";
export { snapshotOf, diffSnapshots } from "./change-log";
export {
  appraiseSheet,
  appraisalStateOfSheet,
  AppraisalReportSchema,
  type AppraisalReport,
  type AppraiseOptions,
} from "./appraise-sheet";
export {
  APPRAISAL_LOG_SHEET,
  AppraisalActionSchema,
  AppraisalLogRowSchema,
  appraisalLogBlock,
  loggedPhase,
  loggedSnapshot,
  readAppraisalLog,
  scoreRows,
  type AppraisalAction,
  type AppraisalLogRow,
  type AppraisalPhase,
} from "./log-sheet";
export { flaggedItemsBlock } from "./flagged-sheet";
