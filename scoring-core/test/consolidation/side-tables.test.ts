import fc from "fast-check";
import type { CellValue } from "../../src/grid/grid";
import { readSurveyGrid, readUnitsGrid } from "../../src/consolidation/side-tables";
import { unitNameKey } from "../../src/consolidation/unit-names";

describe("readUnitsGrid", () => {
  const values: CellValue[][] = [
    ["DANH SÁCH ĐƠN VỊ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025"],
    [],
    ["STT", "Tên đơn vị", "Khối", "Loại đơn vị", "Tệp", "Email người chấm", "Điểm ĐTXHH"],
    [1, "Sở Tư pháp", "Sở, ban, ngành", "so", "so-tu-phap.xlsx", "a@sonla.gov.vn; b@sonla.gov.vn", "20,5"],
    [2, "UBND xã Mường Bằng", "Cấp xã", "xa", "https://docs.google.com/spreadsheets/d/abc", null, 21],
    [3, "  SỞ TƯ PHÁP ".normalize("NFD"), "Sở, ban, ngành", null, null, null, 19],
    [4, "Sở Nội vụ", "Sở, ban, ngành", null, null, "c@sonla.gov.vn\nd@sonla.gov.vn", "hai mươi"],
    [null, null, null, null, null, null, null],
    [5, "Sở Tài chính", null, null, null, null, "#N/A"],
  ];

  it("reads each column by its synonyms, with the sheet row", () => {
    const { rows } = readUnitsGrid({ sheet: "Đơn vị", values });
    expect(rows[0]).toEqual({
      unit: "Sở Tư pháp",
      group: "Sở, ban, ngành",
      unitType: "so",
      source: "so-tu-phap.xlsx",
      editors: ["a@sonla.gov.vn", "b@sonla.gov.vn"],
      survey: 20.5,
      row: 4,
    });
    expect(rows[1]).toMatchObject({
      unit: "UBND xã Mường Bằng",
      group: "Cấp xã",
      source: "https://docs.google.com/spreadsheets/d/abc",
      editors: [],
      survey: 21,
    });
    expect(rows.map((r) => r.unit)).toEqual([
      "Sở Tư pháp",
      "UBND xã Mường Bằng",
      "Sở Nội vụ",
      "Sở Tài chính",
    ]);
    expect(rows[2]!.editors).toEqual(["c@sonla.gov.vn", "d@sonla.gov.vn"]);
  });

  it("reports bad survey cells and duplicate units by cell", () => {
    const { issues } = readUnitsGrid({ sheet: "Đơn vị", values, origin: { row: 0, col: 1 } });
    expect(issues.map((i) => [i.code, i.cell, i.value])).toEqual([
      ["unit-duplicate", "C6", "SỞ TƯ PHÁP"],
      ["number-invalid", "H7", "hai mươi"],
      ["formula-error", "H9", "#N/A"],
    ]);
    expect(issues[0]!.params).toEqual({ other: 4 });
  });

  it("reads other header spellings", () => {
    const { rows, issues } = readUnitsGrid({
      sheet: "x",
      values: [
        ["Đơn vị", "Nhóm", "Loại", "ID bảng tính", "Người biên tập", "Điểm điều tra xã hội học"],
        ["Sở Y tế", "Sở", "so", "1AbC", "e@x.vn", 18.25],
      ],
    });
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        unit: "Sở Y tế",
        group: "Sở",
        unitType: "so",
        source: "1AbC",
        editors: ["e@x.vn"],
        survey: 18.25,
        row: 2,
      },
    ]);
  });

  it("reports a sheet without a units header", () => {
    expect(readUnitsGrid({ sheet: "x", values: [["Ghi chú"], ["abc"]] }).issues.map((i) => i.code)).toEqual([
      "header-not-found",
    ]);
    expect(readUnitsGrid({ sheet: "x", values: [] }).rows).toEqual([]);
  });
});

describe("readSurveyGrid", () => {
  it("reads totals and per-criterion columns keyed by folded unit names", () => {
    const { byUnit, issues } = readSurveyGrid({
      sheet: "ĐTXHH",
      values: [
        ["KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC NĂM 2025"],
        ["TT", "Đơn vị", "Tiêu chí 8.1", 8.2, "TC 8.3.", "Tổng điểm ĐTXHH"],
        [1, "Sở Tư pháp", "7,5", 6, null, "13,5"],
        [2, "UBND xã Mường Bằng", 8, "x", 2, 12],
      ],
    });
    expect(byUnit.get(unitNameKey("SỞ TƯ PHÁP"))).toEqual({
      total: 13.5,
      byCriterion: { "8.1": 7.5, "8.2": 6 },
    });
    expect(byUnit.get(unitNameKey("ubnd xa muong bang"))).toEqual({
      total: 12,
      byCriterion: { "8.1": 8, "8.3": 2 },
    });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["number-invalid", "D4"]]);
  });

  it("accepts a plain 'Tổng điểm' column and reports a sheet with no points column", () => {
    const ok = readSurveyGrid({
      sheet: "s",
      values: [
        ["Tên đơn vị", "Tổng điểm"],
        ["Sở A", 30],
      ],
    });
    expect(ok.byUnit.get(unitNameKey("Sở A"))).toEqual({ total: 30 });
    const none = readSurveyGrid({
      sheet: "s",
      values: [
        ["Tên đơn vị", "Nhóm"],
        ["Sở A", "Sở"],
      ],
    });
    expect(none.issues.map((i) => i.code)).toEqual(["column-missing"]);
  });

  it("never throws on random sheets (property)", () => {
    const cell = fc.oneof(
      fc.constantFrom("Đơn vị", "Điểm ĐTXHH", "2.3", "Nhóm", "Email", "#REF!", "7,5", ""),
      fc.string({ maxLength: 8 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 20 }), (values) => {
        expect(() => readUnitsGrid({ sheet: "s", values })).not.toThrow();
        expect(() => readSurveyGrid({ sheet: "s", values })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
