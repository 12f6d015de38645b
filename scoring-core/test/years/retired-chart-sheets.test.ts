/**
 * A group's chart sheet from an earlier Xu hướng whose group has no data now is not left with its
 * old chart: the core retires it (a block saying so, written over it; hosts remove its chart).
 */
import { retiredChartSheets } from "../../src/years/trend-chart-sheets";
import { MemoryWorkbook, WorkflowService, type WorkbookRead } from "../../src/workflow";
import { YEAR_RECORD_SHEET, yearRecordRows } from "../../src/years/year-record-sheet";
import type { Grid } from "../../src/grid/grid";
import { record, unitYear } from "./records";

describe("retiredChartSheets", () => {
  it("only earlier chart sheets this run does not write, in either language, numbered copies too", () => {
    const owned = [
      "Xu hướng chỉ số",
      "Biểu đồ - Sở, ban, ngành",
      "Biểu đồ - Huyện",
      "Biểu đồ - Xã (2)",
      "Chart - Districts",
      "Giảm nhiều nhất",
    ];
    const written = ["Xu hướng chỉ số", "Biểu đồ - Sở, ban, ngành", "Giảm nhiều nhất"];
    const blocks = retiredChartSheets(owned, written, "vi");
    expect(blocks.map((b) => b.name)).toEqual(["Biểu đồ - Huyện", "Biểu đồ - Xã (2)", "Chart - Districts"]);
    expect(blocks[0]!.rows[0]![0]).toBe("KHÔNG CÒN DỮ LIỆU CHO NHÓM NÀY");
    expect(blocks.every((b) => b.lineChart === undefined)).toBe(true);
    expect(retiredChartSheets(owned, written, "en")[0]!.rows[0]![0]).toBe("NO DATA FOR THIS GROUP ANY MORE");
  });

  it("a long group's sheet as a host names it (31 characters, numbered) is still current", () => {
    const long = "Biểu đồ - UBND xã, phường, đặc khu";
    const excel = long.slice(0, 31);
    const copy = `${long.slice(0, 27)} (2)`;
    expect(retiredChartSheets([long, excel, copy], [long], "vi")).toEqual([]);
  });
});

const grid = (year: number, units: Parameters<typeof unitYear>[0][]): Grid => ({
  sheet: YEAR_RECORD_SHEET,
  values: yearRecordRows(record(year, units.map(unitYear))),
});
const files: Record<string, Grid[]> = {
  "2024.xlsx": [
    grid(2024, [
      { unit: "Sở Tài chính", index: 80 },
      { unit: "UBND huyện A", group: "Huyện", index: 75 },
    ]),
  ],
  "2025.xlsx": [
    grid(2025, [
      { unit: "Sở Tài chính", index: 85 },
      { unit: "UBND huyện A", group: "Huyện", index: 70 },
    ]),
  ],
  "2026.xlsx": [grid(2026, [{ unit: "Sở Tài chính", index: 90 }])],
};
const file = (name: string) => ({ name, data: new TextEncoder().encode(name).buffer as ArrayBuffer });
const sheetOf = (book: MemoryWorkbook, name: string) => book.sheets.find((s) => s.info.name === name)!;
const reader = (bytes: Uint8Array): WorkbookRead => ({
  ok: true,
  grids: files[new TextDecoder().decode(bytes)]!,
});

describe("Xu hướng retires a group's stale chart sheet (the in-memory host)", () => {
  it("the second run's group without data: its sheet says so, in the run's one port write", async () => {
    const book = new MemoryWorkbook([{ sheet: "Tổng hợp", values: [["Đơn vị"]] }]);
    const service = new WorkflowService(book, {
      host: "excel",
      displayLanguage: "vi-VN",
      capabilities: () => ({ consolidateFiles: true, consolidateUnits: false, templates: true, marks: true }),
      loadReader: () => Promise.resolve(reader),
    });
    const first = await service.trends({ source: "files", files: ["2024.xlsx", "2025.xlsx"].map(file) });
    expect(first.sheets).toContain("Biểu đồ - Huyện");
    expect(sheetOf(book, "Biểu đồ - Huyện").block?.lineChart).toBeDefined();
    const second = await service.trends({ source: "files", files: ["2025.xlsx", "2026.xlsx"].map(file) });
    expect(book.calls.writeToolSheets).toBe(2);
    // The trend follows the latest year's units: 2026 has no district, so its group has no chart.
    expect(second.sheets).not.toContain("Biểu đồ - Huyện");
    const stale = sheetOf(book, "Biểu đồ - Huyện");
    expect(stale.block?.lineChart).toBeUndefined();
    expect(stale.grid.values[0]![0]).toBe("KHÔNG CÒN DỮ LIỆU CHO NHÓM NÀY");
    expect(stale.grid.values.flat().some((v) => typeof v === "number")).toBe(false);
    // The user's sheet is untouched.
    expect(sheetOf(book, "Tổng hợp").grid.values).toEqual([["Đơn vị"]]);
  });
});
