/**
 * The golden province (DỮ LIỆU MẪU — sample data): a handful of units whose results can be
 * checked by hand, with every situation #9 asks about — a unit missing from the survey table,
 * units not appraised / appraised in round 1 / round 2 / partly, a unit submitted twice, an earlier
 * ranking in the folder, a blank template, an .xls file, "Không áp dụng" with and without a set
 * allowing it, and a score typed as text. Written by cli/scripts/golden/generate.ts; the expected results are
 * typed by hand in ./expected.ts (not computed from this file).
 */

/** A leaf score as typed: a number, a text ("1,5" typed as text, "Không áp dụng") or blank. */
export type Score = number | string | null;

export interface GoldenUnit {
  file: string;
  /** As written in the title row "Đơn vị: …". */
  unit: string;
  /** Self, appraisal round 1, round 2 for leaves 1.1, 1.2, 2.1, 2.2 (3.1 is the survey's). */
  self: [Score, Score, Score, Score];
  a1?: [Score, Score, Score, Score];
  a2?: [Score, Score, Score, Score];
  /** Modification time to give the file (days after 2026-01-01), for the duplicate rule. */
  modifiedDay: number;
}

/** Leaves and their maxima: 1.1 = 2, 1.2 = 4, 2.1 = 3, 2.2 = 3; 3.1 (survey, ĐTXHH) = 8. Total 20. */
export const TREE = [
  {
    code: "1",
    title: "Công tác chỉ đạo, điều hành cải cách hành chính",
    max: 6,
    children: [
      { code: "1.1", title: "Ban hành kế hoạch cải cách hành chính năm", max: 2 },
      { code: "1.2", title: "Thực hiện chế độ báo cáo cải cách hành chính", max: 4 },
    ],
  },
  {
    code: "2",
    title: "Cải cách thủ tục hành chính",
    max: 6,
    children: [
      { code: "2.1", title: "Công khai thủ tục hành chính", max: 3 },
      { code: "2.2", title: "Thực hiện liên thông thủ tục hành chính", max: 3 },
    ],
  },
  {
    code: "3",
    title: "Đánh giá của người dân, tổ chức",
    max: 8,
    children: [{ code: "3.1", title: "Mức độ hài lòng của người dân, tổ chức (ĐTXHH)", max: 8 }],
  },
] as const;

export const UNITS: GoldenUnit[] = [
  { file: "so-tu-phap.xlsx", unit: "Sở Tư pháp", self: [2, 4, 3, 3], a1: [2, 3.5, 3, 2.5], modifiedDay: 10 },
  { file: "so-noi-vu.xlsx", unit: "Sở Nội vụ", self: [2, 3, 2.5, 3], modifiedDay: 10 },
  { file: "so-y-te.xlsx", unit: "Sở Y tế", self: [2, 4, 3, 3], modifiedDay: 10 },
  // The same unit twice: the older file must not be ranked.
  { file: "so-tai-chinh.xlsx", unit: "Sở Tài chính", self: [1, 2, 1, 1], modifiedDay: 5 },
  { file: "so-tai-chinh-ban-sua.xlsx", unit: "SỞ TÀI CHÍNH", self: [2, 4, 2, 3], modifiedDay: 12 },
  {
    file: "van-phong-ubnd-tinh.xlsx",
    unit: "Văn phòng UBND tỉnh",
    self: [1.5, 3, 3, 2],
    a1: [1.5, 3, 2.5, 2],
    a2: [null, 2.5, null, null],
    modifiedDay: 10,
  },
  {
    file: "xa-muong-bang.xlsx",
    unit: "UBND xã Mường Bằng",
    self: [2, 3, 3, "Không áp dụng"],
    modifiedDay: 10,
  },
  {
    file: "phuong-to-hieu.xlsx",
    unit: "UBND phường Tô Hiệu",
    // "1,5" typed as text: the sheet's SUM in row 1 skips it.
    self: [2, "1,5", 3, 2.5],
    a1: [2, 1.5, 3, 2],
    a2: [null, null, 2.5, null],
    modifiedDay: 10,
  },
  {
    file: "xa-chieng-mai.xlsx",
    unit: "UBND xã Chiềng Mai",
    self: [2, 4, 3, 3],
    a1: [null, 3, null, null],
    modifiedDay: 10,
  },
];

/** Survey (ĐTXHH) rows as typed by the survey team: other spellings on purpose; Sở Y tế missing. */
export const SURVEY: [string, number][] = [
  ["SỞ TƯ PHÁP", 7],
  ["Sở Nội vụ tỉnh An Hòa", 6.5],
  ["Sở Tài chính", 7.5],
  ["VP UBND tỉnh", 6],
  ["Ủy ban nhân dân xã Mường Bằng", 6],
  ["UBND Phường Tô Hiệu", 7],
  ["Uỷ ban nhân dân xã Chiềng Mai", 5.5],
];

/** 2026-01-01T00:00:00Z: modifiedDay counts from here. */
export const GOLDEN_EPOCH = Date.UTC(2026, 0, 1);
