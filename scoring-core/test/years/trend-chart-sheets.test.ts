import { buildTrends } from "../../src/years/trends";
import {
  MAX_CHART_LINES,
  chartedUnits,
  lineChartSource,
  trendChartSheets,
} from "../../src/years/trend-chart-sheets";
import { record, unitYear } from "./records";

describe("trend chart sheets", () => {
  it("draws every unit of a small group, one line per unit over the years, gaps for missing years", () => {
    const trends = buildTrends(
      [
        record(2023, [unitYear({ unit: "Sở A", index: 70 }), unitYear({ unit: "Sở B", index: 80 })]),
        record(2024, [unitYear({ unit: "Sở A", index: 75.5 })]),
        record(2025, [unitYear({ unit: "Sở A", index: 90 }), unitYear({ unit: "Sở B", index: 66 })]),
      ],
      {},
    );
    const [sheet, ...more] = trendChartSheets(trends, "vi");
    expect(more).toHaveLength(0);
    const chart = sheet!.lineChart!;
    expect(sheet!.name).toBe("Biểu đồ - Sở, ban, ngành");
    expect(chart.categories).toEqual(["2023", "2024", "2025"]);
    expect(sheet!.rows[chart.categoriesRow]!.slice(chart.fromCol, chart.toCol + 1)).toEqual([
      "2023",
      "2024",
      "2025",
    ]);
    const byName = new Map(chart.series.map((s) => [s.name, s]));
    expect(byName.get("Sở A")!.values).toEqual([70, 75.5, 90]);
    // A year without a figure is a gap, never 0.
    expect(byName.get("Sở B")!.values).toEqual([80, null, 66]);
    // Each series row holds its name and values where the chart's references point.
    for (const s of chart.series) {
      expect(sheet!.rows[s.row]![chart.nameCol]).toBe(s.name);
      expect(sheet!.rows[s.row]!.slice(chart.fromCol, chart.toCol + 1)).toEqual(s.values);
    }
    // The axis starts below the lowest index, in tens.
    expect(chart.axisMin).toBe(60);
    expect(chart.axisMax).toBe(100);
    expect(sheet!.rows.flat()).toContain("Biểu đồ vẽ cả 2 đơn vị của nhóm.");
  });

  it("draws the five highest and five lowest of the last year when a group has more than ten units", () => {
    const n = 14;
    const units = (year: number) =>
      Array.from({ length: n }, (_, i) =>
        unitYear({
          unit: `UBND xã ${String.fromCharCode(65 + i)}`,
          group: "Xã",
          index: i === 3 && year === 2025 ? null : 50 + i + (year - 2024),
        }),
      );
    const trends = buildTrends([record(2024, units(2024)), record(2025, units(2025))]);
    const picked = chartedUnits(trends.units);
    expect(picked.limited).toBe(true);
    expect(picked.units).toHaveLength(MAX_CHART_LINES);
    // Indexes 2025: 51 + i (D has none): the top five are N…J, the bottom five F, E, C, B, A.
    expect(picked.units.slice(0, 5).map((u) => u.unit.slice(-1))).toEqual(["N", "M", "L", "K", "J"]);
    expect(picked.units.slice(5).map((u) => u.unit.slice(-1))).toEqual(["F", "E", "C", "B", "A"]);
    // The unit without a 2025 index cannot be placed and is not drawn.
    expect(picked.units.some((u) => u.unit.endsWith("D"))).toBe(false);
    const [sheet] = trendChartSheets(trends, "vi");
    expect(sheet!.lineChart!.series).toHaveLength(10);
    expect(sheet!.rows.flat().join("\n")).toContain(
      "Nhóm có 14 đơn vị: biểu đồ vẽ 5 đơn vị có chỉ số năm 2025 cao nhất và 5 đơn vị thấp nhất",
    );
    expect(sheet!.rows.flat()).toContain("Cao nhất");
    expect(sheet!.rows.flat()).toContain("Thấp nhất");
  });

  it("explains a merged unit's missing years with its predecessors' figures", () => {
    const trends = buildTrends(
      [
        record(2024, [
          unitYear({ unit: "Sở KH-ĐT", index: 80.5 }),
          unitYear({ unit: "Sở Tài chính", index: 70 }),
        ]),
        record(2025, [unitYear({ unit: "Sở Tài chính", index: 88 })]),
      ],
      { renames: { "Sở KH-ĐT": "Sở Tài chính" } },
    );
    const [sheet] = trendChartSheets(trends, "vi");
    const s = sheet!.lineChart!.series[0]!;
    expect(s.values).toEqual([null, 88]);
    expect(sheet!.rows[s.row]).toContain(
      "2024: sáp nhập từ Sở KH-ĐT 80,5; Sở Tài chính 70 (không có chỉ số chung)",
    );
  });

  it("gives the hosts one source rectangle: categories row and name column first, a series per row", () => {
    const trends = buildTrends(
      [
        record(2024, [unitYear({ unit: "Sở A", index: 70 })]),
        record(2025, [
          unitYear({ unit: "Sở A", index: 75 }),
          unitYear({ unit: "Sở B", index: 80 }),
          unitYear({ unit: "UBND xã C", group: "Xã" }),
        ]),
      ],
      {},
    );
    const sheets = trendChartSheets(trends, "vi");
    // A title per group.
    expect(sheets.map((s) => s.lineChart!.title)).toEqual([
      "Chỉ số CCHC qua các năm (%) — Sở, ban, ngành",
      "Chỉ số CCHC qua các năm (%) — Xã",
    ]);
    const chart = sheets[0]!.lineChart!;
    const source = lineChartSource(chart)!;
    expect(source).toEqual({
      top: chart.categoriesRow,
      left: chart.nameCol,
      bottom: chart.categoriesRow + 2,
      right: chart.toCol,
    });
    const rows = sheets[0]!.rows
      .slice(source.top, source.bottom + 1)
      .map((r) => r.slice(source.left, source.right + 1));
    expect(rows).toEqual([
      ["Đơn vị", "2024", "2025"],
      ["Sở A", 70, 75],
      ["Sở B", null, 80],
    ]);
    // A description a single range could not draw fails instead of drawing the wrong lines.
    const moved = { ...chart, series: chart.series.map((s, i) => (i === 1 ? { ...s, row: s.row + 1 } : s)) };
    expect(() => lineChartSource(moved)).toThrow(/series rows/);
    expect(lineChartSource({ ...chart, series: [] })).toBeNull();
  });
});
