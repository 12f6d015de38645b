/**
 * The fake's embedded charts fail where Apps Script fails (an unknown chart type, a range or a
 * position outside the sheet, a line chart's axis range on another builder) and show what Sheets
 * would draw: a line per row when transposed, an empty cell a gap.
 */
import { fakeAppsScript } from "./apps-script";

function sheet() {
  const env = fakeAppsScript();
  env.book._addSheet("S", 10, 6);
  const api = env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("S")!;
  api.getRange("B1:C1").setNumberFormat("@");
  api.getRange("A1:C3").setValues([
    ["Đơn vị", "2024", "2025"],
    ["Sở A", 70, 80],
    ["Sở B", "", 66],
  ]);
  return { env, api, fake: env.book._sheet("S") };
}

describe("embedded charts in the fake", () => {
  it("draws a line per row when transposed, names from the first column, an empty cell as a gap", () => {
    const { api, fake } = sheet();
    const chart = api
      .newChart()
      .asLineChart()
      .setRange(40, 100)
      .addRange(api.getRange("A1:C3"))
      .setTransposeRowsAndColumns(true)
      .setNumHeaders(1)
      .setPosition(1, 5, 0, 0)
      .build();
    api.insertChart(chart);
    const [drawn] = fake._charts;
    expect(drawn!._layout()).toEqual({
      categories: ["2024", "2025"],
      series: [
        { name: "Sở A", values: [70, 80] },
        { name: "Sở B", values: [null, 66] },
      ],
    });
    expect(drawn!._vRange).toEqual([40, 100]);
    // Not transposed, the same range is a line per column.
    api.insertChart(
      api.newChart().asLineChart().addRange(api.getRange("A1:C3")).setPosition(1, 5, 0, 0).build(),
    );
    expect(fake._charts[1]!._layout().series.map((s) => s.name)).toEqual(["2024", "2025"]);
  });

  it("refuses an unknown chart type, ranges and positions outside the sheet", () => {
    const { api } = sheet();
    expect(() => api.newChart().setChartType("LINES" as never)).toThrow(/Invalid argument: type/);
    expect(() => api.newChart().setChartType("LINE" as never)).not.toThrow();
    expect(() => api.getRange(1, 1, 11, 3)).toThrow(/outside the dimensions/);
    expect(() => api.newChart().asLineChart().setPosition(1, 7, 0, 0)).toThrow(/outside the dimensions/);
    expect(() =>
      (api.newChart().asBarChart() as never as { setRange: (a: number, b: number) => void }).setRange(0, 1),
    ).toThrow(/not a function/);
    expect(() => api.newChart().asLineChart().build()).toThrow(/at least one range/);
  });

  it("replaces by removeChart: a chart not on the sheet is refused", () => {
    const { api } = sheet();
    const chart = api
      .newChart()
      .asLineChart()
      .addRange(api.getRange("A1:C3"))
      .setPosition(1, 5, 0, 0)
      .build();
    expect(() => api.removeChart(chart)).toThrow(/Chart not found/);
    api.insertChart(chart);
    expect(api.getCharts()).toHaveLength(1);
    api.removeChart(api.getCharts()[0]!);
    expect(api.getCharts()).toHaveLength(0);
  });
});
