import { foldWords } from "../../src/grid/fold-cache";
import { formatColumnMapping, parseColumnMapping, roleOfKey } from "../../src/table/column-mapping";
import { matchHeaderRole } from "../../src/table/header-roles";
import { readTable } from "../../src/table/read-table";
import { outline } from "./helpers";

const role = (s: string) => matchHeaderRole(foldWords(s))?.role ?? null;

describe("header words (#18)", () => {
  it.each([
    ["Điểm do cá nhân tự chấm", "self"],
    ["Điểm do cơ quan tự chấm", "self"],
    ["Điểm do đơn vị tự chấm", "self"],
    ["Kết quả tự ĐG của đơn vị", "self"],
    ["Tự đánh giá của Sở", "self"],
    ["Người quản lý trực tiếp đánh giá, xếp loại", "appraisal1"],
    ["Cấp có thẩm quyền đánh giá, xếp loại", "appraisal1"],
    ["Tổ công tác", "appraisal1"],
    ["Hội đồng", "appraisal1"],
    ["Vòng 2", "appraisal2"],
    ["Kết quả thẩm định lần 2", "appraisal2"],
    ["Ý kiến", "appraisalNote"],
    ["Nhận xét của người quản lý", "appraisalNote"],
    ["Ý kiến của đơn vị", "explanation"],
    ["Ghi chú", "explanation"],
    ["Điểm tối đa được chấm", "max"],
    ["Điểm chuẩn", "max"],
    ["Thang điểm", "max"],
    ["Thang điểm chi tiết", "rule"],
    ["Tiêu chí chấm điểm", "title"],
  ])("%s → %s", (text, expected) => expect(role(text)).toBe(expected));

  it("reads a maximum's unit type", () => {
    expect(matchHeaderRole(foldWords("Điểm tối đa Sở"))).toMatchObject({
      role: "max",
      unitType: "department",
    });
    expect(matchHeaderRole(foldWords("Điểm tối đa xã"))).toMatchObject({ role: "max", unitType: "commune" });
    expect(matchHeaderRole(foldWords("Điểm tối đa (cấp huyện)"))).toMatchObject({ unitType: "district" });
    expect(matchHeaderRole(foldWords("Số điểm tối đa"))).toEqual({ role: "max", weak: false });
  });
});

describe("column mapping", () => {
  it("parses names as the reader understands them, and role ids", () => {
    expect(parseColumnMapping("tự chấm=E, tối đa=d")).toEqual({ ok: true, columns: { self: "E", max: "D" } });
    expect(parseColumnMapping("self=F;code=A")).toEqual({ ok: true, columns: { self: "F", code: "A" } });
    expect(parseColumnMapping("Điểm thẩm định lần 2 = H")).toEqual({
      ok: true,
      columns: { appraisal2: "H" },
    });
    expect(roleOfKey("thẩm định lần 1")).toBe("appraisal1");
    expect(formatColumnMapping({ self: "E", max: "D" })).toBe("tự chấm=E,tối đa=D");
    const bad = parseColumnMapping("tự chấm E");
    expect(bad.ok).toBe(false);
    const unknown = parseColumnMapping("xyz=E", "en");
    expect(unknown).toMatchObject({ ok: false, error: expect.stringContaining("Unknown column name “xyz”") });
  });

  const headerless = () => ({
    sheet: "Bảng",
    values: [
      ["BẢNG ĐIỂM"],
      ["Số", "Việc", "Mức", "Được", "Hồ sơ"],
      ["1", "Chỉ đạo", 5, 4, "KH 1/KH-UBND"],
      ["1.1", "Kế hoạch", 5, 4, "KH 1/KH-UBND"],
    ],
  });

  it("explains the nearest header and suggests a mapping when no table is found", () => {
    const grid = headerless();
    grid.values[1] = ["STT", "Nội dung", "Mức", "Được", "Hồ sơ"];
    const r = readTable(grid);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(["header-not-found", "header-nearest"]);
    expect(r.issues[1]).toMatchObject({
      row: 2,
      params: {
        understood: "A “STT” = STT; B “Nội dung” = Lĩnh vực/tiêu chí/tiêu chí thành phần",
        unknown: "C “Mức”; D “Được”; E “Hồ sơ”",
        missing: "Điểm tối đa, Điểm tự đánh giá",
        suggestion: "tối đa=C,tự chấm=D",
      },
    });
  });

  it("reads a table whose header says nothing, once the columns are mapped", () => {
    const grid = headerless();
    const r = readTable(grid, { columns: { code: "A", title: "B", max: "C", self: "D", evidence: "E" } });
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("\n"));
    expect(r.table.headerRows).toEqual([2]);
    expect(outline(r.table.fields)).toBe("1(1.1)");
    expect(r.table.fields[0]!.children[0]!.self?.parsed).toEqual({ kind: "number", value: 4 });
  });

  it("a mapping overrides what the words say, with a header row given or found", () => {
    const grid = {
      sheet: "s",
      values: [
        ["STT", "Nội dung", "Điểm tối đa", "Điểm tự chấm", "Điểm tự chấm (sửa)"],
        ["1", "A", 5, 4, 3],
      ],
    };
    const plain = readTable(grid);
    expect(plain.ok && plain.table.columns.self?.letter).toBe("D");
    const mapped = readTable(grid, { columns: { self: "E" }, headerRow: 1 });
    expect(mapped.ok && mapped.table.columns.self?.letter).toBe("E");
    expect(mapped.issues.map((i) => i.code)).toEqual([]);
    const found = readTable(grid, { columns: { self: "E" } });
    expect(found.ok && found.table.fields[0]!.self?.parsed).toEqual({ kind: "number", value: 3 });
  });

  it("respects the grid's origin", () => {
    const grid = { ...headerless(), origin: { row: 4, col: 2 } };
    const r = readTable(grid, { columns: { code: "C", title: "D", max: "E", self: "F" } });
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("\n"));
    expect(r.table.columns.self).toMatchObject({ letter: "F", col: 5 });
    expect(r.table.headerRows).toEqual([6]);
  });
});
