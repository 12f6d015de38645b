import fc from "fast-check";
import { strToU8, unzipSync } from "fflate";
import * as XLSX from "@e965/xlsx";
import { readWorkbookGrids } from "../../src/read/read-workbook-grids";
import { hiddenRowsInSheetXml } from "../../src/read/hidden-rows";
import { MINIMAL_PARTS, handWorkbook, sheetJsWorkbook, zip } from "../fixtures/make-zip";

/** A unit's sheet whose used range starts at B3, with a merged two-row header and hidden rows. */
function unitSheet(): XLSX.WorkSheet {
  const ws = XLSX.utils.sheet_add_aoa(
    {},
    [
      ["STT", "Nội dung", "Điểm", null],
      [null, null, "Tối đa", "Tự chấm"],
      ["1", "Công tác chỉ đạo", 10, 7.5],
      ["1.1", "Kế hoạch CCHC", 4, { t: "e", v: 0x17 }],
      ["1.2", "Báo cáo", 6, { t: "n", v: 7.5, f: "SUM(E5:E6)" }],
      ["Tổng", null, { t: "n", v: 20, f: "SUM(D5:D7)" }, true],
    ],
    { origin: "B3" },
  );
  // As Excel writes it: the dimension starts where the data does.
  ws["!ref"] = "B3:E8";
  ws["!merges"] = [
    { s: { r: 2, c: 3 }, e: { r: 2, c: 4 } },
    { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } },
  ];
  ws["!rows"] = [];
  ws["!rows"][5] = { hidden: true };
  ws["!rows"][6] = { hidden: true };
  return ws;
}

describe("readWorkbookGrids", () => {
  const bytes = sheetJsWorkbook({ "Tự chấm": unitSheet(), "Ghi chú": XLSX.utils.aoa_to_sheet([["x"]]) });

  it("reads values, formulas, errors, merges, hidden rows and the origin", () => {
    const r = readWorkbookGrids(bytes, XLSX);
    if (!r.ok) throw new Error(r.message.en);
    expect(r.sheetNames).toEqual(["Tự chấm", "Ghi chú"]);
    const g = r.grids[0]!;
    expect(g.sheet).toBe("Tự chấm");
    expect(g.origin).toEqual({ row: 2, col: 1 });
    expect(g.values).toEqual([
      ["STT", "Nội dung", "Điểm"],
      [null, null, "Tối đa", "Tự chấm"],
      ["1", "Công tác chỉ đạo", 10, 7.5],
      ["1.1", "Kế hoạch CCHC", 4, "#REF!"],
      ["1.2", "Báo cáo", 6, 7.5],
      ["Tổng", null, 20, true],
    ]);
    expect(g.formulas?.[4]?.[3]).toBe("=SUM(E5:E6)");
    expect(g.formulas?.[5]?.[2]).toBe("=SUM(D5:D7)");
    // Rows without a formula are null (the grid's sparse form), and a formula row ends at its last formula.
    expect(g.formulas).toEqual([
      null,
      null,
      null,
      null,
      [null, null, null, "=SUM(E5:E6)"],
      [null, null, "=SUM(D5:D7)"],
    ]);
    const slow = readWorkbookGrids(bytes, XLSX, { fastSheets: false });
    expect(slow.ok && slow.grids[0]!.formulas).toEqual(g.formulas);
    expect(g.merges).toEqual([
      { top: 0, left: 2, bottom: 0, right: 3 },
      { top: 0, left: 0, bottom: 1, right: 0 },
    ]);
    expect(g.hiddenRows).toEqual([3, 4]);
    expect(g.display).toBeUndefined();
  });

  it("returns display texts only when asked", () => {
    const r = readWorkbookGrids(bytes, XLSX, { display: true });
    if (!r.ok) throw new Error(r.message.en);
    expect(r.grids[0]!.display?.[2]?.[3]).toBe("7.5");
  });

  it("reads the same grids without inflating styles, metadata, calcChain and properties", () => {
    // Number formats (a date, a percentage), properties, a calculation chain and dynamic-array
    // metadata: parts the reader skips or hands over empty unless display texts are asked for.
    const ws = XLSX.utils.aoa_to_sheet([
      ["Ngày", { t: "n", v: 45000, z: "dd/mm/yyyy" }],
      ["Tỉ lệ", { t: "n", v: 0.125, z: "0.0%" }],
      ["Tổng", { t: "n", v: 45000.125, f: "B1+B2" }],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "Tự chấm");
    wb.Props = { Title: "Đơn vị", Author: "Sở" };
    const written = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const parts = unzipSync(written);
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(["xl/styles.xml", "xl/metadata.xml", "docProps/core.xml", "docProps/app.xml"]),
    );
    parts["xl/calcChain.xml"] = strToU8('<calcChain><c r="B3" i="1"/></calcChain>');
    const bytes = zip(parts);
    const plain = readWorkbookGrids(bytes, XLSX);
    const full = readWorkbookGrids(bytes, XLSX, { display: true });
    if (!plain.ok || !full.ok) throw new Error("unreadable");
    const g = plain.grids[0]!;
    expect(g.values).toEqual([
      ["Ngày", 45000],
      ["Tỉ lệ", 0.125],
      ["Tổng", 45000.125],
    ]);
    expect(g.formulas?.[2]?.[1]).toBe("=B1+B2");
    // With display texts the styles are parsed: the same values, and the formats show.
    const { display, ...rest } = full.grids[0]!;
    expect(rest).toEqual(g);
    expect(display?.[0]?.[1]).toBe("15/03/2023");
    expect(display?.[1]?.[1]).toBe("12.5%");
  });

  it("reads only the sheets asked for, matching names without regard to case", () => {
    const r = readWorkbookGrids(bytes, XLSX, { sheets: ["ghi chú"] });
    if (!r.ok) throw new Error(r.message.en);
    expect(r.grids.map((g) => g.sheet)).toEqual(["Ghi chú"]);
    expect(r.sheetNames).toEqual(["Tự chấm", "Ghi chú"]);
    expect(r.grids[0]!.values).toEqual([["x"]]);
  });

  it("keeps NFD text exactly as stored (folding is the core's job)", () => {
    const nfd = "Điểm tự chấm".normalize("NFD");
    const r = readWorkbookGrids(sheetJsWorkbook({ S: XLSX.utils.aoa_to_sheet([[nfd]]) }), XLSX);
    if (!r.ok) throw new Error(r.message.en);
    expect(r.grids[0]!.values[0]![0]).toBe(nfd);
  });

  it("reads a formula saved without a cached value as an empty value with its formula", () => {
    const ws = XLSX.utils.aoa_to_sheet([[1, 2, { t: "n", f: "A1+B1" }]]);
    const r = readWorkbookGrids(sheetJsWorkbook({ S: ws }), XLSX);
    if (!r.ok) throw new Error(r.message.en);
    expect(r.grids[0]!.values[0]).toEqual([1, 2]);
    expect(r.grids[0]!.formulas?.[0]?.[2]).toBe("=A1+B1");
  });

  it("keeps a formula written without a cached value by a tool (SheetJS would drop it without stubs)", () => {
    const bytes = handWorkbook(
      '<sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1" s="3"/><c r="C1" s="1"><f>SUM(A1:A1)</f></c></row>' +
        '<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>Tổng</t></is></c></row></sheetData>',
    );
    const r = readWorkbookGrids(bytes, XLSX);
    if (!r.ok) throw new Error(r.message.en);
    const g = r.grids[0]!;
    expect(g.values).toEqual([[2], ["Tổng"]]);
    expect(g.formulas?.[0]?.[2]).toBe("=SUM(A1:A1)");
    expect(g.hiddenRows).toEqual([1]);
  });

  it("returns an empty grid for an empty sheet", () => {
    const r = readWorkbookGrids(sheetJsWorkbook({ Trống: XLSX.utils.aoa_to_sheet([]) }), XLSX);
    if (!r.ok) throw new Error(r.message.en);
    expect(r.grids[0]!.values).toEqual([]);
  });

  it("passes the guard's refusal through", () => {
    const r = readWorkbookGrids(strToU8("STT,Điểm\n1,2\n"), XLSX);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe("csv");
  });

  it("turns a SheetJS exception into corrupt", () => {
    const throwing = {
      ...XLSX,
      parse_zip: () => {
        throw new Error("boom");
      },
    } as unknown as typeof XLSX;
    // SheetJS's own parse (the fast sheet path would not call it).
    const r = readWorkbookGrids(bytes, throwing, { fastSheets: false });
    expect(r).toMatchObject({ ok: false, reason: "corrupt" });
  });

  it("never throws on workbooks with damaged parts", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (workbookXml, sheetXml) => {
        const b = zip({
          ...MINIMAL_PARTS,
          "xl/workbook.xml": strToU8(workbookXml),
          "xl/worksheets/sheet1.xml": strToU8(sheetXml),
        });
        const r = readWorkbookGrids(b, XLSX);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 100 },
    );
  });
});

describe("hiddenRowsInSheetXml", () => {
  it("finds hidden rows by r, or by position when r is missing, with or without a prefix", () => {
    const xml =
      '<worksheet><sheetData><row r="2" hidden="1"><c r="A2"/></row><row customHeight="1" hidden="true"/>' +
      '<row r="9"/><x:row r="10" hidden="0"/><x:row r="12" ht="0" hidden="1"/></sheetData></worksheet>';
    expect(hiddenRowsInSheetXml(xml)).toEqual([1, 2, 11]);
  });

  it("costs nothing when no row is hidden", () => {
    expect(hiddenRowsInSheetXml('<row r="1"><c r="A1"><v>1</v></c></row>')).toEqual([]);
  });
});
