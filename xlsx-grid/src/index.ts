/**
 * @cchc/xlsx-grid — reads .xlsx workbooks into scoring-core Grids and writes new ones (the
 * tool's templates, feedback and rankings). Runs in browsers and Node (no Node API): the cli
 * and the Excel task pane's consolidation share it.
 */
export { guardXlsx, DEFAULT_LIMITS, type GuardLimits, type GuardResult } from "./guard/guard-xlsx";
export type { InflateRaw } from "./guard/unzip-bounded";
export { guardMessage, type GuardReason, type BilingualMessage } from "./guard/messages";
export {
  readWorkbookGrids,
  type ReadOptions,
  type ReadResult,
  type SheetJs,
} from "./read/read-workbook-grids";
export { hiddenRowsInSheetXml } from "./read/hidden-rows";
export { isToolWorkbook, TOOL_PROPERTY } from "./read/tool-marker";
export {
  writeWorkbook,
  writeWorkbookTo,
  templateSheet,
  templateSheets,
  blockSheet,
  safeSheetName,
  uniqueSheetNames,
  stripForbidden,
  fitToWidthScale,
  publishedNumberFormat,
  type RawDeflate,
  type WriteOptions,
  type BlockChartOptions,
  type BlockSheetOptions,
} from "./write/index";
export type * from "./write/xlsx-sheet";
export { zipFiles } from "./write/zip-files";
export { renderReportDocx, reportDocument, REPORT_PAGE } from "./docx/render-report";
