/**
 * The embedded chart of the index by unit on a group's ranking sheet: a bar chart over the
 * unit and index columns the core's ranking block lays out. Refreshing the sheet replaces it.
 */
import type { Lang, SheetBlock } from "@cchc/scoring-core";
import type { Sheet } from "../services";

/** Columns of the ranking block (0-based): unit name and index (rankingSheets' layout). */
const UNIT_COL = 1;
const INDEX_COL = 9;
export function insertIndexChart(sheet: Sheet, block: SheetBlock, lang: Lang): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  // The header is the block's last header row (a heading block and title come before it).
  const HEADER_ROW = Math.max(...block.headerRows);
  const units = block.rows.length - HEADER_ROW - 1;
  if (units <= 0) return;
  const width = Math.max(...block.rows.map((r) => r.length));
  const chart = sheet
    .newChart()
    .asBarChart()
    .addRange(sheet.getRange(HEADER_ROW + 1, UNIT_COL + 1, units + 1, 1))
    .addRange(sheet.getRange(HEADER_ROW + 1, INDEX_COL + 1, units + 1, 1))
    .setPosition(HEADER_ROW + 1, width + 2, 0, 0)
    .setOption("title", lang === "vi" ? "Chỉ số CCHC theo đơn vị" : "PAR Index by unit")
    .setOption("legend", { position: "none" })
    .build();
  sheet.insertChart(chart);
}
