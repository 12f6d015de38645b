/**
 * The .xlsx writer: new workbooks only (templates, results, rankings), OOXML written by
 * hand and zipped with fflate. A user's workbook is never rewritten through this.
 */
export { writeWorkbook, writeWorkbookTo, type RawDeflate, type WriteOptions } from "./write-workbook";
export { templateSheet, templateSheets } from "./template-sheet";
export { blockSheet, type BlockChartOptions, type BlockSheetOptions } from "./block-sheet";
export { safeSheetName, uniqueSheetNames } from "./sheet-name";
export { stripForbidden } from "./xml";
export type * from "./xlsx-sheet";
export { fitToWidthScale, PAGE } from "./sheet-xml";
export { publishedNumberFormat } from "./block-sheet";
