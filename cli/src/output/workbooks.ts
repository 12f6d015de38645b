/**
 * The workbooks the command writes, each from a core layout (SheetBlock / TemplateSpec)
 * rendered by xlsx-grid's writer. No layout decisions here.
 */
import {
  flaggedItemsBlock,
  type AppraisalReport,
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
  type ValidationReport,
  type YearRecord,
  yearRecordBlock,
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

/** The unit's "Mục cần giải trình": flagged items, the appraiser's note, empty answer columns (#17). */
export function flaggedWorkbook(report: AppraisalReport, lang: Lang): Uint8Array {
  return writeWorkbook([blockSheet(flaggedItemsBlock(report, lang))]);
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
  // The core's block, as the hosts write it (they hide it; here it stays visible, as before).
  if (record) sheets.push(blockSheet(yearRecordBlock(record)));
  return writeWorkbook(sheets);
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
