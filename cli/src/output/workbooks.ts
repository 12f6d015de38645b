/**
 * The workbooks the command writes, each from a core layout (SheetBlock / TemplateSpec)
 * rendered by xlsx-grid's writer. No layout decisions here.
 */
import {
  flaggedItemsBlock,
  type AppraisalReport,
  rankingSheetPlan,
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
  type YearRecordSource,
  YEAR_RECORD_SHEET,
  yearRecordRowStream,
} from "@cchc/scoring-core";
import {
  blockSheet,
  renderReportDocx,
  templateSheets,
  writeWorkbook,
  writeWorkbookTo,
  type RawDeflate,
  type DeferredSheet,
  type XlsxSheet,
} from "@cchc/xlsx-grid";
import * as zlib from "node:zlib";

/**
 * Node's zlib deflates the large workbooks (a ranking, the feedback files): about 3× fflate.
 * Each piece ends on a sync flush, the last one with the final block (see RawDeflate). Node
 * before 20.15 has no zlib.crc32: fflate then, as in browsers.
 */
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array, value: number) => number }).crc32;
export const nativeDeflate: RawDeflate | undefined =
  typeof zlibCrc32 === "function"
    ? {
        deflate: (data, final) =>
          zlib.deflateRawSync(data, {
            level: 6,
            finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
          }),
        crc32: (data, crc) => zlibCrc32(data, crc),
      }
    : undefined;

/** Write options for the cli's large workbooks. */
export const nativeWrite = nativeDeflate ? { deflate: nativeDeflate } : {};

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

/**
 * The ranking workbook, handed to `write` piece by piece as the zip is made (writeWorkbookTo):
 * a country's ranking is never held whole, nor its compressed pieces.
 */
export function writeRankingWorkbook(
  write: (chunk: Uint8Array) => void,
  ranking: RankingReport,
  units: readonly UnitResult[],
  lang: Lang,
  options: Omit<RankingSheetsOptions, "units"> = {},
  record?: YearRecordSource,
): void {
  // Chart sheets carry their chart in the block; the writer draws it natively.
  // Streamed: each sheet not built anyway is made at its turn, and a large sheet's rows (ranking,
  // fields, criteria, checking: one a unit) are made by the core as its part is written, then
  // dropped, so no sheet is held whole.
  const sheets: (XlsxSheet | DeferredSheet)[] = rankingSheetPlan(ranking, lang, { ...options, units }).map(
    (p) =>
      p.ready
        ? blockSheet(p.ready, { stream: true })
        : { name: p.name, make: () => blockSheet(p.stream(), { stream: true }) },
  );
  // The year's results, machine-readable, last: next year's `cchc trend` and `cchc plan` read them.
  if (record) sheets.push(yearRecordSheet(record));
  writeWorkbookTo(sheets, write, nativeWrite);
}

/**
 * The year record's sheet, its rows made while the part is written: ≈ 8 KB of JSON per unit,
 * which for a whole country would otherwise be held several times over (record, JSON, XML).
 */
function yearRecordSheet(record: YearRecordSource): XlsxSheet {
  return {
    name: YEAR_RECORD_SHEET,
    // Hidden as the hosts write it: JSON for the tool, not a table for the reader of the ranking.
    state: "hidden",
    rows: [],
    rowStream: function* () {
      for (const row of yearRecordRowStream(record)) yield row.map((value) => ({ value }));
    },
    columnWidths: [60, 4, 80],
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
