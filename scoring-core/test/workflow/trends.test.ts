/**
 * "Xu hướng" through the workflow layer: past rankings' year records → the tool-owned trend sheets,
 * one port write; files without a record, damaged or of a repeated year are skipped and named.
 */
import { MemoryWorkbook, WorkflowService, type WorkbookRead } from "../../src/workflow";
import { buildTrendSheets } from "../../src/workflow/trends";
import { ServiceError } from "../../src/workflow/service-contract";
import { YEAR_RECORD_SHEET, yearRecordRows } from "../../src/years/year-record-sheet";
import type { Grid } from "../../src/grid/grid";
import { record, unitYear } from "../years/records";

const recordGrid = (year: number, units: Parameters<typeof unitYear>[0][]): Grid => ({
  sheet: YEAR_RECORD_SHEET,
  values: yearRecordRows(record(year, units.map(unitYear))),
});

const files: Record<string, Grid[]> = {
  "xep-hang-2024.xlsx": [
    { sheet: "Xếp hạng - Sở", values: [["x"]] },
    recordGrid(2024, [
      { unit: "Sở KH-ĐT", index: 70 },
      { unit: "Sở Tài chính", index: 80 },
      { unit: "UBND huyện A", group: "Huyện", index: 75.5 },
      { unit: "UBND huyện B", group: "Huyện", index: 60 },
    ]),
  ],
  "xep-hang-2025.xlsx": [
    recordGrid(2025, [
      { unit: "Sở Tài chính", index: 85 },
      { unit: "UBND xã A", group: "Xã", index: 90 },
    ]),
  ],
  "lan-nua-2025.xlsx": [recordGrid(2025, [{ unit: "Sở Tài chính", index: 1 }])],
  "khong-phai.xlsx": [{ sheet: "Bảng", values: [["STT", "Đơn vị"]] }],
  "sap-xep.xlsx": [
    {
      sheet: "Sắp xếp",
      values: [
        ["Tên cũ", "Tên mới"],
        ["Sở KH-ĐT", "Sở Tài chính"],
        ["UBND huyện A", "UBND xã A"],
      ],
    },
  ],
};

const enc = new TextEncoder();
const dec = new TextDecoder();
const file = (name: string) => ({ name, data: enc.encode(name).buffer as ArrayBuffer });
const reader = (bytes: Uint8Array): WorkbookRead => {
  const name = dec.decode(bytes);
  return name === "hong.xlsx"
    ? { ok: false, message: { vi: "tệp hỏng", en: "broken file" } }
    : { ok: true, grids: files[name]! };
};

function service(book: MemoryWorkbook) {
  return new WorkflowService(book, {
    host: "excel",
    displayLanguage: "vi-VN",
    capabilities: () => ({ consolidateFiles: true, consolidateUnits: false, templates: true, marks: true }),
    loadReader: () => Promise.resolve(reader),
  });
}

describe("Xu hướng in a consolidating host", () => {
  it("writes the trend sheets in one port call, matched across the reorganisation", async () => {
    const book = new MemoryWorkbook([{ sheet: "Tổng hợp", values: [["Đơn vị"]] }]);
    const reply = await service(book).trends({
      source: "files",
      files: [
        "xep-hang-2025.xlsx",
        "xep-hang-2024.xlsx",
        "khong-phai.xlsx",
        "lan-nua-2025.xlsx",
        "hong.xlsx",
      ].map(file),
      renamesFile: file("sap-xep.xlsx"),
    });
    expect(book.calls.writeToolSheets).toBe(1);
    expect(reply.years).toEqual([2024, 2025]);
    expect(reply.units).toBe(2);
    expect(reply.unmatched).toEqual([{ unit: "UBND huyện B", group: "Huyện", year: 2024 }]);
    expect(reply.sheets).toEqual([
      "Xu hướng chỉ số",
      // A chart sheet per group, its line chart drawn by the host (as in the cli's workbook).
      "Biểu đồ - Sở, ban, ngành",
      "Biểu đồ - Xã",
      "Xu hướng lĩnh vực",
      "Giảm nhiều nhất",
      "Đơn vị chưa khớp",
      "Đề xuất kiểm tra",
    ]);
    expect(reply.skipped.map((s) => [s.file, s.reason])).toEqual([
      ["khong-phai.xlsx", "no-record"],
      ["lan-nua-2025.xlsx", "same-year"],
      ["hong.xlsx", "unreadable-file"],
    ]);
    expect(reply.skipped[2]!.message).toContain("tệp hỏng");
    // The index sheet: the merged unit shows its predecessors, the renamed commune its 2024 index.
    const index = book.sheets.find((s) => s.info.name === "Xu hướng chỉ số")!.grid.values;
    const row = (unit: string) => index.find((r) => r[1] === unit)!;
    expect(row("Sở Tài chính")).toContain("Sáp nhập từ: Sở KH-ĐT, Sở Tài chính");
    expect(row("UBND xã A").slice(3, 6)).toEqual([75.5, 1, "Tốt"]);
    // User sheets untouched.
    expect(book.sheets[0]!.grid.values).toEqual([["Đơn vị"]]);
  });

  it("says so when no file holds year results, and writes nothing", async () => {
    const book = new MemoryWorkbook([]);
    const err = await service(book)
      .trends({ source: "files", files: [file("khong-phai.xlsx")] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).code).toBe("trends-none");
    expect((err as ServiceError).hint).toContain("khong-phai.xlsx: không có dữ liệu kết quả năm");
    expect(book.calls.writeToolSheets).toBeUndefined();
  });

  it("computes the trend without a mapping when the list has no old/new columns, and says so", () => {
    const built = buildTrendSheets(
      [
        { name: "a", grids: files["xep-hang-2024.xlsx"]! },
        { name: "b", grids: files["xep-hang-2025.xlsx"]! },
      ],
      { name: "ds.xlsx", grids: files["khong-phai.xlsx"]! },
      "vi",
    );
    expect(built.skipped.map((s) => s.reason)).toEqual(["no-renames"]);
    expect(built.report!.unmatched.map((u) => u.unit)).toEqual(["Sở KH-ĐT", "UBND huyện A", "UBND huyện B"]);
    // The chart sheets come too: each host draws their line chart natively from the description.
    const charted = built.blocks.filter((b) => b.lineChart);
    expect(charted.length).toBeGreaterThan(0);
    for (const b of charted) expect(b.lineChart!.title).toContain(b.name.replace("Biểu đồ - ", ""));
  });
});
