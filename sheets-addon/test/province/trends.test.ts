/**
 * Xu hướng in the Sở's edition over the fakes: past ranking spreadsheets by URL or ID (each one
 * openById, one getSheetByName, one read), the core's trend, tool-owned sheets in the control
 * spreadsheet; a spreadsheet without a record or out of reach is named, not guessed at.
 */
import { YEAR_RECORD_SHEET, yearRecordRows, type UnitYear, type YearRecord } from "@cchc/scoring-core";
import { ServiceError } from "@cchc/scoring-core/workflow";
import { provinceService } from "../../src/client/province/province-service";
import type { ProvinceClient } from "../../src/client/province/api";
import { provinceTrendsFor } from "../../src/server/province/trends";
import { provinceWith, unitRows } from "./province-fixture";

const unit = (name: string, index: number, rank: number): UnitYear => ({
  unit: name,
  group: "Sở, ban, ngành",
  unitType: "Sở",
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
  fields: [],
  leaves: [],
});

function setup() {
  const env = provinceWith(unitRows(1));
  const ranking = (year: number, units: UnitYear[]) => {
    const record: YearRecord = {
      kind: "cchc-year-results",
      version: 1,
      year,
      province: null,
      criteriaSetIds: [],
      units,
    };
    const book = env.world.addSpreadsheet(`Xếp hạng ${year}`, env.owner);
    book._addSheet("Xếp hạng - Sở")._fill([["Đơn vị", "Chỉ số (%)"]]);
    book._addSheet(YEAR_RECORD_SHEET)._fill(yearRecordRows(record));
    return book._fileId;
  };
  const y2024 = ranking(2024, [
    unit("Sở KH-ĐT", 70, 2),
    unit("Sở Tài chính", 80, 1),
    unit("Sở Y tế", 75.5, 3),
  ]);
  const y2025 = ranking(2025, [unit("Sở Tài chính", 85, 2), unit("Sở Y tế", 90, 1)]);
  const other = env.world.addSpreadsheet("Danh sách", env.owner);
  other._addSheet("Trang tính1")._fill([
    ["Tên cũ", "Tên mới"],
    ["Sở KH-ĐT", "Sở Tài chính"],
  ]);
  env.log.reset();
  return { env, y2024, y2025, list: other._fileId };
}

describe("Xu hướng (Sheets, Sở Nội vụ)", () => {
  it("reads each ranking in three calls and writes the trend sheets to the control spreadsheet", () => {
    const { env, y2024, y2025, list } = setup();
    const reply = provinceTrendsFor(
      env.services,
      "vi",
      [
        `https://docs.google.com/spreadsheets/d/${y2024}/edit#gid=0`,
        y2025,
        list,
        "không phải địa chỉ",
        "zzzzzzzzzz",
      ],
      `https://docs.google.com/spreadsheets/d/${list}/edit`,
    );
    expect(reply.years).toEqual([2024, 2025]);
    expect(reply.units).toBe(2);
    expect(reply.unmatched).toEqual([]);
    expect(reply.skipped.map((s) => [s.file, s.reason])).toEqual([
      [list, "no-record"],
      ["không phải địa chỉ", "unreadable-file"],
      ["zzzzzzzzzz", "unreadable-file"],
    ]);
    expect(reply.skipped[1]!.message).toContain("không phải địa chỉ hay ID bảng tính");
    // Per ranking: openById, getSheetByName, getDataRange + getValues.
    expect(env.log.count(/^SpreadsheetApp\.openById$/)).toBe(5);
    expect(env.log.count(/getSheetByName$/)).toBeGreaterThanOrEqual(3);
    const index = env.control._sheet("Xu hướng chỉ số");
    const rows = index._cells.map((r) => r.map((c) => c.value));
    expect(rows.find((r) => r.includes("Sở Y tế"))).toEqual(expect.arrayContaining([75.5, 90]));
    expect(rows.some((r) => r.includes("Sáp nhập từ: Sở KH-ĐT, Sở Tài chính"))).toBe(true);
    // The user's control sheets are untouched.
    expect(env.control._sheet("Đơn vị")._cells[1]![0]!.value).toBe("Sở Số 1");
  });

  it("no spreadsheet with year results: the core's message, nothing written", () => {
    const { env, list } = setup();
    const sheets = env.control._sheets.length;
    expect(() => provinceTrendsFor(env.services, "vi", [list], null)).toThrow(
      /\[cchc:workflow\] Không có tệp nào mang dữ liệu kết quả năm/,
    );
    expect(env.control._sheets.length).toBe(sheets);
  });

  it("the sidebar's service passes URLs/IDs to the server and shows its errors in Vietnamese", async () => {
    const calls: unknown[][] = [];
    const client = {
      provinceTrends: (refs: string[], renamesRef: string | null) => {
        calls.push([refs, renamesRef]);
        return Promise.reject(new Error("[cchc:workflow] Không có tệp nào mang dữ liệu kết quả năm.\nGợi ý"));
      },
    } as unknown as ProvinceClient;
    const base = { displayLanguage: () => "vi-VN", capabilities: () => ({}) } as never;
    const store = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
    const service = provinceService(base, client, store);
    const err = await service.trends!({
      source: "spreadsheets",
      refs: ["a1b2c3d4e5"],
      renamesRef: null,
    }).catch((e: unknown) => e);
    expect(calls).toEqual([[["a1b2c3d4e5"], null]]);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).message).toBe("Không có tệp nào mang dữ liệu kết quả năm.");
    expect((err as ServiceError).hint).toBe("Gợi ý");
  });
});
