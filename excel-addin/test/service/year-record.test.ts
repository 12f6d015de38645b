/**
 * The Excel pane's "Tổng hợp" writes the year record `cchc rank` writes (the core's one builder),
 * very hidden, in the same two syncs as the ranking sheets; saved and picked next year, the
 * workbook is a past year for "Xu hướng" and for the report's "so với năm trước".
 */
import {
  inspectionList,
  inspectionSheet,
  isYearRecordGrid,
  previousFromRecord,
  previousYear,
  readYearRecord,
  YEAR_RECORD_SHEET,
  yearRecordBlock,
  yearRecordRows,
  type Grid,
  type YearRecord,
} from "@cchc/scoring-core";
import { GOLDEN_RECORD, goldenSurveyFile, goldenUnitFiles, recordFigures } from "@cchc/test-kit/golden";
import { ExcelWorkbook } from "../../src/service/excel-workbook";
import type { SheetModel } from "../fake-excel/model";
import { setup } from "../helpers/service";
import { xlsxBytes } from "../helpers/unit-files";

/** A fake sheet's values as the grid a reader gives (row by row from A1). */
function gridOf(sheet: SheetModel): Grid {
  const rows = Math.max(0, ...[...sheet.cells.keys()].map((r) => r + 1));
  const values: (string | number | boolean | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = sheet.cells.get(r);
    const width = row ? Math.max(0, ...[...row.keys()].map((c) => c + 1)) : 0;
    values.push(
      Array.from({ length: width }, (_, c) => (row?.get(c)?.value ?? null) as string | number | null),
    );
  }
  return { sheet: sheet.name, values };
}

async function consolidateGolden() {
  const { host, service, syncsOf } = setup();
  host.model.addSheet("Tổng hợp").fill("A1", [["Ghi chú của tôi"]]);
  const { result, syncs } = await syncsOf(() =>
    service.consolidate(
      { source: "files", files: goldenUnitFiles(), surveyFile: goldenSurveyFile() },
      () => undefined,
      new AbortController().signal,
    ),
  );
  return { host, service, syncsOf, result, syncs };
}

/** Another year's ranking workbook, as `cchc rank` writes it (its record sheet). */
function laterYear(record: YearRecord) {
  return {
    name: `xep-hang-${record.year}.xlsx`,
    data: xlsxBytes([{ name: YEAR_RECORD_SHEET, values: yearRecordRows(record) }]),
  };
}

describe("the year record (Excel)", () => {
  it("Tổng hợp writes the cli's record, very hidden, in the ranking's two syncs", async () => {
    const { host, result, syncs } = await consolidateGolden();
    expect(syncs).toBeLessThanOrEqual(2);
    const sheet = host.model.sheet(YEAR_RECORD_SHEET);
    expect(sheet.visibility).toBe("VeryHidden");
    // Not a sheet shown to the user; the user's own sheet untouched.
    expect(result.sheets).not.toContain(YEAR_RECORD_SHEET);
    expect(host.model.sheet("Tổng hợp").get(0, 0)?.value).toBe("Ghi chú của tôi");
    const read = readYearRecord(gridOf(sheet));
    if (!read.ok) throw new Error(read.detail);
    expect(read.record.year).toBe(GOLDEN_RECORD.year);
    expect(read.record.province).toBe(GOLDEN_RECORD.province);
    expect(recordFigures(read.record)).toEqual(recordFigures(GOLDEN_RECORD));
  });

  it("a second Tổng hợp refreshes the same hidden sheet, never adds one", async () => {
    const { host, service } = await consolidateGolden();
    const count = host.model.sheets.length;
    await service.consolidate(
      { source: "files", files: goldenUnitFiles(), surveyFile: goldenSurveyFile() },
      () => undefined,
      new AbortController().signal,
    );
    expect(host.model.sheets).toHaveLength(count);
    expect(host.model.sheets.filter((s) => s.name.startsWith(YEAR_RECORD_SHEET))).toHaveLength(1);
  });

  it("a large province's record is chunked below Excel's 32,767 characters per cell", async () => {
    const { host, port } = setup();
    // Excel never hides a workbook's last visible sheet (the fake refuses it too).
    host.model.addSheet("Tổng hợp");
    const many: YearRecord = {
      ...GOLDEN_RECORD,
      units: Array.from({ length: 400 }, (_, i) => ({ ...GOLDEN_RECORD.units[i % 8]!, unit: `Đơn vị ${i}` })),
    };
    expect(JSON.stringify(many).length).toBeGreaterThan(3 * 32_767);
    // The fake refuses a longer cell: every chunk of the core's block goes through it.
    await new ExcelWorkbook(port).writeToolSheets("ranking", [{ block: yearRecordBlock(many) }]);
    const read = readYearRecord(gridOf(host.model.sheet(YEAR_RECORD_SHEET)));
    expect(read.ok && read.record.units.length).toBe(400);
  });

  it("saved and picked next year: a past year for Xu hướng and for so với năm trước", async () => {
    const { host } = await consolidateGolden();
    // The workbook as the user saves it (.xlsx), every sheet, the hidden record included.
    const saved = {
      name: "tong-hop-2025.xlsx",
      data: xlsxBytes(host.model.sheets.map((s) => ({ name: s.name, values: gridOf(s).values }))),
    };
    const y2026: YearRecord = {
      ...GOLDEN_RECORD,
      year: 2026,
      units: GOLDEN_RECORD.units.map((u) => ({ ...u, index: u.index === null ? null : u.index - 10 })),
    };

    // So với năm trước: the record, not the headers.
    const grids = host.model.sheets.map(gridOf);
    expect(grids.some(isYearRecordGrid)).toBe(true);
    const previous = previousYear(grids);
    expect(previous.source).toBe("year-record");
    expect(previous.groups).toEqual(previousFromRecord(GOLDEN_RECORD));

    // Xu hướng next year, in a new workbook: both years read, the index change per unit.
    const next = setup();
    const reply = await next.service.trends({ source: "files", files: [saved, laterYear(y2026)] });
    expect(reply.skipped).toEqual([]);
    expect(reply.years).toEqual([2025, 2026]);
    expect(reply.units).toBe(GOLDEN_RECORD.units.length);
    // Every unit fell by 10 points of index: the 2025 index read back is the golden one.
    expect(reply.fellMost.length).toBe(Math.min(5, GOLDEN_RECORD.units.length));
    for (const f of reply.fellMost) expect(f.change).toBeCloseTo(-10, 9);
    // As the cli gives them: units that fell most, and whom to inspect in the last year (the list
    // `cchc plan xep-hang-2026.xlsx --previous tong-hop-2025.xlsx` writes), each on its sheet.
    const expected = inspectionList(y2026, { previous: GOLDEN_RECORD });
    expect(expected.length).toBeGreaterThan(0);
    expect(reply.inspect).toEqual(
      expected
        .slice(0, 5)
        .map((c) => ({ unit: c.unit, group: c.group, reasons: c.reasons.map((r) => r.text) })),
    );
    expect(reply.sheets).toEqual(expect.arrayContaining(["Giảm nhiều nhất", "Đề xuất kiểm tra"]));
    const inspect = gridOf(next.host.model.sheet("Đề xuất kiểm tra")).values;
    const sheet = inspectionSheet(expected, "vi").rows;
    expect(inspect.map((r) => r.filter((v) => v !== null && v !== ""))).toEqual(
      sheet.map((r) => r.filter((v) => v !== null && v !== "")),
    );
  });
});
