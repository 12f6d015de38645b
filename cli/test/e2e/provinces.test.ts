/**
 * `cchc validate` on a workbook as a province's Sở Nội vụ made it, not as we would: instructions
 * and a list first, the scoring sheet third, a long title block, a two-row header with a merged
 * “Điểm”, column numbers, bare letters for items, field sums as formulas with their cached values,
 * a subtotal row after each field, a score typed on a “-” line, signatures under the table.
 */
import * as XLSX from "@e965/xlsx";
import { cchc, looksLikeCrash } from "../support/bundle";
import { hashOf, put, tempDir } from "../support/files";
import { workbookBytes } from "../support/inputs";
import { ValidateJsonSchema } from "../../src/json/contract";

type Cell = string | number | null | { f: string; v: number };

function sheetOf(rows: Cell[][], merges: XLSX.Range[] = []): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(
    rows.map((r) => r.map((c) => (c !== null && typeof c === "object" ? c.v : c))),
  );
  rows.forEach((r, i) =>
    r.forEach((c, j) => {
      if (c !== null && typeof c === "object")
        ws[XLSX.utils.encode_cell({ r: i, c: j })] = { t: "n", v: c.v, f: c.f };
    }),
  );
  ws["!merges"] = merges;
  return ws;
}

const N = null;
const scoring = sheetOf(
  [
    ["UBND TỈNH BẮC KẠN", N, N, N, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["SỞ TƯ PHÁP", N, N, N, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["BIỂU TỰ CHẤM ĐIỂM XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025"],
    ["(Kèm theo Kế hoạch số 45/KH-SNV của Sở Nội vụ)"],
    ["Đơn vị: Sở Tư pháp"],
    [],
    [N, N, N, N, N, "Đơn vị tính: điểm"],
    ["STT", "Lĩnh vực, tiêu chí,\ntiêu chí thành phần", "Điểm", N, N, "Tài liệu kiểm chứng", "Ghi chú"],
    [N, N, "Tối đa", "Tự chấm", "Thẩm định", N, N],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 6, { f: "SUM(D13,D16)", v: 2.5 }],
    ["1", "Kế hoạch CCHC năm", 3, { f: "SUM(D14:D15)", v: 2.5 }],
    ["a", "Ban hành kịp thời", 1, 1, N, "Kế hoạch số 01/KH-STP"],
    ["b", "Xác định đầy đủ nhiệm vụ", 2, 1.5, N, "Kế hoạch số 01/KH-STP"],
    ["2", "Báo cáo CCHC định kỳ", 3, N],
    ["-", "Đúng hạn: 3 điểm; chậm: 1 điểm", N, 2],
    [N, "Cộng lĩnh vực I", 6, { f: "D12", v: 2.5 }],
    ["II", "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN THỂ CHẾ", 4, { f: "SUM(D20)", v: 4 }],
    ["1", "Rà soát văn bản quy phạm pháp luật", 4, 4, N, "Quyết định số 02/QĐ-STP"],
    [N, "Cộng lĩnh vực II", 4, { f: "D19", v: 4 }],
    [N, "TỔNG ĐIỂM", { f: "C12+C19", v: 10 }, { f: "D12+D19", v: 6.5 }],
    [],
    [N, "Người lập biểu", N, N, "THỦ TRƯỞNG ĐƠN VỊ"],
    [N, "(Ký, ghi rõ họ tên)", N, N, "(Ký tên, đóng dấu)"],
  ],
  [
    { s: { r: 8, c: 0 }, e: { r: 9, c: 0 } },
    { s: { r: 8, c: 1 }, e: { r: 9, c: 1 } },
    { s: { r: 8, c: 2 }, e: { r: 8, c: 4 } },
    { s: { r: 8, c: 5 }, e: { r: 9, c: 5 } },
    { s: { r: 8, c: 6 }, e: { r: 9, c: 6 } },
  ],
);
const guide = sheetOf([
  ["HƯỚNG DẪN CHẤM ĐIỂM"],
  ["1. Ghi điểm vào cột Tự chấm của trang Biểu tự chấm."],
  ["2. Không sửa cột Tối đa."],
]);
const list = sheetOf([
  ["STT", "Tên đơn vị", "Loại"],
  [1, "Sở Tư pháp", "Sở"],
  [2, "Sở Y tế", "Sở"],
]);

describe("cchc validate on a province's own template", () => {
  it("finds the scoring sheet, reads its points right and names the cells", () => {
    const file = put(
      tempDir(),
      "so-tu-phap-bac-kan.xlsx",
      workbookBytes([
        ["Hướng dẫn", guide],
        ["Danh mục", list],
        ["Biểu tự chấm", scoring],
      ]),
    );
    const before = hashOf(file);
    const r = cchc(["validate", file, "--json"]);
    expect(looksLikeCrash(r.stdout + r.stderr)).toBe(false);
    const json = ValidateJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.sheet).toBe("Biểu tự chấm");
    expect(json.unit).toBe("Sở Tư pháp");
    expect(json.totals).toMatchObject({ max: 10, self: 6.5 });
    expect(json.fields.map((f) => [f.code, f.max, f.self])).toEqual([
      ["1", 6, 2.5],
      ["2", 4, 4],
    ]);
    // The score on the "-" line is said at its cell; the subtotal rows are no total; the total agrees.
    const found = json.issues.map((i) => `${i.code} ${i.cell ?? ""}`.trim());
    expect(found).toContain("row-unnumbered-score D17");
    expect(found).toContain("score-missing D16");
    expect(found.filter((i) => /total|subtotal/.test(i))).toEqual([]);
    expect(r.status).toBe(0);
    expect(hashOf(file)).toBe(before);
  });
});
