/**
 * Cell values the totals property tests draw from (one-walk-differential, lazy-tree): rule texts,
 * titles, scores and maxima chosen to hit every branch of the sheet-only walk.
 */
import type { CellValue } from "../../src/grid/grid";

export const RULES = [
  "Hoàn thành 100% kế hoạch: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm",
  "Có: 1 điểm; Không: 0 điểm",
  "Đúng hạn: 1 điểm; chậm: 0,5 điểm; không: 0 điểm",
  "Tỷ lệ = số đơn vị được kiểm tra / tổng số đơn vị; Điểm = Tỷ lệ × điểm tối đa",
  "Mỗi văn bản chậm trừ 0,5 điểm, tối đa trừ 2 điểm",
  "Đánh giá qua điều tra xã hội học",
  "Trường hợp không có nhiệm vụ thì không áp dụng tiêu chí này",
  "Đơn vị không có … ghi KAD",
  "chấm theo bước 0,25",
  "Ghi chú chung",
];
export const TITLES = [
  "Ban hành kế hoạch cải cách hành chính",
  "Điểm ĐTXHH",
  "Tổ chức điều tra xã hội học về sự hài lòng",
  "Đánh giá qua điều tra xã hội học (ĐTXHH)",
];
export const SCORES: CellValue[] = [
  null,
  0,
  0.25,
  0.5,
  1,
  1.5,
  2,
  3,
  -1,
  -0.5,
  1e15,
  "0,5",
  "Không áp dụng",
  "KAD",
  -1e-7,
  1e-7,
  "#REF!",
  "x",
];
export const MAXIMA: CellValue[] = [0.5, 1, 1.5, 2, 3, -2, 0, -1e-7, null, "abc"];
