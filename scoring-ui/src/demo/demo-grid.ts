/**
 * A small, realistic self-assessment sheet for the demo pane: title rows, one header row, three
 * fields with criteria and sub-criteria, a total row, and the mistakes officials make (a score
 * over the maximum, "đạt" typed instead of a number, scores without evidence).
 */
import type { CellValue, Grid } from "@cchc/scoring-core";

export const DEMO_SHEET = "Tự chấm 2025";
export const DEMO_UNIT = "Sở Tư pháp";

type Row = [
  stt: string,
  title: string,
  max: number,
  self: CellValue,
  appraised: CellValue,
  evidence: string,
  note: string,
];

const ROWS: Row[] = [
  ["1", "Công tác chỉ đạo, điều hành cải cách hành chính", 10, 9.75, 9, "", ""],
  ["1.1", "Kế hoạch cải cách hành chính năm", 3, 2.75, 2.5, "", ""],
  [
    "1.1.1",
    "Ban hành kế hoạch CCHC năm kịp thời",
    1.5,
    1.5,
    1.5,
    "Kế hoạch số 12/KH-STP ngày 10/01/2025",
    "",
  ],
  ["1.1.2", "Mức độ thực hiện kế hoạch CCHC", 1.5, 1.25, 1, "Báo cáo số 245/BC-STP ngày 05/12/2025", ""],
  ["1.2", "Báo cáo cải cách hành chính", 2, 2.5, 2, "", ""],
  ["1.2.1", "Báo cáo định kỳ đầy đủ, đúng hạn", 2, 2.5, 2, "Báo cáo số 18/BC-STP ngày 15/06/2025", ""],
  ["1.3", "Kiểm tra công tác cải cách hành chính", 5, 4.5, 4.5, "", ""],
  ["1.3.1", "Ban hành kế hoạch kiểm tra", 2.5, 2.5, 2.5, "Kế hoạch số 30/KH-STP ngày 20/02/2025", ""],
  ["1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra", 2.5, 2, 2, "", ""],
  ["2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", 8, 5.5, 5.5, "", ""],
  ["2.1", "Xây dựng, ban hành văn bản QPPL", 4, 2, 2, "", ""],
  [
    "2.1.1",
    "Thực hiện đúng quy trình xây dựng văn bản",
    2,
    "đạt",
    null,
    "Quyết định số 152/QĐ-UBND ngày 22/01/2025",
    "",
  ],
  ["2.1.2", "Tự kiểm tra, rà soát văn bản", 2, 2, 2, "Báo cáo số 50/BC-STP ngày 30/09/2025", ""],
  ["2.2", "Theo dõi thi hành pháp luật", 4, 3.5, 3.5, "", ""],
  ["2.2.1", "Ban hành kế hoạch theo dõi thi hành pháp luật", 4, 3.5, 3.5, "", ""],
  ["3", "Cải cách thủ tục hành chính", 12, 10.75, 10.75, "", ""],
  ["3.1", "Rà soát, đánh giá thủ tục hành chính", 6, 5.75, 5.75, "", ""],
  ["3.1.1", "Ban hành kế hoạch rà soát TTHC", 3, 3, 3, "Kế hoạch số 1833/KH-UBND ngày 19/09/2025", ""],
  [
    "3.1.2",
    "Thực hiện rà soát, đơn giản hoá TTHC",
    3,
    2.75,
    2.75,
    "Báo cáo số 77/BC-STP ngày 01/11/2025",
    "",
  ],
  ["3.2", "Công khai thủ tục hành chính", 6, 5, 5, "", ""],
  ["3.2.1", "Công khai đầy đủ, đúng hạn TTHC", 6, 5, 5, "", "Đã công khai trên Cổng dịch vụ công"],
];

/** 1-based sheet row of the header; data rows follow it. */
export const DEMO_HEADER_ROW = 5;

/** The same sheet after the unit fixed every error and warning: "Sẵn sàng nộp". */
export const DEMO_FIXED_SHEET = "Tự chấm 2025 (đã sửa)";

const FIXES: Record<string, Partial<{ self: CellValue; appraised: CellValue; evidence: string }>> = {
  "1": { self: 9.25 },
  "1.2": { self: 2 },
  "1.2.1": { self: 2 },
  "1.3.2": { evidence: "Báo cáo số 101/BC-STP ngày 20/10/2025" },
  "2": { self: 7.5, appraised: 7.5 },
  "2.1": { self: 4, appraised: 4 },
  "2.1.1": { self: 2, appraised: 2 },
  "2.2.1": { evidence: "Kế hoạch số 40/KH-STP ngày 03/03/2025" },
};

function fixed(r: Row): Row {
  const f = FIXES[r[0]];
  return f ? [r[0], r[1], r[2], f.self ?? r[3], f.appraised ?? r[4], f.evidence ?? r[5], r[6]] : r;
}

export function demoGrid(variant: "as-typed" | "fixed" = "as-typed"): Grid {
  const rows = variant === "fixed" ? ROWS.map(fixed) : ROWS;
  const total: CellValue[] =
    variant === "fixed"
      ? [null, "Tổng cộng", 30, 27.5, 27.25, null, null]
      : [null, "Tổng cộng", 30, 26, 25.25, null, null];
  const values: CellValue[][] = [
    ["UBND TỈNH MẪU", null, null, null, null, null, null],
    ["BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025", null, null, null, null, null, null],
    [`Đơn vị: ${DEMO_UNIT}`, null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    [
      "STT",
      "Lĩnh vực/tiêu chí/tiêu chí thành phần",
      "Điểm tối đa",
      "Điểm tự đánh giá",
      "Điểm thẩm định",
      "Tài liệu kiểm chứng",
      "Giải trình",
    ],
    ...rows.map((r) => [...r] as CellValue[]),
    total,
  ];
  if (variant === "fixed") return { sheet: DEMO_FIXED_SHEET, values, hiddenRows: [] };
  // Row 24 (3.1.2) is hidden, as users do to "tidy" a sheet.
  return { sheet: DEMO_SHEET, values, hiddenRows: [23] };
}
