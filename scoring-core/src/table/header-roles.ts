/**
 * What a header cell says, read from its words (folded by grid/fold-cache.ts foldWords: no case,
 * accents, punctuation or extra spaces), not from a fixed list of phrases: officials write
 * "Điểm do cá nhân tự chấm", "Kết quả tự ĐG của đơn vị", "Người quản lý trực tiếp đánh giá".
 * Concepts are tried from the most specific (notes, explanations, evidence) to the broadest
 * (titles); a title row ("BẢNG TỰ ĐÁNH GIÁ … CHỈ SỐ CCHC NĂM 2025") is never a column.
 */
import type { Lang } from "../messages/lang";
import type { ColumnRole } from "./types";

export interface RoleMatch {
  role: ColumnRole;
  /** A weak name ("Ghi chú") gives way to a strong one ("Giải trình") without a duplicate warning. */
  weak: boolean;
  /**
   * Appraisal columns only: the order they are taken in when several could play one role. 10: an
   * explicit round 1; 15: the first appraiser (direct manager, working group); 20: "thẩm định";
   * 90: the council or competent authority (final); 100: an explicit round 2 / "phúc thẩm".
   */
  rank?: number;
  /** Why the rank (for the message saying which column was used). */
  because?: AppraisalBasis;
  /** A maximum for one unit type ("Điểm tối đa Sở" → "department"). */
  unitType?: string;
}

export type AppraisalBasis = "round1" | "first-appraiser" | "appraisal" | "authority" | "round2";

/** Title rows, captions and instructions ("Điền điểm vào trang Tự chấm"): never a column name. */
const TITLE_ROW =
  /\b(?:chi so|cchc|cai cach hanh chinh|phu luc|bieu mau|mau so)\b|^(?:bang|bao cao) |^(?:dien|nhap|chon|xem|luu y|kem theo|can cu)\b/;
const NOTE = /\b(?:ghi chu|y kien|nhan xet)\b|^ket luan\b/;
const APPRAISER =
  /\b(?:tham dinh|hdtd|thanh tra|phuc tham|hoi dong|to cong tac|doan (?:kiem tra|tham dinh|danh gia)|(?:cap|co quan) co tham quyen|quan ly truc tiep|cap tren|lanh dao)\b/;
const UNIT_SIDE = /\b(?:don vi|co quan|so|ubnd|ca nhan|giai trinh|tu danh gia|tu cham)\b/;
/** The appraiser's flag: "Cần giải trình / bổ sung tài liệu", "Yêu cầu giải trình" (before EXPLANATION). */
const FLAG =
  /^(?:co |danh dau )?(?:can|yeu cau|de nghi) (?:giai trinh|bo sung (?:tai lieu|minh chung|ho so))\b/;
const EXPLANATION = /^(?:noi dung )?(?:giai trinh|thuyet minh|ly do)\b|\bgiai trinh\b/;
const EVIDENCE =
  /\b(?:tai lieu|van ban|ho so) (?:kiem chung|chung minh|minh chung)\b|\b(?:tlkc|tlmc)\b|^(?:minh chung|kiem chung)\b|\b(?:link|duong link|duong dan|url)(?: tai lieu| van ban)? (?:minh chung|kiem chung)\b|^tai lieu kem theo\b/;
const DECLARED =
  /^(?:so lieu|noi dung|thong tin) ke khai|^so lieu(?: thuc te| bao cao)?$|^ke khai|\bso lieu ke khai\b/;
/**
 * Who appraises ("Cơ quan thẩm định", "Cơ quan chủ trì thẩm định", "Đơn vị chủ trì đánh giá",
 * "Sở phụ trách", "Phân công thẩm định"): a department's name, never a score. Anchored at the
 * start, so "Điểm cơ quan thẩm định" stays a score and "Ý kiến cơ quan thẩm định" a note; "Cơ
 * quan có thẩm quyền đánh giá" (the authority's score) does not match.
 */
const AGENCY =
  /^(?:(?:co quan|don vi|so|bo phan)(?: (?:co quan|don vi))? (?:chu tri|phu trach|duoc giao|tham dinh|theo doi)|phan cong (?:tham dinh|cham diem|theo doi|danh gia))\b/;
/** Words that make such a header a score or a note after all ("Cơ quan thẩm định (điểm)"); "chấm điểm" as a task does not. */
const SCORE_WORDS = /\b(?:diem|ket qua|y kien|nhan xet|ghi chu)\b/;

function isAgency(words: string): boolean {
  return AGENCY.test(words) && !SCORE_WORDS.test(words.replace(/\bcham diem\b/g, ""));
}
/**
 * Whether an item may be not applicable, and what that does: "Trường hợp không áp dụng",
 * "Không áp dụng", "Khi không phát sinh", "Cách tính khi không áp dụng" (before RULE).
 */
const NOT_APPLICABLE =
  /^(?:truong hop |khi |neu |cach tinh(?: diem)? khi |xu ly khi |duoc |cho phep )?khong (?:ap dung|phat sinh)\b/;
const RULE =
  /^(?:cach|phuong phap|huong dan|yeu cau|quy dinh) (?:tinh|cham|danh gia)(?: diem)?|^cach thuc (?:tinh|cham)|^thang diem chi tiet|\bcach (?:tinh|cham) diem\b/;
const MAX =
  /\b(?:diem|so diem) (?:toi da|chuan|quy dinh)\b|^(?:toi da|thang diem|diem chuan|khung diem)\b|\bthang diem\b/;
/** "TĐG", "Điểm TĐG", "ĐTĐG": tự đánh giá abbreviated ("TĐ" alone may be tối đa or thẩm định: not here). */
const SELF =
  /\btu (?:cham|danh gia|dg)\b|\b(?:d?tdg|tddg)\b|^diem (?:cham|danh gia) (?:cua )?(?:don vi|ubnd)$|^diem (?:do )?don vi (?:tu )?(?:cham|danh gia)$|^don vi (?:tu )?cham(?: diem)?$/;
const ROUND_2 = /\b(?:lan|vong) (?:2|ii|thu 2|thu hai|hai)\b|\bphuc tham\b/;
const ROUND_1 = /\b(?:lan|vong) (?:1|i|thu 1|thu nhat|dau|mot)\b/;
const ROUND_ONLY =
  /^(?:(?:diem|ket qua) )?(?:lan|vong) (?:1|2|i|ii|thu 1|thu 2|thu nhat|thu hai|dau|mot|hai)$/;
const AUTHORITY = /\b(?:(?:cap|co quan) co tham quyen|hoi dong|hdtd)\b/;
const FIRST_APPRAISER = /\b(?:quan ly truc tiep|cap tren truc tiep|to cong tac|to tham dinh|doan kiem tra)\b/;
const CODE = /^(?:stt|tt|so tt|so thu tu|thu tu|ma so|ma tieu chi|ma tc|ma)$/;
const TITLE =
  /^(?:cac )?(?:linh vuc|tieu chi|noi dung|ten tieu chi|ten linh vuc|chi tieu|danh muc tieu chi|ten noi dung)\b/;

/** Unit types named after a maximum ("Điểm tối đa Sở", "… đối với xã, phường"). */
const UNIT_TYPES: [RegExp, string][] = [
  [/\b(?:so|cac so|ban nganh|co quan chuyen mon|cap tinh|department)\b/, "department"],
  [/\b(?:xa|phuong|cap xa|dac khu|thi tran|commune)\b/, "commune"],
  [/\b(?:huyen|cap huyen|quan|thi xa|district)\b/, "district"],
];

/** Longest header cell worth matching (folded): longer texts are titles or notes. */
export const MAX_HEADER_LENGTH = 90;

function appraisal(words: string): RoleMatch {
  if (ROUND_2.test(words)) return { role: "appraisal2", weak: false, rank: 100, because: "round2" };
  if (ROUND_1.test(words)) return { role: "appraisal1", weak: false, rank: 10, because: "round1" };
  if (FIRST_APPRAISER.test(words))
    return { role: "appraisal1", weak: false, rank: 15, because: "first-appraiser" };
  if (AUTHORITY.test(words)) return { role: "appraisal1", weak: false, rank: 90, because: "authority" };
  return { role: "appraisal1", weak: false, rank: 20, because: "appraisal" };
}

function maximum(words: string): RoleMatch {
  const m = MAX.exec(words)!;
  const rest = words.slice(m.index + m[0].length);
  if (rest !== "")
    for (const [re, unitType] of UNIT_TYPES) if (re.test(rest)) return { role: "max", weak: false, unitType };
  return { role: "max", weak: false };
}

function classify(words: string): RoleMatch | null {
  if (CODE.test(words)) return { role: "code", weak: false };
  if (TITLE_ROW.test(words)) return null;
  if (FLAG.test(words)) return { role: "appraisalFlag", weak: false };
  if (NOTE.test(words)) {
    if (EXPLANATION.test(words)) return { role: "explanation", weak: false };
    if (APPRAISER.test(words)) return { role: "appraisalNote", weak: false };
    // "Ghi chú" alone is the unit's; "Ý kiến", "Nhận xét" alone are the reviewer's.
    const unitSide = UNIT_SIDE.test(words) || /^ghi chu\b/.test(words);
    return { role: unitSide ? "explanation" : "appraisalNote", weak: true };
  }
  if (EXPLANATION.test(words)) return { role: "explanation", weak: false };
  if (EVIDENCE.test(words)) return { role: "evidence", weak: false };
  if (DECLARED.test(words)) return { role: "declared", weak: false };
  if (isAgency(words)) return { role: "appraiser", weak: false };
  if (NOT_APPLICABLE.test(words)) return { role: "notApplicable", weak: false };
  if (RULE.test(words)) return { role: "rule", weak: false };
  if (MAX.test(words)) return maximum(words);
  if (SELF.test(words)) return { role: "self", weak: false };
  if (APPRAISER.test(words) || ROUND_ONLY.test(words)) return appraisal(words);
  if (TITLE.test(words)) return { role: "title", weak: false };
  return null;
}

const memo = new Map<string, RoleMatch | null>();

/** The role a folded header text names (memoised: sheets share their templates). */
export function matchHeaderRole(words: string): RoleMatch | null {
  if (words.length === 0 || words.length > MAX_HEADER_LENGTH) return null;
  let m = memo.get(words);
  if (m === undefined) {
    m = classify(words);
    if (memo.size > 20_000) memo.clear();
    memo.set(words, m);
  }
  return m;
}

/** True for the group cell of a two-row header ("Điểm", "Điểm số", "Kết quả đánh giá", "Điểm thẩm định"…). */
export function isScoreGroup(words: string): boolean {
  return /^(?:diem|diem so|so diem|diem danh gia|ket qua(?: danh gia| cham diem| tu danh gia)?|diem cham|danh gia(?: xep loai)?)(?: \d+)?$/.test(
    words,
  );
}

export const ROLE_LABELS: Record<ColumnRole, Record<Lang, string>> = {
  code: { vi: "STT", en: "No." },
  title: { vi: "Lĩnh vực/tiêu chí/tiêu chí thành phần", en: "Field/criterion/sub-criterion" },
  max: { vi: "Điểm tối đa", en: "Maximum" },
  rule: { vi: "Cách tính điểm", en: "Scoring rule" },
  declared: { vi: "Số liệu kê khai", en: "Declared figure" },
  self: { vi: "Điểm tự đánh giá", en: "Self-assessed score" },
  appraisal1: { vi: "Điểm thẩm định lần 1", en: "Appraised score (round 1)" },
  appraisal2: { vi: "Điểm thẩm định lần 2", en: "Appraised score (round 2)" },
  evidence: { vi: "Tài liệu kiểm chứng", en: "Evidence" },
  explanation: { vi: "Giải trình", en: "Explanation" },
  appraisalNote: { vi: "Ghi chú của thẩm định", en: "Appraiser's note" },
  appraisalFlag: { vi: "Cần giải trình/bổ sung tài liệu", en: "Explanation/evidence needed" },
  appraiser: { vi: "Cơ quan thẩm định", en: "Appraising department" },
  notApplicable: { vi: "Trường hợp không áp dụng", en: "When not applicable" },
};

/** Short names a user types in a column mapping ("tự chấm=E"); each reads back as its role. */
export const ROLE_KEYS: Record<ColumnRole, string> = {
  code: "stt",
  title: "nội dung",
  max: "tối đa",
  rule: "cách tính điểm",
  declared: "kê khai",
  self: "tự chấm",
  appraisal1: "thẩm định lần 1",
  appraisal2: "thẩm định lần 2",
  evidence: "tlkc",
  explanation: "giải trình",
  appraisalNote: "ý kiến thẩm định",
  appraisalFlag: "cần giải trình",
  appraiser: "cơ quan thẩm định",
  notApplicable: "không áp dụng",
};
