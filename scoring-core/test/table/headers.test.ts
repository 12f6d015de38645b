import fc from "fast-check";
import { matchHeaderRole } from "../../src/table/header-roles";
import { foldWords } from "../../src/grid/fold-cache";
import { readTitleInfo } from "../../src/table/title-info";
import { looksLegacyEncoded } from "../../src/table/legacy-encoding";
import { readTable } from "../../src/table/read-table";
import type { ColumnRole } from "../../src/table/types";
import { departmentFixture, departmentNodes } from "../fixtures/department-grid";
import { communeFixture } from "../fixtures/commune-grid";
import { read, small } from "./helpers";

const SYNONYMS: Record<ColumnRole, string[]> = {
  code: ["STT", "TT", "Số TT", "Số thứ tự", "Mã tiêu chí"],
  title: [
    "Lĩnh vực/tiêu chí/tiêu chí thành phần",
    "Lĩnh vực, tiêu chí, tiêu chí thành phần",
    "Tiêu chí, tiêu chí thành phần",
    "Nội dung",
    "Nội dung đánh giá",
    "Tiêu chí",
  ],
  max: ["Điểm tối đa", "Điểm chuẩn", "Thang điểm", "Tối đa", "Điểm quy định"],
  rule: ["Cách tính điểm", "Phương pháp chấm điểm", "Hướng dẫn chấm điểm", "Cách chấm điểm"],
  declared: ["Số liệu kê khai", "Nội dung kê khai", "Số liệu"],
  self: [
    "Điểm tự đánh giá",
    "Điểm tự đánh giá (100 điểm)",
    "Điểm tự chấm (65 điểm)",
    "Tự chấm",
    "Điểm tự chấm",
    "Điểm đơn vị tự đánh giá",
    "Tự đánh giá",
    "Điểm do đơn vị tự chấm",
  ],
  appraisal1: [
    "Điểm thẩm định",
    "Điểm thẩm định năm 2025",
    "Điểm thẩm định (lần 1)",
    "Điểm thẩm định lần 1",
    "Điểm Hội đồng thẩm định",
    "Thẩm định lần 1",
    "Hội đồng thẩm định",
  ],
  appraisal2: ["Điểm thẩm định (lần 2)", "Điểm thẩm định lần 2", "Thẩm định lần 2", "Phúc thẩm"],
  evidence: ["Tài liệu kiểm chứng", "TLKC", "Các yêu cầu và tài liệu kiểm chứng", "Tài liệu chứng minh"],
  explanation: ["Giải trình", "Ghi chú", "Ghi chú của đơn vị", "Nội dung giải trình"],
  appraisalNote: ["Ghi chú của thẩm định", "Ý kiến thẩm định", "Ghi chú của Hội đồng thẩm định"],
  appraisalFlag: [
    "Cần giải trình / bổ sung tài liệu",
    "Cần giải trình",
    "Yêu cầu giải trình",
    "Đề nghị bổ sung tài liệu",
  ],
  appraiser: [
    "Cơ quan thẩm định",
    "Cơ quan chủ trì thẩm định",
    "Cơ quan, đơn vị thẩm định",
    "Đơn vị chủ trì đánh giá",
    "Cơ quan chủ trì theo dõi, đánh giá",
    "Sở phụ trách",
    "Phân công thẩm định",
  ],
  notApplicable: [
    "Trường hợp không áp dụng",
    "Không áp dụng",
    "Khi không phát sinh",
    "Trường hợp không phát sinh",
    "Cách tính điểm khi không áp dụng",
  ],
};

/** Case, NFD, line breaks and extra spaces, as people and old files produce them. */
function noisy(s: string, seed: number): string {
  let t = s;
  if (seed & 1) t = t.toUpperCase();
  if (seed & 2) t = t.normalize("NFD");
  if (seed & 4) t = t.replace(" ", "\n");
  if (seed & 8) t = `  ${t.replace(/ /g, "  ")} `;
  if (seed & 16) t = t.replace(" ", "\u00a0");
  return t;
}

describe("header synonyms", () => {
  it.each(Object.entries(SYNONYMS))("maps every %s synonym, in any case, form and spacing", (role, names) => {
    for (const name of names)
      for (let seed = 0; seed < 32; seed++)
        expect([name, seed, matchHeaderRole(foldWords(noisy(name, seed)))?.role]).toEqual([name, seed, role]);
  });

  it("does not read title rows or data as columns", () => {
    for (const t of [
      "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025",
      "KẾT QUẢ TỰ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
      "KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2025",
      "SỞ TƯ PHÁP",
      "Kế hoạch số 1833/KH-UBND ngày 19/9/2023",
      "Điểm",
      "7,5",
    ])
      expect([t, matchHeaderRole(foldWords(t))]).toEqual([t, null]);
  });

  it.each([
    ["department", () => departmentFixture()],
    ["commune", () => communeFixture()],
  ])("reads the %s fixture's columns through any header noise (property)", (_, make) => {
    const expected = read(make().grid).table.columns;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 20, maxLength: 20 }), (seeds) => {
        const f = make();
        let k = 0;
        for (const r of f.headerRows.map((x) => x - 1))
          f.grid.values[r] = f.grid.values[r]!.map((v) =>
            typeof v === "string" ? noisy(v, seeds[k++ % seeds.length]!) : v,
          );
        const t = read(f.grid).table;
        expect(Object.fromEntries(Object.entries(t.columns).map(([r, c]) => [r, c!.col]))).toEqual(
          Object.fromEntries(Object.entries(expected).map(([r, c]) => [r, c!.col])),
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe("who appraises and when an item does not apply (annex columns)", () => {
  it("an agency column is never a score; a score or note naming the agency still is one", () => {
    const role = (h: string) => matchHeaderRole(foldWords(h))?.role;
    expect(role("Cơ quan thẩm định")).toBe("appraiser");
    expect(role("Điểm cơ quan thẩm định")).toBe("appraisal1");
    expect(role("Cơ quan thẩm định (điểm)")).toBe("appraisal1");
    expect(role("Cơ quan có thẩm quyền đánh giá")).toBe("appraisal1");
    expect(role("Ý kiến cơ quan thẩm định")).toBe("appraisalNote");
    expect(role("Cách tính điểm")).toBe("rule");
  });

  it("reads both columns as text beside a real appraisal score column", () => {
    const grid = small(
      [
        ["1", "Chỉ đạo điều hành", 2, 2, 1.5, "Sở Nội vụ", null],
        ["1.1", "Kế hoạch", 2, 2, 1.5, null, "Được điểm tối đa"],
      ],
      {},
      [
        "STT",
        "Nội dung",
        "Điểm tối đa",
        "Điểm tự đánh giá",
        "Điểm thẩm định",
        "Cơ quan thẩm định",
        "Trường hợp không áp dụng",
      ],
    );
    const { table, issues } = read(grid);
    expect(issues).not.toContain("header-duplicate");
    expect(table.columns.appraisal1?.letter).toBe("E");
    expect(table.columns.appraiser?.letter).toBe("F");
    expect(table.columns.notApplicable?.letter).toBe("G");
    const field = table.fields[0]!;
    expect(field.appraisals.map((a) => a.parsed)).toEqual([{ kind: "number", value: 1.5 }]);
    expect(field.appraiser?.text).toBe("Sở Nội vụ");
    expect(field.children[0]!.notApplicable).toMatchObject({ text: "Được điểm tối đa", cell: "G3" });
  });
});

describe("title rows", () => {
  const info = (rows: string[][]) => readTitleInfo({ sheet: "s", values: rows }, rows.length);

  it("finds the unit and the year", () => {
    expect(
      info([["ỦY BAN NHÂN DÂN TỈNH SƠN LA"], ["SỞ TƯ PHÁP"], ["BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2025"]]),
    ).toEqual({ unit: "SỞ TƯ PHÁP", year: 2025 });
    expect(info([["UBND TỈNH SƠN LA"], ["UBND XÃ MƯỜNG BẰNG"]])).toEqual({
      unit: "UBND XÃ MƯỜNG BẰNG",
      year: null,
    });
    expect(info([["ỦY BAN NHÂN DÂN PHƯỜNG CHIỀNG LỀ"], ["Đơn vị: Phường Chiềng Lề (mới)"]])).toEqual({
      unit: "Phường Chiềng Lề (mới)",
      year: null,
    });
    expect(info([["Tên đơn vị:   Sở Nội vụ  "], ["Năm đánh giá: năm 2024"]])).toEqual({
      unit: "Sở Nội vụ",
      year: 2024,
    });
    expect(info([["ỦY BAN NHÂN DÂN TỈNH SƠN LA"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]])).toEqual({
      unit: null,
      year: null,
    });
    expect(info([["SỞ TƯ PHÁP".normalize("NFD")]]).unit).toBe("SỞ TƯ PHÁP");
    expect(info([["Số 18/BC-STP"], ["Số liệu năm 2025"]])).toEqual({ unit: null, year: 2025 });
  });

  it("shuffling the title rows does not change the tree (property)", () => {
    const base = read(communeFixture().grid).table;
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (order) => {
        const f = communeFixture();
        const titles = f.grid.values.slice(0, 5);
        for (let i = 0; i < 5; i++) f.grid.values[i] = titles[order[i]!]!;
        const t = read(f.grid).table;
        expect(t.fields).toEqual(base.fields);
        expect(t.unit).toBe(base.unit);
        expect(t.year).toBe(base.year);
      }),
      { numRuns: 30 },
    );
  });
});

describe("legacy encodings", () => {
  it("flags TCVN3 and VNI text, not Unicode Vietnamese", () => {
    expect(looksLegacyEncoded("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe(true);
    expect(looksLegacyEncoded("Kª khai sè liÖu vÒ c¶i c¸ch hµnh chÝnh")).toBe(true);
    expect(looksLegacyEncoded("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toBe(true);
    expect(looksLegacyEncoded("Cộng hòa xã hội chủ nghĩa Việt Nam")).toBe(false);
    expect(looksLegacyEncoded("Müller report 2025")).toBe(false);
    expect(looksLegacyEncoded("Chất lượng © 2025")).toBe(false);
    for (const n of departmentNodes()) {
      expect(looksLegacyEncoded(n.title)).toBe(false);
      expect(looksLegacyEncoded(n.title.normalize("NFD"))).toBe(false);
    }
  });

  it("reports legacy titles in a table and in an unreadable head", () => {
    const f = departmentFixture();
    const row = f.rowOf["1.1.1"]! - 1;
    f.grid.values[row]![1] = "Ban hµnh kÕ ho¹ch CCHC n¨m kÞp thêi";
    const r = readTable(f.grid);
    expect(r.issues).toMatchObject([
      { code: "text-legacy-encoding", cell: `B${row + 1}`, criterion: "1.1.1" },
    ]);
    const head = readTable({ sheet: "s", values: [["STT", "Néi dung", "§iÓm tèi ®a", "§iÓm tù ®¸nh gi¸"]] });
    expect(head.issues.map((i) => i.code)).toEqual([
      "text-legacy-encoding",
      "text-legacy-encoding",
      "header-not-found",
      "header-nearest",
    ]);
  });
});
