/**
 * Self-scoring templates as five provinces' Sở Nội vụ might each have made them for 2025, none
 * written by us: long title blocks, headers in capitals, without accents or abbreviated, column
 * letters under the header, numbering in odd forms, subtotal rows between fields, signatures under
 * the table. Each is read as an official would: is the table found, are the points right, do the
 * issues name the right cells.
 */
import type { CellValue, Grid } from "../../src/grid/grid";
import { checkSheetWithTable } from "../../src/check-sheet";
import { outline } from "./helpers";

const N = null;
const R = (...v: CellValue[]): CellValue[] => v;

function check(grid: Grid) {
  const { report, table } = checkSheetWithTable(grid);
  if (!table) throw new Error(report.issues.map((i) => i.message).join("\n"));
  const roles = Object.fromEntries(Object.entries(table.columns).map(([role, c]) => [role, c!.letter]));
  const node = (code: string) => report.nodes.find((n) => n.code === code)!;
  const issues = report.issues.map((i) => `${i.code} ${i.cell ?? ""}`.trim());
  return { report, table, roles, tree: outline(table.fields), node, issues };
}

describe("templates none of us wrote", () => {
  it("Lai Châu-like: header on row 10 under a long title block, A B 1 2 3 row, total on top, signatures", () => {
    const r = check({
      sheet: "Tự chấm",
      values: [
        R("UBND TỈNH LAI CHÂU", N, N, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        R("SỞ NỘI VỤ", N, N, "Độc lập - Tự do - Hạnh phúc"),
        R(),
        R("BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025"),
        R("(Kèm theo Công văn số 123/SNV-CCHC ngày 10/11/2025 của Sở Nội vụ)"),
        R("Đơn vị: Sở Tài chính"),
        R(),
        R(N, N, N, N, N, "Đơn vị tính: điểm"),
        R(),
        R(
          "STT",
          "Lĩnh vực, tiêu chí, tiêu chí thành phần",
          "Điểm tối đa",
          "Điểm tự đánh giá",
          "Tài liệu kiểm chứng",
          "Ghi chú",
        ),
        R("A", "B", "1", "2", "3", "4"),
        R(N, "TỔNG ĐIỂM", 10, 7.5, N, N),
        R("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 6, 4.5),
        R("1", "Kế hoạch CCHC năm", 3, "2,5"),
        R("1.1", "Ban hành kịp thời", 1, "1", "KH số 12/KH-STC"),
        R("1.2", "Xác định đầy đủ nhiệm vụ", 2, "1,5", "Kế hoạch số 12/KH-STC"),
        R("2", "Báo cáo CCHC", 3, 2, "Báo cáo số 5/BC-STC"),
        R(N, "- Đúng hạn: 3 điểm"),
        R(N, "- Chậm: 1 điểm"),
        R("II", "XÂY DỰNG THỂ CHẾ", 4, 3),
        R("1", "Rà soát văn bản", 2, "-"),
        R("2", "Kiểm tra văn bản", 2, 3, "QĐ số 7/QĐ-STC"),
        R(),
        R(N, "Người lập biểu", N, "THỦ TRƯỞNG ĐƠN VỊ"),
        R(N, "(Ký, ghi rõ họ tên)", N, "(Ký tên, đóng dấu)"),
        R(),
        R(N, "Nguyễn Văn A", N, "Trần Văn B"),
      ],
    });
    expect(r.report.headerRows).toEqual([10]);
    expect(r.report.unit).toBe("Sở Tài chính");
    expect(r.roles).toEqual({ code: "A", title: "B", max: "C", self: "D", evidence: "E", explanation: "F" });
    expect(r.tree).toBe("1(1.1(1.1.1 1.1.2) 1.2) 2(2.1 2.2)");
    expect(r.table.totalRow?.row).toBe(12);
    expect(r.node("1.1").self).toBe(2.5);
    expect(r.node("1.1.2").self).toBe(1.5);
    // "-" is no score: said to be missing, never a silent 0; 3 over a maximum of 2 is said and capped.
    expect(r.issues).toEqual(["score-not-allowed D17", "score-missing D21", "score-exceeds-max D22"]);
    expect(r.report.totals.self).toBe(6.5);
  });

  it("Hà Giang-like: capitals, line breaks, extra spaces, abbreviations, (1) (2) row, extra columns", () => {
    const r = check({
      sheet: "TDG",
      values: [
        R("BANG TU CHAM DIEM CCHC NAM 2025"),
        R(),
        R(
          "TT",
          "NOI DUNG TIEU CHI",
          "ĐIỂM\nTỐI  ĐA",
          "Điểm tự ĐG",
          "Điểm TĐG của xã",
          "TLKC",
          "Đơn vị thực hiện",
          "Link",
        ),
        R("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"),
        R("1", "Công tác chỉ đạo", 6, 4.5),
        R("1.1", "Kế hoạch", 3, 2.5, N, "KH 01/KH-UBND", "Văn phòng", "https://x.vn/kh"),
        R("1.2", "Báo cáo", 3, 2, N, "BC 02/BC-UBND"),
        R("2", "Thể chế", 4, 4),
        R("2.1", "Rà soát", 4, 4, N, "QĐ 03/QĐ-UBND"),
        R(N, "TỔNG CỘNG", 10, 8.5),
      ],
    });
    expect(r.roles).toEqual({ code: "A", title: "B", max: "C", self: "D", evidence: "F" });
    expect(r.tree).toBe("1(1.1 1.2) 2(2.1)");
    expect(r.report.totals.self).toBe(8.5);
    expect(r.issues).toEqual(["column-duplicate D3"]);
  });

  it("reads “TĐG” and “ĐTĐG” as the self-assessed score", () => {
    for (const self of ["TĐG", "ĐTĐG", "Điểm TĐG", "TĐĐG"]) {
      const r = check({
        sheet: "S",
        values: [
          R("STT", "Tiêu chí", "Tối đa", self, "Ghi chú"),
          R("1", "Công tác chỉ đạo", 6, 4.5),
          R("1.1", "Kế hoạch", 3, 2.5),
          R("1.2", "Báo cáo", 3, 2),
        ],
      });
      expect(r.roles.self).toBe("D");
      expect(r.report.totals.self).toBe(4.5);
    }
  });

  it("Quảng Trị-like: two-row header, no STT column, codes in the titles, a sub-criteria caption", () => {
    const r = check({
      sheet: "Chấm điểm",
      values: [
        R("PHỤ LỤC II"),
        R("BIỂU TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2025 CỦA UBND XÃ"),
        R(),
        R("Nội dung", "Điểm", N, N, "Đơn vị thực hiện", "Link tài liệu"),
        R(N, "Tối đa", "Tự chấm", "Thẩm định", N, N),
        R("1. Công tác chỉ đạo, điều hành", 6, 4.5, 4),
        R("1.1. Ban hành kế hoạch CCHC năm", 3, 2.5, 2, "Văn phòng", "http://x"),
        R("Tiêu chí thành phần", N, N, N),
        R("a) Ban hành kịp thời", 1, 1, 1),
        R("b) Đầy đủ nhiệm vụ", 2, 1.5, 1),
        R("1.2. Báo cáo", 3, 2, 2),
        R("2. Thể chế", 4, 4, 3),
        R("2.1. Rà soát", 4, 4, 3),
        R("Tổng cộng", 10, 8.5, 7),
      ],
      merges: [
        { top: 3, bottom: 4, left: 0, right: 0 },
        { top: 3, bottom: 3, left: 1, right: 3 },
        { top: 3, bottom: 4, left: 4, right: 4 },
        { top: 3, bottom: 4, left: 5, right: 5 },
      ],
    });
    expect(r.roles).toEqual({ title: "A", max: "B", self: "C", appraisal1: "D" });
    expect(r.tree).toBe("1(1.1(1.1.a 1.1.b) 1.2) 2(2.1)");
    expect(r.table.totalRow?.row).toBe(14);
    expect(r.report.totals).toMatchObject({ self: 8.5, appraised: 7 });
    expect(r.issues).toEqual([]);
  });

  it("Sơn La-like: self before maximum, a subtotal row after each field, the total at the bottom", () => {
    const r = check({
      sheet: "Biểu 1",
      values: [
        R("STT", "Nội dung đánh giá", "Điểm tự chấm", "Điểm tối đa", "Ghi chú"),
        R("I", "Chỉ đạo điều hành", 4.5, 6),
        R("1", "Kế hoạch", 2.5, 3, "KH số 1/KH-UBND"),
        R("2", "Báo cáo", 2, 3, "BC số 2/BC-UBND"),
        R(N, "Cộng lĩnh vực I", 4.5, 6),
        R(),
        R("II", "Thể chế", 3, 4),
        R("1", "Rà soát", 3, 4, "QĐ số 3/QĐ-UBND"),
        R(N, "Cộng (II)", 3, 4),
        R("III", "Tổ chức bộ máy", 1, 2),
        R("1", "Sắp xếp", 1, 2, "QĐ số 4/QĐ-UBND"),
        R(N, "Tổng điểm lĩnh vực III", 1, 2),
        R(N, "Tổng cộng", 8.5, 12),
        R(N, "THỦ TRƯỞNG ĐƠN VỊ"),
      ],
    });
    expect(r.roles).toEqual({ code: "A", title: "B", self: "C", max: "D", explanation: "E" });
    expect(r.tree).toBe("1(1.1 1.2) 2(2.1) 3(3.1)");
    // The subtotal rows are neither the total nor rule text of the criterion above.
    expect(r.table.totalRow?.row).toBe(13);
    expect(r.table.fields[0]!.children[1]!.ruleText).toEqual([]);
    expect(r.report.totals).toMatchObject({ max: 12, self: 8.5 });
    expect(r.issues).toEqual([]);
  });

  it("a subtotal row with a wrong figure never stands in for the total", () => {
    const r = check({
      sheet: "S",
      values: [
        R("STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng"),
        R("1", "Chỉ đạo", 6, 4),
        R("1.1", "Kế hoạch", 6, 4, "KH số 1/KH-UBND"),
        R(N, "Cộng mục 1", 6, 5),
        R("2", "Thể chế", 4, 4),
        R("2.1", "Rà soát", 4, 4, "QĐ số 3/QĐ-UBND"),
        R(N, "Tổng cộng các lĩnh vực", 10, 9),
      ],
    });
    expect(r.table.totalRow?.row).toBe(7);
    expect(r.issues).toEqual(["total-mismatch D7"]);
  });

  it("Bắc Kạn-like: A/B parts, Roman fields, criteria, bare letters a b in the STT column", () => {
    const r = check({
      sheet: "S",
      values: [
        R("TT", "Tiêu chí đánh giá", "Điểm chuẩn", "Điểm tự chấm", "Ghi chú"),
        R("A", "ĐIỂM TỰ ĐÁNH GIÁ", N, N),
        R("I", "Chỉ đạo", 6, 4.5),
        R("1", "Kế hoạch", 3, 2.5),
        R("a", "Ban hành kịp thời", 1, 1, "KH số 1/KH-UBND"),
        R("b", "Đầy đủ", 2, 1.5, "KH số 1/KH-UBND"),
        R("2", "Báo cáo", 3, 2, "BC số 2/BC-UBND"),
        R("II", "Thể chế", 4, 4),
        R("1", "Rà soát", 4, 4, "QĐ số 3/QĐ-UBND"),
        R("B", "ĐIỂM ĐIỀU TRA XÃ HỘI HỌC", N, N),
        R("Tổng cộng (A+B)", N, 10, 8.5),
      ],
    });
    expect(r.tree).toBe("1(1.1(1.1.a 1.1.b) 1.2) 2(2.1)");
    expect(r.node("1.1.b")).toMatchObject({ max: 2, self: 1.5 });
    expect(r.table.totalRow?.row).toBe(11);
    expect(r.report.totals.self).toBe(8.5);
    expect(r.issues).toEqual([]);
  });

  it("no accents, capitals, dotted codes, a total on top that disagrees, text numbers and a percent", () => {
    const r = check({
      sheet: "S",
      values: [
        R("STT", "NOI DUNG", "DIEM TOI DA", "DIEM TU CHAM", "DIEM THAM DINH", "TAI LIEU KIEM CHUNG"),
        R(N, "TONG CONG", 10, 9, 7),
        R("1.", "Chi dao", 6, 4.5, 4),
        R("1.1.", "Ke hoach", 3, "2.5", 2, "KH so 1/KH-UBND"),
        R("1.2.", "Bao cao", 3, "2", 2, "BC so 2/BC-UBND"),
        R("2.", "The che", 4, 4, 3),
        R("2.1.", "Ra soat", 4, "50%", 3, "QD so 3/QD-UBND"),
      ],
    });
    expect(r.roles).toEqual({ code: "A", title: "B", max: "C", self: "D", appraisal1: "E", evidence: "F" });
    expect(r.node("1.1").self).toBe(2.5);
    // A percent is no score: said so at its cell, and the sums that depend on it too.
    expect(r.issues).toEqual(["subtotal-mismatch D6", "number-invalid D7", "total-mismatch D2"]);
    expect(r.report.issues.find((i) => i.code === "number-invalid")!.message).toBe(
      "Ô D7 có giá trị “50%” không phải là số.",
    );
  });

  it("scores computed by formulas with their cached values, blank against 0", () => {
    const r = check({
      sheet: "S",
      values: [
        R("STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "helper"),
        R("1", "Chỉ đạo", 6, 4.5),
        R("1.1", "Kế hoạch", 3, 2.5, 1),
        R("1.2", "Báo cáo", 3, 2, 1),
        R("2", "Thể chế", 4, 0),
        R("2.1", "Rà soát", 4, 0, 0),
        R("2.2", "Kiểm tra", 0, N, 0),
        R("Tổng", N, 10, 4.5),
      ],
      formulas: [
        [],
        [N, N, N, "=D3+D4"],
        [N, N, N, "=IF(E3>0,2.5,0)"],
        [],
        [N, N, N, "=D6"],
        [N, N, N, '=IF(E6="x",4,0)'],
        [],
        [N, N, "=SUM(C2,C5)", "=SUM(D2,D5)"],
      ],
      hiddenColumns: [4],
    } as Grid);
    expect(r.node("1")).toMatchObject({ self: 4.5 });
    expect(r.node("2.1")).toMatchObject({ self: 0 });
    expect(r.report.totals.self).toBe(4.5);
  });

  it("score columns before the titles, a “Mã tiêu chí” column, “x” as evidence", () => {
    const r = check({
      sheet: "S",
      values: [
        R("Mã tiêu chí", "Điểm tối đa", "Tự chấm", "Tên tiêu chí", "Minh chứng"),
        R("1", 6, 4.5, "Chỉ đạo"),
        R("1.1", 3, 2.5, "Kế hoạch", "x"),
        R("1.2", 3, 2, "Báo cáo", "x"),
      ],
    });
    expect(r.roles).toEqual({ code: "A", max: "B", self: "C", title: "D", evidence: "E" });
    expect(r.report.totals.self).toBe(4.5);
    expect(r.issues).toEqual(["evidence-unrecognised E3", "evidence-unrecognised E4"]);
  });

  it("says which column it cannot tell apart (“Điểm TĐ”, “ĐTĐ”) instead of dropping its scores", () => {
    for (const ambiguous of ["Điểm TĐ", "ĐTĐ", "Điểm"]) {
      const r = check({
        sheet: "S",
        values: [
          R("STT", "Tiêu chí", "Tối đa", "TĐG", ambiguous, "Tỷ lệ (%)"),
          R("1", "Công tác chỉ đạo", 6, 4.5, N, 75),
          R("1.1", "Kế hoạch", 3, 2.5, 2, 83),
          R("1.2", "Báo cáo", 3, 2, 2),
        ],
      });
      expect(r.roles).toEqual({ code: "A", title: "B", max: "C", self: "D" });
      expect(r.issues).toEqual(["column-score-unread E3"]);
      expect(r.report.issues[0]!.message).toBe(
        `Cột E (“${ambiguous}”) có điểm (ô E3) nhưng tiêu đề không cho biết là điểm tối đa, tự đánh giá hay thẩm định, nên không được đọc. Cách sửa: ghi rõ tiêu đề cột (ví dụ “Điểm thẩm định”) hoặc gán cột, ví dụ “thẩm định lần 1=E”.`,
      );
    }
    // Mapped, the column is read and nothing more is said.
    const { report } = checkSheetWithTable(
      {
        sheet: "S",
        values: [
          R("STT", "Tiêu chí", "Tối đa", "TĐG", "ĐTĐ"),
          R("1", "Công tác chỉ đạo", 6, 4.5, 4),
          R("1.1", "Kế hoạch", 3, 2.5, 2),
          R("1.2", "Báo cáo", 3, 2, 2),
        ],
      },
      { columns: { appraisal1: "E" } },
    );
    expect(report.issues.map((i) => i.code)).toEqual([]);
    expect(report.totals.appraised).toBe(4);
  });

  it("says a score typed on a “-” line is not counted when its criterion has none", () => {
    const r = check({
      sheet: "Biểu 1",
      values: [
        R("STT", "Nội dung đánh giá", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"),
        R("I", "Chỉ đạo điều hành", 6, 2.5, 2.5),
        R("1", "Kế hoạch", 3, 2.5, 2.5),
        // A breakdown under a criterion that has its score: nothing lost, nothing said.
        R("-", "Ban hành kịp thời", 1, 1, 1),
        R("-", "Đầy đủ", 2, 1.5, 1.5),
        R("2", "Báo cáo", 3, N, N),
        // The options of the rule with their points in the maximum column: guidance.
        R("-", "Đúng hạn", 3),
        R("-", "Chậm", 1),
        // The unit marked its option by scoring it, leaving the criterion blank.
        R("-", "Đúng hạn", N, 2, "1,5"),
      ],
    });
    expect(r.tree).toBe("1(1.1 1.2)");
    expect(r.issues).toEqual(["row-unnumbered-score D9", "score-missing D6"]);
    const issue = r.report.issues.find((i) => i.code === "row-unnumbered-score")!;
    expect(issue).toMatchObject({ row: 9, column: "D", criterion: "1.2", value: 2 });
    expect(issue.message).toBe(
      "Ô D9 có điểm 2 nhưng dòng 9 không có số thứ tự nên không được tính riêng (được đọc là hướng dẫn của tiêu chí 1.2). Nếu đó là một tiêu chí thành phần, hãy đánh số dòng này (ví dụ “a)”); nếu không, hãy ghi điểm ở dòng của tiêu chí 1.2.",
    );
  });

  it("suggests the next letter under a lettered item", () => {
    const r = check({
      sheet: "S",
      values: [
        R("STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá"),
        R("1", "Chỉ đạo", 3, 2),
        R("1.1", "Kế hoạch", 3, 2),
        R("a)", "Ban hành", 1, 1),
        R("b)", "Đầy đủ", 2, N),
        R(N, "Xác định đủ nhiệm vụ", N, 1),
      ],
    });
    const issue = r.report.issues.find((i) => i.code === "row-unnumbered-score")!;
    expect(issue).toMatchObject({ cell: "D6", criterion: "1.1.b", params: { next: "c)" } });
  });

  it("reads “Lĩnh vực I”, “Tiêu chí 1”, “TC 2”, “TCTP 1.1” typed in the STT column", () => {
    const r = check({
      sheet: "S",
      values: [
        R("STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá"),
        R("Lĩnh vực I", "Chỉ đạo", 6, 4.5),
        R("Tiêu chí 1", "Kế hoạch", 3, 2.5),
        R("TCTP 1.1", "Ban hành kịp thời", 1, 1),
        R("TCTP 1.2", "Đầy đủ", 2, 1.5),
        R("TC 2", "Báo cáo", 3, 2),
        R("LĨNH VỰC II", "Thể chế", 4, 4),
        R("Tiêu chí 1", "Rà soát", 4, 4),
        R(N, "Tiêu chí thành phần", N, N),
      ],
    });
    expect(r.tree).toBe("1(1.1(1.1.1 1.1.2) 1.2) 2(2.1)");
    expect(r.table.fields[0]!.rawCode).toBe("Lĩnh vực I");
    expect(r.report.totals.self).toBe(8.5);
    expect(r.issues).toEqual([]);
  });

  it("Quảng Ninh-like: “Điểm quy định”, “Điểm đánh giá của đơn vị”, “Điểm HĐTĐ”, a link column", () => {
    const r = check({
      sheet: "Phụ lục",
      values: [
        R(
          "TT",
          "Nội dung tiêu chí",
          "Điểm quy định",
          "Điểm đánh giá của đơn vị",
          "Điểm HĐTĐ",
          "Đường link minh chứng",
          "Điểm chấm của Sở",
        ),
        R("1", "Chỉ đạo", 6, 4.5, 4, N, 4),
        R("1.1", "Kế hoạch", 3, 2.5, 2, "https://qn.gov.vn/kh-01"),
        R("1.2", "Báo cáo", 3, 2, 2, "https://qn.gov.vn/bc-02"),
      ],
    });
    expect(r.roles).toEqual({ code: "A", title: "B", max: "C", self: "D", appraisal1: "E", evidence: "F" });
    expect(r.report.totals).toMatchObject({ self: 4.5, appraised: 4 });
    // “Sở” may be the unit (a department) or the Sở Nội vụ appraising: said, not guessed.
    expect(r.issues).toEqual(["column-score-unread G2"]);
  });

  it("reads “TLMC” and “Tài liệu kèm theo” as evidence", () => {
    for (const evidence of ["TLMC", "Tài liệu kèm theo", "Link tài liệu minh chứng"]) {
      const r = check({
        sheet: "S",
        values: [
          R("STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", evidence),
          R("1", "Chỉ đạo", 3, 2),
          R("1.1", "Kế hoạch", 3, 2, "Kế hoạch số 01/KH-UBND"),
        ],
      });
      expect(r.roles.evidence).toBe("E");
      expect(r.issues).toEqual([]);
    }
  });

  it("a note under the table stays with the last criterion; the signature block does not", () => {
    const r = check({
      sheet: "S",
      values: [
        R("STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá"),
        R("1", "Chỉ đạo", 6, 4),
        R("1.1", "Kế hoạch", 3, 2),
        R("1.2", "Ban hành kế hoạch", 3, 2),
        R(N, "Ban hành trước ngày 15 tháng 12 năm 2025: 3 điểm"),
        R(),
        R(N, "Ghi chú: cột (4) do đơn vị tự chấm."),
        R(N, "Quảng Ninh, ngày 10 tháng 12 năm 2025"),
        R(N, "Người lập biểu", N, "THỦ TRƯỞNG ĐƠN VỊ"),
        R(N, "(Ký, ghi rõ họ tên)", N, "(Ký tên, đóng dấu)"),
        R(),
        R(N, "Nguyễn Văn A", N, "Trần Thị B"),
        R(N, "KT. GIÁM ĐỐC"),
      ],
    });
    expect(r.table.fields[0]!.children[1]!.ruleText).toEqual([
      "Ban hành trước ngày 15 tháng 12 năm 2025: 3 điểm",
      "Ghi chú: cột (4) do đơn vị tự chấm.",
    ]);
    expect(r.table.lastRow).toBe(7);
    expect(r.report.totals.self).toBe(4);
  });
});
