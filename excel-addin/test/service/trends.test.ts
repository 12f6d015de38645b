/** Xu hướng over the fake Excel: picked past ranking workbooks → the tool's trend sheets, batched. */
import { YEAR_RECORD_SHEET, yearRecordRows, type UnitYear, type YearRecord } from "@cchc/scoring-core";
import { blockSheet, writeWorkbook } from "@cchc/xlsx-grid";
import { setup } from "../helpers/service";

const unit = (name: string, index: number, rank: number, group = "Sở, ban, ngành"): UnitYear => ({
  unit: name,
  group,
  unitType: "department",
  rank,
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
  fields: [{ code: "1", title: "Chỉ đạo", points: index / 10, max: 10 }],
  leaves: [],
});

const rankingFile = (name: string, year: number, units: UnitYear[]) => {
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
      name: "Xếp hạng - Sở",
      rows: [["Đơn vị", "Chỉ số (%)"]],
      headerRows: [0],
      columnWidths: [30, 10],
      numberColumns: [1],
      links: [],
    }),
    blockSheet({
      name: YEAR_RECORD_SHEET,
      rows: yearRecordRows(record),
      headerRows: [],
      columnWidths: [60],
      numberColumns: [],
      links: [],
    }),
  ]);
  return { name, data: bytes.slice().buffer };
};

const listFile = (name: string, rows: string[][]) => ({
  name,
  data: writeWorkbook([
    blockSheet({
      name: "Sắp xếp",
      rows,
      headerRows: [0],
      columnWidths: [30, 30],
      numberColumns: [],
      links: [],
    }),
  ]).slice().buffer,
});

describe("trends (Excel)", () => {
  it("writes the trend sheets in one sync, the user's sheets untouched, skipped files named", async () => {
    const { host, service, syncsOf } = setup();
    host.model.addSheet("Tổng hợp").fill("A1", [["Ghi chú của tôi"]]);
    const files = [
      rankingFile("xep-hang-2024.xlsx", 2024, [
        unit("Sở KH-ĐT", 70, 2),
        unit("Sở Tài chính", 80, 1),
        unit("Sở Y tế", 75.25, 3),
      ]),
      rankingFile("xep-hang-2025.xlsx", 2025, [unit("Sở Tài chính", 85, 2), unit("Sở Y tế", 90, 1)]),
      listFile("danh-sach.xlsx", [["STT", "Đơn vị"]]),
    ];
    const renamesFile = listFile("sap-xep.xlsx", [
      ["Tên cũ", "Tên mới"],
      ["Sở KH-ĐT", "Sở Tài chính"],
    ]);
    const { result, syncs } = await syncsOf(() => service.trends({ source: "files", files, renamesFile }));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(result.years).toEqual([2024, 2025]);
    expect(result.units).toBe(2);
    expect(result.unmatched).toEqual([]);
    expect(result.skipped.map((s) => [s.file, s.reason])).toEqual([["danh-sach.xlsx", "no-record"]]);
    expect(result.sheets[0]).toBe("Xu hướng chỉ số");
    for (const name of result.sheets) expect(host.model.sheet(name)).toBeDefined();
    const index = host.model.sheet("Xu hướng chỉ số");
    const rows = [...index.cells.entries()].map(([, row]) => [...row.values()].map((c) => c.value));
    expect(rows.find((r) => r.includes("Sở Y tế"))).toEqual(expect.arrayContaining([75.25, 90]));
    expect(rows.some((r) => r.includes("Sáp nhập từ: Sở KH-ĐT, Sở Tài chính"))).toBe(true);
    expect(host.model.sheet("Tổng hợp").cells.get(0)?.get(0)?.value).toBe("Ghi chú của tôi");

    // Again: the same tool sheets refreshed in place, none added.
    const count = host.model.sheets.length;
    const again = await service.trends({ source: "files", files, renamesFile });
    expect(again.sheets).toEqual(result.sheets);
    expect(host.model.sheets).toHaveLength(count);
  });

  it("no ranking with year results: a clear error and nothing written", async () => {
    const { host, service } = setup();
    host.model.addSheet("Tổng hợp");
    await expect(
      service.trends({ source: "files", files: [listFile("danh-sach.xlsx", [["STT"]])] }),
    ).rejects.toMatchObject({ code: "trends-none" });
    expect(host.model.sheets).toHaveLength(1);
  });
});
