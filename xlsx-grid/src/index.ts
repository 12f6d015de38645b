/**
 * @cchc/xlsx-grid — reads .xlsx workbooks into scoring-core Grids. Runs in browsers and Node
 * (no Node API): the cli and the Excel task pane's consolidation share it.
 */
export { guardXlsx, DEFAULT_LIMITS, type GuardLimits, type GuardResult } from "./guard/guard-xlsx";
export { guardMessage, type GuardReason, type BilingualMessage } from "./guard/messages";
export {
  readWorkbookGrids,
  type ReadOptions,
  type ReadResult,
  type SheetJs,
} from "./read/read-workbook-grids";
export { hiddenRowsInSheetXml } from "./read/hidden-rows";
