import { readTable } from "../../src/table/read-table";
import { departmentFixture, DEPARTMENT_EXPECTED } from "../fixtures/department-grid";
import { communeFixture, COMMUNE_EXPECTED } from "../fixtures/commune-grid";
import { find, flatten, outline, read, small } from "./helpers";

describe("readTable on the department fixture", () => {
  const f = departmentFixture();
  const { table, issues } = read(f.grid);

  it("finds the two-row header, its columns and the title rows", () => {
    expect(issues).toEqual([]);
    expect(table.headerRows).toEqual(f.headerRows);
    for (const [role, letter] of Object.entries(f.letterOf))
      expect(table.columns[role as keyof typeof f.letterOf]?.letter).toBe(letter);
    expect(table.columns.max?.header).toBe("Điểm / Tối đa");
    expect(table.unit).toBe("SỞ TƯ PHÁP");
    expect(table.year).toBe(2025);
    expect(table.sheet).toBe("Tự chấm 2025");
  });

  it("places every numbered row at its code and row", () => {
    const nodes = flatten(table.fields);
    expect(nodes.map((n) => n.code).sort()).toEqual(Object.keys(f.rowOf).sort());
    for (const n of nodes) expect(n.row).toBe(f.rowOf[n.code]);
    expect(table.fields.map((n) => n.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(find(table, "2").rawCode).toBe("II");
    expect(find(table, "1.3.2.a").level).toBe("item");
    expect(find(table, "1.3.2.a").rawCode).toBe("a)");
    expect(find(table, "2.3").level).toBe("criterion");
    expect(find(table, "1.1.1").level).toBe("subcriterion");
    expect(flatten(table.fields).filter((n) => n.children.length === 0)).toHaveLength(
      DEPARTMENT_EXPECTED.leaves,
    );
  });

  it("keeps every cell with its address and parsed number", () => {
    const n = find(table, "1.2.2");
    expect(n.self).toMatchObject({
      cell: f.cell("1.2.2", "self"),
      raw: "0,5",
      text: "0,5",
      parsed: { kind: "number", value: 0.5 },
    });
    expect(n.max?.parsed).toEqual({ kind: "number", value: 1 });
    expect(n.appraisals.map((a) => a.column)).toEqual([f.letterOf.appraisal1, f.letterOf.appraisal2]);
    expect(n.explanation?.text).toMatch(/^Báo cáo quý I/);
    expect(find(table, "1").self?.formula).toMatch(/^=SUM\(/);
    expect(find(table, "2.3").title).toBe("Xử lý văn bản sau rà soát"); // NFD in the sheet, NFC here
    expect(find(table, "1.1.2").declared?.text).toBe("95%");
    expect(find(table, "1.3.1").evidence?.text).toBe("Kế hoạch số 1833/KH-UBND ngày 19/9/2025");
  });

  it("collects rule text from the rule column and '-'/'+' lines", () => {
    expect(find(table, "1.1.1").ruleText).toEqual([
      "- Ban hành trước ngày 31/12 của năm trước: 1 điểm",
      "- Ban hành sau thời hạn trên: 0 điểm",
    ]);
    expect(find(table, "1.1.2").ruleText[0]).toMatch(/^Hoàn thành 100%/);
    expect(find(table, "1.4.2").ruleText).toHaveLength(2);
  });

  it("reads the bonus/penalty content and the total row", () => {
    const ix = find(table, "9");
    expect(ix.section).toBe("bonus");
    expect(ix.mixedSection).toBe(true);
    expect(find(table, "9.1").section).toBe("bonus");
    expect(find(table, "9.1.2").section).toBe("bonus");
    expect(find(table, "9.2").section).toBe("penalty");
    expect(find(table, "9.2.2").section).toBe("penalty");
    expect(flatten(table.fields.slice(0, 8)).every((n) => n.section === "main")).toBe(true);
    expect(table.totalRow?.row).toBe(f.totalRow);
    expect(table.totalRow?.self?.parsed).toEqual({ kind: "number", value: DEPARTMENT_EXPECTED.self });
    expect(table.totalRow?.appraisals).toHaveLength(2);
    expect(table.firstRow).toBe(f.headerRows[1]! + 1);
    expect(table.lastRow).toBe(f.totalRow);
  });

  it("reads the Arabic, relative and no-STT variants to the same tree", () => {
    const arabic = read(departmentFixture({ numbering: "arabic" }).grid).table;
    expect(outline(arabic.fields)).toBe(outline(table.fields));
    const relative = departmentFixture({ numbering: "relative" });
    const rel = read(relative.grid);
    expect(rel.issues).toEqual([]);
    expect(outline(rel.table.fields)).toBe(outline(table.fields));
    expect(find(rel.table, "2.1.1").rawCode).toBe("1.1");
    for (const n of flatten(rel.table.fields)) expect(n.row).toBe(relative.rowOf[n.code]);
    const noStt = read(departmentFixture({ noCodeColumn: true }).grid);
    expect(noStt.issues).toEqual([]);
    expect(outline(noStt.table.fields)).toBe(outline(table.fields));
    expect(find(noStt.table, "1.1.1").title).toBe("Ban hành kế hoạch CCHC năm kịp thời");
    expect(find(noStt.table, "1.3.2.b").title).toBe("Có báo cáo kết quả xử lý gửi Sở Nội vụ");
    expect(noStt.table.columns.code).toBeUndefined();
  });

  it("respects the grid's origin in every address", () => {
    const o = departmentFixture({ origin: { row: 4, col: 3 } });
    const t = read(o.grid).table;
    expect(t.headerRows).toEqual(o.headerRows);
    expect(t.columns.self?.letter).toBe(o.letterOf.self);
    expect(t.columns.self?.col).toBe(7);
    expect(find(t, "3.2.1").self?.cell).toBe(o.cell("3.2.1", "self"));
    expect(find(t, "3.2.1").row).toBe(o.rowOf["3.2.1"]);
    expect(t.totalRow?.row).toBe(o.totalRow);
  });

  it("reports hidden rows and keeps them", () => {
    const h = departmentFixture({ hidden: ["4.2.2"], origin: { row: 2, col: 0 } });
    const r = readTable(h.grid);
    expect(r.ok).toBe(true);
    const hidden = r.issues.filter((i) => i.code === "row-hidden");
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({
      criterion: "4.2.2",
      row: h.rowOf["4.2.2"],
      cell: `A${h.rowOf["4.2.2"]}`,
      severity: "info",
    });
    if (r.ok) expect(find(r.table, "4.2.2").hidden).toBe(true);
  });

  it("reports a deleted row as a numbering gap", () => {
    const d = departmentFixture({ deleted: ["3.2.2"] });
    const r = readTable(d.grid);
    const gaps = r.issues.filter((i) => i.code === "numbering-gap");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({
      criterion: "3.2.3",
      row: d.rowOf["3.2.3"],
      params: { expected: "3.2.2" },
    });
    const first = readTable(departmentFixture({ deleted: ["1.1.1"] }).grid).issues.filter(
      (i) => i.code === "numbering-gap",
    );
    expect(first[0]?.params).toEqual({ expected: "1.1.1" });
    const field = readTable(departmentFixture({ deleted: ["2"] }).grid).issues.filter(
      (i) => i.code === "numbering-gap",
    );
    expect(field).toHaveLength(1);
    expect(field[0]).toMatchObject({ criterion: "3", params: { expected: "2" } });
  });

  it("keeps a formula error for validation to report", () => {
    const e = read(departmentFixture({ formulaError: { code: "2.2.1", role: "self", error: "#REF!" } }).grid);
    expect(e.issues).toEqual([]);
    expect(find(e.table, "2.2.1").self?.parsed).toEqual({ kind: "error", error: "#REF!" });
    expect(find(e.table, "2").self?.parsed).toEqual({ kind: "error", error: "#REF!" });
  });

  it("honours an explicit header row and rejects a wrong one", () => {
    expect(read(f.grid, { headerRow: f.headerRows[1] }).table.headerRows).toEqual(f.headerRows);
    const wrong = readTable(f.grid, { headerRow: 2 });
    expect(wrong.ok).toBe(false);
    expect(wrong.issues.map((i) => i.code)).toEqual(["header-not-found"]);
  });
});

describe("readTable on the commune fixture", () => {
  const f = communeFixture();
  const { table, issues } = read(f.grid);

  it("maps the one-row header with its own synonyms", () => {
    expect(issues).toEqual([]);
    expect(table.headerRows).toEqual(f.headerRows);
    expect(Object.keys(table.columns).sort()).toEqual([
      "appraisal1",
      "code",
      "evidence",
      "explanation",
      "max",
      "self",
      "title",
    ]);
    expect(table.columns.self?.header).toBe("Điểm tự chấm");
    expect(table.unit).toBe("UBND xã Mường Bằng");
    expect(table.year).toBe(2025);
  });

  it("reads not-applicable items, the bonus content and the total row", () => {
    for (const code of COMMUNE_EXPECTED.notApplicable)
      expect(find(table, code).self?.parsed).toEqual({ kind: "not-applicable" });
    expect(find(table, "9").section).toBe("bonus");
    expect(find(table, "9.1").section).toBe("bonus");
    expect(table.fields.filter((n) => n.section === "main")).toHaveLength(8);
    expect(table.totalRow?.max?.parsed).toEqual({ kind: "number", value: COMMUNE_EXPECTED.max });
    expect(flatten(table.fields).filter((n) => n.children.length === 0)).toHaveLength(
      COMMUNE_EXPECTED.leaves,
    );
  });
});

describe("readTable: headers", () => {
  it("reports a sheet without a header", () => {
    const r = readTable({ sheet: "Ghi chú", values: [["Danh sách cán bộ"], ["Nguyễn Văn A", 1]] });
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([{ code: "header-not-found", sheet: "Ghi chú", severity: "error" }]);
    expect(r.issues[0]!.message).toContain("Ghi chú");
    expect(readTable({ sheet: "x", values: [] }).issues.map((i) => i.code)).toEqual(["header-not-found"]);
  });

  it("names a missing required column and the header row", () => {
    const r = readTable(
      small([["1", "Lĩnh vực", 10, null]], {}, ["STT", "Nội dung", "Điểm tối đa", "Tài liệu kiểm chứng"]),
    );
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([
      { code: "column-missing", row: 1, params: { column: "Điểm tự đánh giá" } },
      { code: "header-nearest", row: 1, params: { missing: "Điểm tự đánh giá", suggestion: "tự chấm=?" } },
    ]);
    const en = readTable(small([], {}, ["STT", "Nội dung", "Tự chấm"]), { lang: "en" });
    expect(en.issues[0]?.message).toBe("Column “Maximum” is missing from the header in row 1.");
  });

  it("warns about a duplicated column and uses the first", () => {
    const r = readTable(
      small([["1", "Lĩnh vực", 10, 9, 8]], {}, ["STT", "Nội dung", "Điểm tối đa", "Tự chấm", "Điểm tự chấm"]),
    );
    expect(r.ok).toBe(true);
    expect(r.issues).toMatchObject([
      { code: "column-duplicate", cell: "D1", params: { other: "E1", column: "Điểm tự đánh giá" } },
    ]);
    if (r.ok) expect(r.table.columns.self?.letter).toBe("D");
  });

  it("lets 'Giải trình' win over a weak 'Ghi chú' silently", () => {
    const { table, issues } = read(
      small([["1", "A", 1, 1, "x", "y"]], {}, [
        "STT",
        "Nội dung",
        "Thang điểm",
        "Tự chấm",
        "Ghi chú",
        "Giải trình",
      ]),
    );
    expect(issues).toEqual([]);
    expect(table.columns.explanation?.letter).toBe("F");
  });

  it("reads a two-row header with or without merge information", () => {
    const values = [
      ["TT", "Tiêu chí, tiêu chí thành phần", "Điểm", null, null, "TLKC"],
      [null, null, "Điểm chuẩn", "Điểm đơn vị tự đánh giá", "Điểm Hội đồng thẩm định", null],
      ["1", "Lĩnh vực một", 2, 2, 1.5, "Quyết định số 30/2018/QĐ-UBND"],
    ];
    for (const merges of [
      undefined,
      [
        { top: 0, left: 2, bottom: 0, right: 4 },
        { top: 0, left: 0, bottom: 1, right: 0 },
      ],
    ]) {
      const { table } = read({ sheet: "s", values, merges });
      expect(table.headerRows).toEqual([1, 2]);
      expect(Object.fromEntries(Object.entries(table.columns).map(([k, v]) => [k, v!.letter]))).toEqual({
        code: "A",
        title: "B",
        max: "C",
        self: "D",
        appraisal1: "E",
        evidence: "F",
      });
    }
  });

  it("reads appraisal rounds under a merged 'Điểm thẩm định'", () => {
    const values = [
      ["STT", "Nội dung", "Điểm tối đa", "Tự chấm", "Điểm thẩm định", null],
      [null, null, null, null, "Lần 1", "Lần 2"],
      ["1", "A", 2, 2, 1, 2],
    ];
    const merges = [{ top: 0, left: 4, bottom: 0, right: 5 }];
    const { table } = read({ sheet: "s", values, merges });
    expect(table.columns.appraisal1?.letter).toBe("E");
    expect(table.columns.appraisal2?.letter).toBe("F");
    expect(table.columns.appraisal2?.header).toBe("Điểm thẩm định / Lần 2");
    expect(find(table, "1").appraisals.map((a) => a.parsed)).toEqual([
      { kind: "number", value: 1 },
      { kind: "number", value: 2 },
    ]);
  });

  it("skips a column-number row under the header", () => {
    for (const nums of [
      [1, 2, 3, 4, 5],
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ]) {
      const { codes } = read(small([nums, ["I", "A", 1, 1, null], ["1.1", "B", 1, 1, null]]));
      expect(codes).toEqual(["1", "1.1"]);
    }
  });
});
