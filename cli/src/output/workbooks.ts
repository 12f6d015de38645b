/**
 * The workbooks the command writes, each from a core layout (SheetBlock / TemplateSpec)
 * rendered by xlsx-grid's writer. No layout decisions here.
 */
import {
  rankingSheets,
  reportModel,
  type RankingSheetsOptions,
  type PreviousGroup,
  feedbackSheets,
  type CriteriaSet,
  type Lang,
  type RankingReport,
  type UnitResult,
  type TemplateSpec,
  type SheetBlock,
  type ValidationReport,
  type YearRecord,
  YEAR_RECORD_SHEET,
  yearRecordRows,
} from "@cchc/scoring-core";
import { blockSheet, renderReportDocx, templateSheets, writeWorkbook } from "@cchc/xlsx-grid";

/**
 * A unit's feedback: summary, lost points and issues, one table per sheet (the core's
 * feedbackSheets). Cell references are text, so they still read right once e-mailed.
 */
export function feedbackWorkbook(
  report: ValidationReport,
  lang: Lang,
  set: CriteriaSet | null = null,
): Uint8Array {
  return writeWorkbook(feedbackSheets(report, lang, { set }).map((b) => blockSheet(b)));
}

export function templateWorkbook(spec: TemplateSpec): Uint8Array {
  return writeWorkbook(templateSheets(spec));
}

export function rankingWorkbook(
  ranking: RankingReport,
  units: readonly UnitResult[],
  lang: Lang,
  options: Omit<RankingSheetsOptions, "units"> = {},
  record?: YearRecord,
): Uint8Array {
  // Chart sheets carry their chart in the block; the writer draws it natively.
  const sheets = rankingSheets(ranking, lang, { ...options, units }).map((b) => blockSheet(b));
  // The year's results, machine-readable, last: next year's `cchc trend` and `cchc plan` read them.
  if (record) sheets.push(blockSheet(yearRecordBlock(record)));
  return writeWorkbook(sheets);
}

function yearRecordBlock(record: YearRecord): SheetBlock {
  return {
    name: YEAR_RECORD_SHEET,
    rows: yearRecordRows(record),
    headerRows: [],
    columnWidths: [60, 4, 80],
    numberColumns: [],
    links: [],
  };
}

/** The Word report (Báo cáo kết quả): the core's document model rendered by xlsx-grid. */
export function reportDocx(
  ranking: RankingReport,
  units: readonly UnitResult[],
  lang: Lang,
  options: Omit<RankingSheetsOptions, "units"> & { previous?: readonly PreviousGroup[] } = {},
): Promise<Uint8Array> {
  return renderReportDocx(reportModel(ranking, lang, { ...options, units }));
}
