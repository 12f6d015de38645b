/**
 * Embedded charts of the Sở's edition. The index by unit on a group's ranking sheet: a bar chart
 * over the unit and index columns the core's ranking block lays out; Xu hướng's line chart per
 * group. Refreshing a sheet replaces its chart.
 */
import type { SheetBlock } from "@cchc/scoring-core";
import { lineChartSource } from "@cchc/scoring-core/trends";
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

/**
 * A trend chart sheet's line chart (Xu hướng): the core's description translated into one
 * EmbeddedChart, a line per unit (the rows of its source), the years along the axis, a year
 * without an index left empty and not joined across (interpolateNulls off), the group's title and
 * the index axis's bounds; beside the table. The sheet's earlier charts go first: writing the
 * trend again replaces its chart, never adds a second.
 */
export function replaceTrendChart(sheet: Sheet, block: SheetBlock): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  const chart = block.lineChart;
  const source = chart ? lineChartSource(chart) : null;
  if (!chart || !source) return;
  const width = Math.max(1, ...block.rows.map((r) => r.length));
  let builder = sheet.newChart().asLineChart();
  if (chart.axisMin !== undefined && chart.axisMax !== undefined)
    builder = builder.setRange(chart.axisMin, chart.axisMax);
  const built = builder
    .addRange(
      sheet.getRange(
        source.top + 1,
        source.left + 1,
        source.bottom - source.top + 1,
        source.right - source.left + 1,
      ),
    )
    // A series per row: the names are the first column, the years the first row.
    .setTransposeRowsAndColumns(true)
    .setNumHeaders(1)
    .setOption("title", chart.title)
    .setOption("interpolateNulls", false)
    .setOption("legend", { position: "right" })
    .setPosition(source.top + 1, width + 2, 0, 0)
    .build();
  sheet.insertChart(built);
}
