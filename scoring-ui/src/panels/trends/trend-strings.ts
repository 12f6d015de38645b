/** The Xu hướng section's texts (its own file, so the shared catalogue stays small). */
import type { Lang } from "@cchc/scoring-core";

export interface TrendStrings {
  title: string;
  introFiles: string;
  introSheets: string;
  files: string;
  filesChosen: (n: string) => string;
  refs: string;
  refsHint: string;
  renames: string;
  renamesRef: string;
  optional: string;
  run: string;
  done: (units: string, years: string, sheets: string) => string;
  unmatched: (n: string) => string;
  fell: string;
  inspect: string;
  skipped: string;
}

const vi: TrendStrings = {
  title: "Xu hướng các năm",
  introFiles:
    "Chọn các tệp xếp hạng các năm trước (do công cụ tạo ra): công cụ đọc lại kết quả từng năm và ghi sheet “Xu hướng chỉ số”, có biểu đồ đường cho từng nhóm.",
  introSheets:
    "Dán địa chỉ (URL) hoặc ID các bảng tính xếp hạng các năm trước, mỗi dòng một bảng tính: công cụ đọc lại kết quả từng năm và ghi sheet “Xu hướng chỉ số”, có biểu đồ đường cho từng nhóm.",
  files: "Tệp xếp hạng các năm (.xlsx)",
  filesChosen: (n) => `Đã chọn ${n} tệp.`,
  refs: "Bảng tính xếp hạng các năm (URL hoặc ID)",
  refsHint: "Mỗi dòng một bảng tính.",
  renames: "Danh sách sắp xếp đơn vị (cột “Tên cũ”, “Tên mới”)",
  renamesRef: "Bảng tính danh sách sắp xếp đơn vị (URL hoặc ID)",
  optional: "không bắt buộc",
  run: "Tính xu hướng",
  done: (u, y, s) => `Đã ghi xu hướng ${u} đơn vị qua các năm ${y} vào: ${s}.`,
  unmatched: (n) => `${n} đơn vị không khớp được với năm sau (đã liệt kê, không bỏ):`,
  fell: "Giảm nhiều nhất so với năm trước:",
  inspect: "Đề xuất kiểm tra năm cuối (đủ danh sách và số liệu ở sheet “Đề xuất kiểm tra”):",
  skipped: "Tệp đã bỏ qua:",
};

const en: TrendStrings = {
  title: "Trends across the years",
  introFiles:
    "Pick earlier years' ranking files (written by the tool): their results are read back and the “Index trend” sheet is written, with a line chart per group.",
  introSheets:
    "Paste the URLs or IDs of earlier years' ranking spreadsheets, one per line: their results are read back and the “Index trend” sheet is written, with a line chart per group.",
  files: "Ranking files of the years (.xlsx)",
  filesChosen: (n) => `${n} ${n === "1" ? "file" : "files"} chosen.`,
  refs: "Ranking spreadsheets of the years (URL or ID)",
  refsHint: "One spreadsheet per line.",
  renames: "Reorganisation list (“Old”, “New” columns)",
  renamesRef: "Reorganisation list spreadsheet (URL or ID)",
  optional: "optional",
  run: "Compute trends",
  done: (u, y, s) => `Trends of ${u} units over ${y} written to: ${s}.`,
  unmatched: (n) => `${n} units match no later year (listed, not dropped):`,
  fell: "Fell most from the previous year:",
  inspect:
    "Proposed for inspection in the last year (full list and figures on the “Inspection proposal” sheet):",
  skipped: "Files skipped:",
};

export const TREND_STRINGS: Record<Lang, TrendStrings> = { vi, en };
