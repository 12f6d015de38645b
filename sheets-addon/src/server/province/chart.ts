/**
 * The embedded chart of the index by unit on a group's ranking sheet: a bar chart over the
 * unit and index columns the core's ranking block lays out. Refreshing the sheet replaces it.
 */
import type { ChartSpec } from "@cchc/scoring-core/workflow";
import type { Sheet } from "../services";

/** The chart the core asked for (its columns are the ranking block's), right of a block `width` wide. */
export function insertIndexChart(sheet: Sheet, spec: ChartSpec, width: number): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  const units = spec.lastRow - spec.headerRow;
  if (units <= 0) return;
  const chart = sheet
    .newChart()
    .asBarChart()
    .addRange(sheet.getRange(spec.headerRow + 1, spec.categoryCol + 1, units + 1, 1))
    .addRange(sheet.getRange(spec.headerRow + 1, spec.valueCol + 1, units + 1, 1))
    .setPosition(spec.headerRow + 1, width + 2, 0, 0)
    .setOption("title", spec.title)
    .setOption("legend", { position: "none" })
    .build();
  sheet.insertChart(chart);
}
