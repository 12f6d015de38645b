/**
 * The workbooks the command writes, each from a core layout (SheetBlock / TemplateSpec)
 * rendered by the cli's xlsx writer. No layout decisions here beyond where the chart goes.
 */
import {
  foldText,
  rankingSheets,
  resultsSheet,
  type Lang,
  type RankingReport,
  type SheetBlock,
  type UnitResult,
  type TemplateSpec,
  type ValidationReport,
  type YearRecord,
  YEAR_RECORD_SHEET,
  yearRecordRows,
} from "@cchc/scoring-core";
import { blockSheet, templateSheet, writeWorkbook } from "@cchc/xlsx-grid";

/**
 * A unit's feedback: the core's results sheet. `unitWorkbook` is the unit's file relative to
 * the feedback file, so each issue's link opens the unit's workbook at its cell.
 */
export function feedbackWorkbook(report: ValidationReport, lang: Lang, unitWorkbook?: string): Uint8Array {
  return writeWorkbook([
    blockSheet(resultsSheet(report, lang), unitWorkbook ? { linkWorkbook: unitWorkbook } : {}),
  ]);
}

export function templateWorkbook(spec: TemplateSpec): Uint8Array {
  return writeWorkbook([templateSheet(spec)]);
}

export function rankingWorkbook(
  ranking: RankingReport,
  units: readonly UnitResult[],
  lang: Lang,
  record?: YearRecord,
): Uint8Array {
  const blocks = rankingSheets(ranking, lang, { units });
  const chartBlock = ranking.groups.length > 0 ? blocks[0] : undefined;
  const sheets = blocks.map((b) => {
    const chart = b === chartBlock ? indexChart(b, lang) : null;
    return chart ? blockSheet(b, { chart }) : blockSheet(b);
  });
  // The year's results, machine-readable, last: next year's `cchc trend` and `cchc plan` read them.
  if (record) sheets.push(blockSheet(yearRecordBlock(record)));
  return writeWorkbook(sheets);
}

function yearRecordBlock(record: YearRecord): SheetBlock {
  const rows = yearRecordRows(record);
  return {
    name: YEAR_RECORD_SHEET,
    rows,
    headerRows: [],
    columnWidths: [60, 4, 80],
    numberColumns: [],
    links: [],
  };
}

/**
 * The index-by-unit chart of a ranking sheet: finds the unit and index columns by their
 * header (the core's block names them) and spans the data rows under the header.
 */
export function indexChart(
  block: SheetBlock,
  lang: Lang,
): { title: string; categoriesCol: number; valuesCol: number; fromRow: number; toRow: number } | null {
  const headerRow = Math.max(...block.headerRows);
  const header = block.rows[headerRow];
  if (!header) return null;
  const folded = header.map((c) => (typeof c === "string" ? foldText(c) : ""));
  const categoriesCol = folded.findIndex((h) => h.startsWith("don vi") || h.startsWith("unit"));
  const valuesCol = folded.findIndex((h) => h.startsWith("chi so") || h.startsWith("index"));
  if (categoriesCol < 0 || valuesCol < 0) return null;
  const fromRow = headerRow + 1;
  let toRow = fromRow - 1;
  for (let r = fromRow; r < block.rows.length; r++) {
    const row = block.rows[r];
    if (!row || typeof row[valuesCol] !== "number") break;
    toRow = r;
  }
  if (toRow < fromRow) return null;
  const title = lang === "vi" ? "Chỉ số CCHC theo đơn vị (%)" : "Administrative Reform Index by unit (%)";
  return { title, categoriesCol, valuesCol, fromRow, toRow };
}
