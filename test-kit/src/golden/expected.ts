/**
 * The golden province's results, worked out BY HAND from ./province.ts (not by
 * running the code under test). Leaves 1.1 = 2, 1.2 = 4, 2.1 = 3, 2.2 = 3 points; 3.1 = 8 (survey).
 * Maximum 20. appraised = latest appraisal per item, else self (null when no round has a number);
 * final = appraised-or-self + survey; index = final ÷ max × 100.
 *
 * Shared by every host's golden test (the cli, the Excel fake, both Sheets fakes, the demo service
 * and the core's in-memory port), over the committed folder cli/samples/golden/ (./files.ts).
 */
export interface GoldenRow {
  group: string;
  unit: string;
  type: "department" | "commune";
  rank: number | null;
  status: "ranked" | "provisional" | "held-out";
  /** Why a unit is held out or provisional (the report's language, Vietnamese here); null when ranked. */
  reason: string | null;
  self: number;
  appraised: number | null;
  appraisalRound: number;
  basis: "self" | "appraised" | "mixed";
  survey: number | null;
  /** No golden table has bonus or penalty rows: 0 for every unit, never blank. */
  bonus: number;
  penalty: number;
  final: number;
  max: number;
  index: number;
  file: string;
}

const SO = "Sở, ban, ngành";
const XA = "UBND xã, phường, đặc khu";

/** Without criteria sets: "Không áp dụng" in xã Mường Bằng keeps its 3 points of maximum. */
export const GOLDEN_NO_SET: GoldenRow[] = [
  // Sở Tài chính: the newer file (so-tai-chinh-ban-sua.xlsx) 2 + 4 + 2 + 3 = 11; survey 7,5 → 18,5.
  {
    group: SO,
    unit: "SỞ TÀI CHÍNH",
    type: "department",
    rank: 1,
    status: "ranked",
    reason: null,
    self: 11,
    appraised: null,
    appraisalRound: 0,
    basis: "self",
    survey: 7.5,
    bonus: 0,
    penalty: 0,
    final: 18.5,
    max: 20,
    index: 92.5,
    file: "so-tai-chinh-ban-sua.xlsx",
  },
  // Sở Tư pháp: self 12; round 1: 2 + 3,5 + 3 + 2,5 = 11; survey 7 → 18.
  {
    group: SO,
    unit: "Sở Tư pháp",
    type: "department",
    rank: 2,
    status: "ranked",
    reason: null,
    self: 12,
    appraised: 11,
    appraisalRound: 1,
    basis: "appraised",
    survey: 7,
    bonus: 0,
    penalty: 0,
    final: 18,
    max: 20,
    index: 90,
    file: "so-tu-phap.xlsx",
  },
  // Sở Nội vụ: 2 + 3 + 2,5 + 3 = 10,5, not appraised; survey row "Sở Nội vụ tỉnh An Hòa" 6,5 → 17.
  {
    group: SO,
    unit: "Sở Nội vụ",
    type: "department",
    rank: 3,
    status: "ranked",
    reason: null,
    self: 10.5,
    appraised: null,
    appraisalRound: 0,
    basis: "self",
    survey: 6.5,
    bonus: 0,
    penalty: 0,
    final: 17,
    max: 20,
    index: 85,
    file: "so-noi-vu.xlsx",
  },
  // VP UBND tỉnh: self 9,5; latest: 1,5 + 2,5 (round 2) + 2,5 + 2 = 8,5; survey "VP UBND tỉnh" 6 → 14,5.
  {
    group: SO,
    unit: "Văn phòng UBND tỉnh",
    type: "department",
    rank: 4,
    status: "ranked",
    reason: null,
    self: 9.5,
    appraised: 8.5,
    appraisalRound: 2,
    basis: "appraised",
    survey: 6,
    bonus: 0,
    penalty: 0,
    final: 14.5,
    max: 20,
    index: 72.5,
    file: "van-phong-ubnd-tinh.xlsx",
  },
  // Sở Y tế: no survey row → held out, survey null (never 0); 12 of 20.
  {
    group: SO,
    unit: "Sở Y tế",
    type: "department",
    rank: null,
    status: "held-out",
    reason: "Chưa xếp hạng: không có điểm ĐTXHH của đơn vị trong bảng điều tra xã hội học.",
    self: 12,
    appraised: null,
    appraisalRound: 0,
    basis: "self",
    survey: null,
    bonus: 0,
    penalty: 0,
    final: 12,
    max: 20,
    index: 60,
    file: "so-y-te.xlsx",
  },
  // xã Chiềng Mai: self 12; round 1 only on 1.2 (3): 2 + 3 + 3 + 3 = 11 (mixed); survey 5,5 → 16,5.
  {
    group: XA,
    unit: "UBND xã Chiềng Mai",
    type: "commune",
    rank: 1,
    status: "ranked",
    reason: null,
    self: 12,
    appraised: 11,
    appraisalRound: 1,
    basis: "mixed",
    survey: 5.5,
    bonus: 0,
    penalty: 0,
    final: 16.5,
    max: 20,
    index: 82.5,
    file: "xa-chieng-mai.xlsx",
  },
  // phường Tô Hiệu: self 2 + "1,5" (text, counted) + 3 + 2,5 = 9; latest 2 + 1,5 + 2,5 (round 2) + 2 = 8; survey 7 → 15.
  {
    group: XA,
    unit: "UBND phường Tô Hiệu",
    type: "commune",
    rank: 2,
    status: "ranked",
    reason: null,
    self: 9,
    appraised: 8,
    appraisalRound: 2,
    basis: "appraised",
    survey: 7,
    bonus: 0,
    penalty: 0,
    final: 15,
    max: 20,
    index: 75,
    file: "phuong-to-hieu.xlsx",
  },
  // xã Mường Bằng: 2 + 3 + 3 + N/A (kept: 0 of 3) = 8; survey 6 → 14 of 20.
  {
    group: XA,
    unit: "UBND xã Mường Bằng",
    type: "commune",
    rank: 3,
    status: "ranked",
    reason: null,
    self: 8,
    appraised: null,
    appraisalRound: 0,
    basis: "self",
    survey: 6,
    bonus: 0,
    penalty: 0,
    final: 14,
    max: 20,
    index: 70,
    file: "xa-muong-bang.xlsx",
  },
];

/** With the golden sets: the commune set allows 2.2 not applicable, so Mường Bằng scores 14 of 17. */
export const GOLDEN_WITH_SETS: GoldenRow[] = [
  ...GOLDEN_NO_SET.filter((r) => r.group === SO),
  GOLDEN_NO_SET.find((r) => r.unit === "UBND xã Chiềng Mai")!,
  // 14 ÷ 17 × 100 = 82,352… → 82,35 (JSON rounds to 2 decimals); below Chiềng Mai's 82,5.
  { ...GOLDEN_NO_SET.find((r) => r.unit === "UBND xã Mường Bằng")!, rank: 2, max: 17, index: 82.35 },
  { ...GOLDEN_NO_SET.find((r) => r.unit === "UBND phường Tô Hiệu")!, rank: 3 },
];

/** Files read but not ranked, and why. */
export const GOLDEN_SKIPPED = [
  { file: "mau-bang-cham-diem.xlsx", kind: "blank-template", duplicateOf: null },
  { file: "xep-hang-2024.xlsx", kind: "tool-output", duplicateOf: null },
  { file: "so-tai-chinh.xlsx", kind: "duplicate", duplicateOf: "so-tai-chinh-ban-sua.xlsx" },
];

export const GOLDEN_FAILED = ["bao-cao-cu.xls"];
