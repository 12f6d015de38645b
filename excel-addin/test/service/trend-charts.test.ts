/**
 * Xu hướng's line charts over the fake Excel: one native chart per group on its chart sheet,
 * drawn from the core's description (a series per unit, the years as categories, a gap for a
 * missing year), in the same two syncs; writing the trend again replaces the charts.
 */
import { YEAR_RECORD_SHEET, yearRecordRows, type UnitYear, type YearRecord } from "@cchc/scoring-core";
import { blockSheet, writeWorkbook } from "@cchc/xlsx-grid";
import type { ChartModel, SheetModel } from "../fake-excel/model";
import { setup } from "../helpers/service";

const unit = (name: string, group: string, index: number): UnitYear => ({
  unit: name,
  group,
  unitType: group === "Sở, ban, ngành" ? "department" : "commune",
  rank: 1,
  index,
  classification: "Tốt",
  self: index,
  appraised: null,
  survey: null,
  final: index,
  max: 100,
  errors: 0,
  warnings: 0,
  issueCodes: {},
  fields: [],
  leaves: [],
});

const rankingFile = (year: number, units: UnitYear[]) => {
  const record: YearRecord = {
    kind: "cchc-year-results",
    version: 1,
    year,
    province: "An Hòa",
    criteriaSetIds: [],
    units,
  };
  const bytes = writeWorkbook([
    blockSheet({
      name: YEAR_RECORD_SHEET,
      rows: yearRecordRows(record),
      headerRows: [],
      columnWidths: [60],
      numberColumns: [],
      links: [],
    }),
  ]);
  return { name: `xep-hang-${year}.xlsx`, data: bytes.slice().buffer };
};

const DEPT = "Sở, ban, ngành";
const COMMUNE = "UBND cấp xã";
/** Twelve communes (more than ten: the chart draws five highest and five lowest). */
const communes = (year: number) =>
  Array.from({ length: 12 }, (_, i) =>
    unit(`UBND xã ${String.fromCharCode(65 + i)}`, COMMUNE, 60 + i + year - 2024),
  );

function files() {
  return [
    rankingFile(2023, [unit("Sở Tài chính", DEPT, 70), unit("Sở Y tế", DEPT, 62.5)]),
    // Sở Y tế has no 2024 figure: its line has a gap there, never a 0.
    rankingFile(2024, [unit("Sở Tài chính", DEPT, 75), ...communes(2024)]),
    rankingFile(2025, [unit("Sở Tài chính", DEPT, 85), unit("Sở Y tế", DEPT, 80), ...communes(2025)]),
  ];
}

const chartsOf = (sheets: SheetModel[]): { sheet: string; chart: ChartModel }[] =>
  sheets.flatMap((s) => s.charts.map((chart) => ({ sheet: s.name, chart })));

describe("trend line charts (Excel)", () => {
  it("draws one line chart per group beside its table, gaps for missing years, in ≤ 2 syncs", async () => {
    const { host, service, syncsOf } = setup();
    host.model.addSheet("Tổng hợp");
    const { result, syncs } = await syncsOf(() => service.trends({ source: "files", files: files() }));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(result.sheets).toEqual(expect.arrayContaining([`Biểu đồ - ${DEPT}`, `Biểu đồ - ${COMMUNE}`]));

    const charts = chartsOf(host.model.sheets);
    expect(charts.map((c) => c.sheet).sort()).toEqual([`Biểu đồ - ${COMMUNE}`, `Biểu đồ - ${DEPT}`].sort());
    for (const { chart } of charts) {
      expect(chart.type).toBe("Line");
      expect(chart.seriesBy).toBe("Rows");
      // The years are the axis labels (not one more series of 2023, 2024, 2025).
      expect(chart.categories).toEqual(["2023", "2024", "2025"]);
      expect(chart.displayBlanksAs).toBe("NotPlotted");
      expect(chart.axisMax).toBe(100);
    }

    const dept = charts.find((c) => c.sheet === `Biểu đồ - ${DEPT}`)!.chart;
    expect(dept.title).toBe(`Chỉ số CCHC qua các năm (%) — ${DEPT}`);
    expect(dept.series).toEqual([
      { name: "Sở Tài chính", values: [70, 75, 85] },
      { name: "Sở Y tế", values: [62.5, null, 80] },
    ]);
    expect(dept.axisMin).toBe(50);
    // Beside the table: the chart starts right of the table's last column, at its header row.
    const table = host.model.sheet(`Biểu đồ - ${DEPT}`);
    const lastCol = Math.max(...[...table.cells.values()].flatMap((row) => [...row.keys()]));
    expect(dept.position!.from.left).toBe(lastCol + 2);
    expect(dept.position!.from.top).toBe(dept.source.top);

    const commune = charts.find((c) => c.sheet === `Biểu đồ - ${COMMUNE}`)!.chart;
    expect(commune.title).toBe(`Chỉ số CCHC qua các năm (%) — ${COMMUNE}`);
    expect(commune.series).toHaveLength(10);
    // The communes have no 2023 ranking: a gap in every line, not a 0.
    for (const s of commune.series!) expect(s.values[0]).toBeNull();
    expect(commune.series![0]).toEqual({ name: "UBND xã L", values: [null, 71, 72] });

    // Again: the charts are replaced, not added to; one per group still.
    const again = await syncsOf(() => service.trends({ source: "files", files: files() }));
    expect(again.syncs).toBeLessThanOrEqual(2);
    expect(
      chartsOf(host.model.sheets)
        .map((c) => c.sheet)
        .sort(),
    ).toEqual(charts.map((c) => c.sheet).sort());
    expect(host.model.sheet("Tổng hợp").charts).toHaveLength(0);
  });

  it("before ExcelApi 1.8 the chart is drawn without displayBlanksAs (Excel's default: gaps)", async () => {
    const { host, service } = setup({ apiVersion: "1.7" });
    await service.trends({ source: "files", files: files() });
    const dept = host.model.sheet(`Biểu đồ - ${DEPT}`).charts;
    expect(dept).toHaveLength(1);
    expect(dept[0]!.displayBlanksAs).toBeUndefined();
    expect(dept[0]!.series![1]).toEqual({ name: "Sở Y tế", values: [62.5, null, 80] });
  });

  it("a group with no data any more: its old chart sheet is cleared and says so, in ≤ 2 syncs", async () => {
    const { host, service, syncsOf } = setup();
    host.model.addSheet("Tổng hợp").fill("A1", [["Ghi chú của tôi"]]);
    await service.trends({ source: "files", files: files() });
    const stale = `Biểu đồ - ${COMMUNE}`;
    expect(host.model.sheet(stale).charts).toHaveLength(1);
    // Next time the communes are not among the rankings given (e.g. another group's files only).
    const deptOnly = [
      rankingFile(2024, [unit("Sở Tài chính", DEPT, 75)]),
      rankingFile(2025, [unit("Sở Tài chính", DEPT, 85), unit("Sở Y tế", DEPT, 80)]),
    ];
    const { result, syncs } = await syncsOf(() => service.trends({ source: "files", files: deptOnly }));
    expect(syncs).toBeLessThanOrEqual(2);
    // The stale sheet: no chart, no old figures, the core's words; the current group's chart stays.
    const sheet = host.model.sheet(stale);
    expect(sheet.charts).toHaveLength(0);
    const texts = [...sheet.cells.values()].flatMap((row) => [...row.values()].map((c) => c.value));
    expect(texts).toContain("KHÔNG CÒN DỮ LIỆU CHO NHÓM NÀY");
    expect(texts.some((t) => typeof t === "string" && t.startsWith("UBND xã"))).toBe(false);
    expect(texts.some((t) => typeof t === "number")).toBe(false);
    expect(host.model.sheet(`Biểu đồ - ${DEPT}`).charts).toHaveLength(1);
    // The reply lists this run's sheets; the user's sheet is untouched.
    expect(result.sheets).not.toContain(stale);
    expect(host.model.sheet("Tổng hợp").charts).toHaveLength(0);
  });
});
