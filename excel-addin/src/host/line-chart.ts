/**
 * A trend chart sheet's native line chart over Office.js: the core's description (OutLineChart:
 * one series per unit, the years as categories, a gap for a year without a figure, the group's
 * title, the index axis's bounds) translated into one `charts.add` and its settings. Only Xu
 * hướng draws line charts, so this is a lazy chunk, loaded by OfficePort.writeBlocks on demand.
 * Everything here is queued: it goes to Excel in the write's one sync.
 */
import { rangeA1, type OutLineChart } from "@cchc/scoring-core";
import { lineChartSource } from "@cchc/scoring-core/trends";

/** The chart's size beside the table: columns and rows of the default grid (legend of ten units). */
const CHART_COLS = 9;
const CHART_ROWS = 20;

/**
 * Adds the chart right of a table `width` columns wide. `blanksApi`: the host has ExcelApi 1.8,
 * where the chart states that empty cells are not plotted (older Excel's default is the same).
 */
export function addLineChart(
  ws: Excel.Worksheet,
  chart: OutLineChart,
  width: number,
  blanksApi: boolean,
): void {
  const source = lineChartSource(chart);
  if (!source) return;
  // A year typed into a cell becomes a number, and Excel plots a first row of numbers as one more
  // series: the categories are entered as text ('2025) so they stay the axis labels.
  ws.getRange(rangeA1(chart.categoriesRow, chart.fromCol, chart.categoriesRow, chart.toCol)).formulas = [
    chart.categories.map((c) => `'${c}`),
  ];
  // ExcelApi 1.1: one source range, one series per row, names in its first column.
  const added = ws.charts.add(
    "Line",
    ws.getRange(rangeA1(source.top, source.left, source.bottom, source.right)),
    "Rows",
  );
  added.title.text = chart.title;
  if (chart.axisMin !== undefined) added.axes.valueAxis.minimum = chart.axisMin;
  if (chart.axisMax !== undefined) added.axes.valueAxis.maximum = chart.axisMax;
  // A year without an index is an empty cell: a gap in the line, never a fall to 0.
  if (blanksApi) added.displayBlanksAs = "NotPlotted";
  added.setPosition(
    ws.getRange(rangeA1(source.top, width + 1, source.top, width + 1)),
    ws.getRange(
      rangeA1(
        source.top + CHART_ROWS - 1,
        width + CHART_COLS,
        source.top + CHART_ROWS - 1,
        width + CHART_COLS,
      ),
    ),
  );
}
