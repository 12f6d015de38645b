/** The fake's charts fail where Excel fails and plot what Excel would plot. */
import { FakeExcelHost } from "./index";

function withTable(options: ConstructorParameters<typeof FakeExcelHost>[0] = {}) {
  const host = new FakeExcelHost(options);
  const sheet = host.model.addSheet("Biểu đồ").fill("A1", [
    ["Đơn vị", null, null],
    ["Sở A", 70, 80],
    ["Sở B", null, "không có"],
  ]);
  // The years entered as text ('2024), as the host writes them.
  sheet.set(0, 1, { value: "2024", formula: null, text: true });
  sheet.set(0, 2, { value: "2025", formula: null, text: true });
  return host;
}

const add = (host: FakeExcelHost, type: string, address: string, seriesBy = "Rows") =>
  host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Biểu đồ");
    ws.charts.add(type as Excel.ChartType, ws.getRange(address), seriesBy as Excel.ChartSeriesBy);
    await context.sync();
  });

describe("the fake Excel's charts", () => {
  it("lays a source out like Excel: text categories, names, a gap for an empty cell, 0 for a text", async () => {
    const host = withTable();
    await add(host, "Line", "A1:C3");
    const [chart] = host.model.sheet("Biểu đồ").charts;
    expect(chart!.categories).toEqual(["2024", "2025"]);
    expect(chart!.series).toEqual([
      { name: "Sở A", values: [70, 80] },
      { name: "Sở B", values: [null, 0] },
    ]);
  });

  it("plots a first row of years typed as numbers as one more series (the trap the host avoids)", async () => {
    const host = withTable();
    host.model.sheet("Biểu đồ").fill("B1", [["2024", 2025]]);
    await add(host, "Line", "A1:C2");
    const [chart] = host.model.sheet("Biểu đồ").charts;
    expect(chart!.categories).toBeNull();
    expect(chart!.series).toEqual([
      { name: "Đơn vị", values: [2024, 2025] },
      { name: "Sở A", values: [70, 80] },
    ]);
  });

  it("refuses an unknown chart type or orientation at sync, and adds nothing", async () => {
    const host = withTable();
    await expect(add(host, "Lines", "A1:C3")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(add(host, "Line", "A1:C3", "ByRows")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.model.sheet("Biểu đồ").charts).toHaveLength(0);
  });

  it("refuses a source outside the sheet", async () => {
    const host = withTable();
    await expect(add(host, "Line", "XFD1:XFE2")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.model.sheet("Biểu đồ").charts).toHaveLength(0);
  });

  it("has displayBlanksAs from ExcelApi 1.8 only, with its three values", async () => {
    const set = (host: FakeExcelHost, value: string) =>
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Biểu đồ");
        const chart = ws.charts.add("Line", ws.getRange("A1:C3"), "Rows");
        chart.displayBlanksAs = value as Excel.ChartDisplayBlanksAs;
        await context.sync();
      });
    await expect(set(withTable({ apiVersion: "1.7" }), "NotPlotted")).rejects.toMatchObject({
      code: "ApiNotFound",
    });
    await expect(set(withTable(), "Gaps")).rejects.toMatchObject({ code: "InvalidArgument" });
    const host = withTable();
    await set(host, "NotPlotted");
    expect(host.model.sheet("Biểu đồ").charts[0]!.displayBlanksAs).toBe("NotPlotted");
  });

  it("takes number bounds for the value axis and refuses others", async () => {
    const host = withTable();
    const bound = (value: unknown) =>
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Biểu đồ");
        const chart = ws.charts.add("Line", ws.getRange("A1:C3"), "Rows");
        chart.axes.valueAxis.minimum = value;
        chart.axes.valueAxis.maximum = 100;
        await context.sync();
      });
    await bound(40);
    expect(host.model.sheet("Biểu đồ").charts[0]).toMatchObject({ axisMin: 40, axisMax: 100 });
    await expect(bound("bốn mươi")).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
