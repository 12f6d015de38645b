import { readTable } from "../../src/table/read-table";
import { leadingNumbering, parseNumbering } from "../../src/table/numbering";
import { find, outline, read, small } from "./helpers";

describe("parseNumbering", () => {
  it("reads each numbering style", () => {
    expect(parseNumbering("IV")).toMatchObject({ kind: "roman", value: 4 });
    expect(parseNumbering("VIII.")).toMatchObject({ kind: "roman", value: 8 });
    expect(parseNumbering("3")).toMatchObject({ kind: "int", value: 3 });
    expect(parseNumbering("3.")).toMatchObject({ kind: "int", value: 3 });
    expect(parseNumbering("1.1")).toMatchObject({ kind: "dotted", code: "1.1", first: 1, last: 1, depth: 2 });
    expect(parseNumbering("1.1.")).toMatchObject({ kind: "dotted", code: "1.1", raw: "1.1." });
    expect(parseNumbering("2,3")).toMatchObject({ kind: "dotted", code: "2.3" });
    expect(parseNumbering("1.10.2")).toMatchObject({
      kind: "dotted",
      code: "1.10.2",
      first: 1,
      last: 2,
      depth: 3,
    });
    expect(parseNumbering("01.02")).toMatchObject({ kind: "dotted", code: "1.2" });
    expect(parseNumbering("a)")).toMatchObject({ kind: "letter", letter: "a" });
    expect(parseNumbering("đ)")).toMatchObject({ kind: "letter", letter: "đ" });
    expect(parseNumbering("b.")).toMatchObject({ kind: "letter", letter: "b" });
    expect(parseNumbering("B.")).toBeNull();
    // Provinces' own templates: a bare letter item, a number named by its level.
    expect(parseNumbering("c")).toMatchObject({ kind: "letter", letter: "c" });
    expect(parseNumbering("Tiêu chí 3")).toMatchObject({ kind: "int", value: 3, raw: "Tiêu chí 3" });
    expect(parseNumbering("TC1.2")).toMatchObject({ kind: "dotted", code: "1.2" });
    expect(parseNumbering("lĩnh vực IV")).toMatchObject({ kind: "roman", value: 4 });
    expect(parseNumbering("Tiêu chí thành phần")).toBeNull();
    expect(parseNumbering("Tiêu chí a")).toBeNull();
    expect(parseNumbering("TC - 1")).toBeNull();
    expect(parseNumbering("-")).toMatchObject({ kind: "rule" });
    expect(parseNumbering("+ Có kế hoạch")).toMatchObject({ kind: "rule" });
    for (const t of ["", "(1)", "Tổng cộng", "1.a", "2025", "1..2", "IIII"])
      expect(parseNumbering(t)).toBeNull();
  });

  it("reads numbering that leads a title", () => {
    expect(leadingNumbering("1.1. Ban hành kế hoạch", false)).toMatchObject({
      numbering: { kind: "dotted" },
      rest: "Ban hành kế hoạch",
    });
    expect(leadingNumbering("II. CẢI CÁCH THỂ CHẾ", false)).toMatchObject({
      numbering: { kind: "roman", value: 2 },
      rest: "CẢI CÁCH THỂ CHẾ",
    });
    expect(leadingNumbering("a) Xử lý", true)).toMatchObject({
      numbering: { kind: "letter" },
      rest: "Xử lý",
    });
    expect(leadingNumbering("1.1. Ban hành", true)).toBeNull();
    expect(leadingNumbering("Vận dụng", false)).toBeNull();
    expect(leadingNumbering("2025 là năm", false)).toBeNull();
  });
});

describe("building the tree", () => {
  it("reads Arabic fields, criteria, sub-criteria and letter items", () => {
    const { table, issues } = read(
      small([
        ["1", "Lĩnh vực 1", 3, 3],
        ["1.1", "Tiêu chí", 3, 3],
        ["1.1.1", "Thành phần", 2, 2],
        [null, "a) Mục a", 1, 1],
        ["b)", "Mục b", 1, 1],
        ["1.1.2.", "Thành phần 2", 1, 1],
        ["2", "Lĩnh vực 2", 1, 1],
        ["2.1", "Tiêu chí", 1, 1],
      ]),
    );
    expect(issues).toEqual([]);
    expect(outline(table.fields)).toBe("1(1.1(1.1.1(1.1.1.a 1.1.1.b) 1.1.2)) 2(2.1)");
    expect(find(table, "1.1.1.a").title).toBe("Mục a");
    expect(find(table, "1.1.2").rawCode).toBe("1.1.2.");
  });

  it("numbers criteria '1', '2' under Roman fields as <field>.n, restarting when numbering runs on", () => {
    const { table, issues } = read(
      small([
        ["I", "Lĩnh vực I", 4, 4],
        ["1", "Tiêu chí 1", 2, 2],
        ["1.1", "Thành phần", 1, 1],
        ["1.2", "Thành phần", 1, 1],
        ["2", "Tiêu chí 2", 2, 2],
        ["II", "Lĩnh vực II", 2, 2],
        ["3", "Tiêu chí 3 (đánh số tiếp)", 1, 1],
        ["3.1", "Thành phần", 1, 1],
        ["4", "Tiêu chí 4", 1, 1],
        ["III", "Lĩnh vực III", 1, 1],
        ["1", "Tiêu chí 1 (đánh số lại)", 1, 1],
        ["a)", "Mục", 1, 1],
      ]),
    );
    expect(issues).toEqual([]);
    expect(outline(table.fields)).toBe("1(1.1(1.1.1 1.1.2) 1.2) 2(2.1(2.1.1) 2.2) 3(3.1(3.1.a))");
    expect(find(table, "2.1").rawCode).toBe("3");
  });

  it("reads Roman fields with absolute criteria codes", () => {
    const { table } = read(
      small([
        ["I", "A", 1, 1],
        ["1.1", "B", 1, 1],
        ["1.1.1", "C", 1, 1],
        ["II", "D", 1, 1],
        ["2.1", "E", 1, 1],
      ]),
    );
    expect(outline(table.fields)).toBe("1(1.1(1.1.1)) 2(2.1)");
  });

  it("reads codes stored as numbers, and their display text when given", () => {
    const g = small([
      [1, "A", 1, 1],
      [1.1, "B", 1, 1],
      [1.2, "C", 1, 1],
      [1.1, "D", 1, 1],
    ]);
    g.display = [[], [], [], [], ["1.10"]];
    const { table } = read(g);
    expect(outline(table.fields)).toBe("1(1.1 1.2 1.10)");
  });

  it("reports duplicates, gaps and orphans with the numbering cell", () => {
    const r = readTable(
      small([
        ["1", "A", 1, 1],
        ["1.1", "B", 1, 1],
        ["1.1", "B again", 1, 1],
        ["1.3", "C", 1, 1],
        ["3", "D", 1, 1],
        ["3.2.1", "E", 1, 1],
        ["3.1", "F", 1, 1],
      ]),
    );
    expect(r.issues.map((i) => [i.code, i.criterion, i.row, i.cell])).toEqual([
      ["numbering-duplicate", "1.1", 4, "A4"],
      ["numbering-gap", "1.3", 5, "A5"],
      ["numbering-gap", "3", 6, "A6"],
      ["numbering-orphan", "3.2.1", 7, "A7"],
    ]);
    expect(r.issues[0]!.params).toEqual({ other: 3 });
    expect(r.issues[1]!.params).toEqual({ expected: "1.2" });
    expect(r.issues[2]!.params).toEqual({ expected: "2" });
    if (r.ok) expect(outline(r.table.fields)).toBe("1(1.1 1.1 1.3) 3(3.2.1 3.1)");
  });

  it("reports an item with no parent row", () => {
    const r = readTable(small([["a)", "Mục", 1, 1]]));
    expect(r.issues.map((i) => i.code)).toEqual(["numbering-orphan"]);
  });

  it("reports a header with no numbered rows", () => {
    const r = readTable(
      small([
        [null, "Ghi chú: điền điểm vào cột D"],
        [null, null, null],
      ]),
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(["table-empty"]);
  });
});

describe("rule lines and total rows", () => {
  it("appends '-'/'+' lines and unnumbered text under an item to its rule text", () => {
    const { table } = read(
      small(
        [
          ["1", "Lĩnh vực", 2, 2, null, null],
          ["1.1", "Tiêu chí", 2, 2, null, "Có: 2 điểm"],
          ["-", "Ban hành đúng hạn: 2 điểm", null, null, null, null],
          [null, "+ Chậm: 1 điểm", null, null, null, null],
          [null, "Không ban hành: 0 điểm", null, null, null, null],
          ["- Ghi trong cột STT", null, null, null, null, null],
          [null, null, null, null, null, "Dòng chỉ có ở cột cách tính"],
        ],
        {},
        ["STT", "Nội dung", "Điểm tối đa", "Tự chấm", "TLKC", "Cách tính điểm"],
      ),
    );
    expect(find(table, "1.1").ruleText).toEqual([
      "Có: 2 điểm",
      "- Ban hành đúng hạn: 2 điểm",
      "+ Chậm: 1 điểm",
      "Không ban hành: 0 điểm",
      "- Ghi trong cột STT",
      "Dòng chỉ có ở cột cách tính",
    ]);
    expect(find(table, "1").ruleText).toEqual([]);
  });

  it("ends the block above at a part heading ('A.', 'B.')", () => {
    const { table } = read(
      small([
        ["A.", "PHẦN TỰ ĐÁNH GIÁ"],
        ["1", "Lĩnh vực", 1, 1],
        ["B.", "ĐIỀU TRA XÃ HỘI HỌC"],
        [null, "Do Sở Nội vụ thực hiện"],
        ["2", "Lĩnh vực", 1, 1],
      ]),
    );
    expect(outline(table.fields)).toBe("1 2");
    expect(find(table, "1").ruleText).toEqual([]);
  });

  it("finds the total row by its label, at the top or the bottom", () => {
    for (const label of ["Tổng cộng", "TỔNG ĐIỂM", "Tổng số điểm (I+II)", "Tổng"]) {
      const bottom = read(
        small([
          ["1", "A", 1, 1],
          [null, label, 1, 1],
          [null, "Người lập biểu"],
        ]),
      ).table;
      expect(bottom.totalRow?.row).toBe(3);
      expect(find(bottom, "1").ruleText).toEqual([]);
      const top = read(
        small([
          [label, null, 1, 1],
          ["1", "A", 1, 1],
        ]),
      ).table;
      expect(top.totalRow?.row).toBe(2);
    }
  });

  it("does not take a text line mentioning 'Tổng số' without figures for the total", () => {
    const { table } = read(
      small([
        ["1", "A", 1, 1],
        [null, "Tổng số hồ sơ tiếp nhận trong năm", null, null],
      ]),
    );
    expect(table.totalRow).toBeNull();
    expect(find(table, "1").ruleText).toEqual(["Tổng số hồ sơ tiếp nhận trong năm"]);
  });
});

describe("bonus and penalty sections", () => {
  it("tells bonus and penalty contents by their titles; children inherit", () => {
    const { table } = read(
      small([
        ["1", "Công tác thi đua, khen thưởng", 2, 2],
        ["1.1", "A", 2, 2],
        ["2", "Điểm thưởng", 2, 1],
        ["2.1", "Sáng kiến", 2, 1],
        ["3", "Điểm trừ", -2, -1],
        ["3.1", "Chậm báo cáo", -2, -1],
        ["4", "Trụ sở làm việc", 1, 1],
        ["5", "Điểm cộng, điểm trừ", null, null],
        ["5.1", "Được khen thưởng", 1, 1],
        ["5.2", "Vi phạm kỷ luật", -1, 0],
      ]),
    );
    const s = (c: string) => find(table, c).section;
    expect([s("1"), s("1.1"), s("2"), s("2.1"), s("3"), s("3.1"), s("4")]).toEqual([
      "main",
      "main",
      "bonus",
      "bonus",
      "penalty",
      "penalty",
      "main",
    ]);
    expect(find(table, "5").mixedSection).toBe(true);
    expect([s("5.1"), s("5.2")]).toEqual(["bonus", "penalty"]);
    expect(find(table, "1").mixedSection).toBeUndefined();
  });
});

describe("repeated numbering and headers", () => {
  it("drops a number the title repeats from the STT column", () => {
    const { table } = read(
      small([
        ["1", "1. Lĩnh vực", 1, 1],
        ["1.1", "1.1. Ban hành kế hoạch", 1, 1],
        ["1.2", "1.2 Báo cáo", 0, 0],
        ["1.3", "1.3", 0, 0],
      ]),
    );
    expect(["1", "1.1", "1.2", "1.3"].map((c) => find(table, c).title)).toEqual([
      "Lĩnh vực",
      "Ban hành kế hoạch",
      "Báo cáo",
      "1.3",
    ]);
  });

  it("skips a header repeated further down the sheet", () => {
    const { table } = read(
      small([
        ["1", "A", 1, 1],
        ["1.1", "B", 1, 1],
        ["STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá"],
        ["(1)", "(2)", "(3)", "(4)"],
        ["1.2", "C", 0, 0],
      ]),
    );
    expect(outline(table.fields)).toBe("1(1.1 1.2)");
    expect(find(table, "1.1").ruleText).toEqual([]);
  });
});
