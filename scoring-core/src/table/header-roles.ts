/**
 * Column names people use in scoring sheets (DOMAIN.md, "What the spreadsheets look like"),
 * matched on folded words (grid/fold-cache.ts foldWords: no case, accents, punctuation or extra
 * spaces). Patterns are anchored so a title row such as "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM…" does not
 * read as a column. Order matters: the first matching rule wins.
 */
import type { Lang } from "../messages/lang";
import type { ColumnRole } from "./types";

export interface RoleMatch {
  role: ColumnRole;
  /** A weak name ("Ghi chú") gives way to a strong one ("Giải trình") without a duplicate warning. */
  weak: boolean;
}

const RULES: [RegExp, ColumnRole, boolean][] = [
  [
    /^(ghi chu|y kien|nhan xet|ket luan)( cua)?( hoi dong| doan| to)? (tham dinh|thanh tra)/,
    "appraisalNote",
    false,
  ],
  [/^(noi dung )?(giai trinh|thuyet minh|ly do)/, "explanation", false],
  [/^ghi chu( cua (don vi|co quan|so|ubnd))?$/, "explanation", true],
  [
    /^(cac )?(yeu cau va )?(tai lieu|van ban|ho so) (kiem chung|chung minh|minh chung)|^tlkc|^minh chung|^kiem chung/,
    "evidence",
    false,
  ],
  [/^(so lieu|noi dung|thong tin) ke khai|^so lieu( thuc te| bao cao)?$|^ke khai/, "declared", false],
  [
    /^(cach|phuong phap|huong dan|yeu cau|quy dinh) (tinh|cham|danh gia)( diem)?|^cach thuc (tinh|cham)|^thang diem chi tiet/,
    "rule",
    false,
  ],
  [
    /^(?:(?:diem|ket qua) )?(?:cua )?(?:hoi dong )?tham dinh(?: cua [a-z ]+)? (?:lan|vong) (?:2|ii|thu 2|hai)(?: cua [a-z ]+)?(?: (?:nam )?\d+(?: \d+)?(?: diem)?)?$|^(?:lan|vong) (?:2|ii|thu 2|hai)$|^(?:diem )?phuc tham$/,
    "appraisal2",
    false,
  ],
  [
    /^(?:(?:diem|ket qua) )?(?:cua )?(?:hoi dong )?tham dinh(?: cua [a-z ]+)?(?: (?:lan|vong) (?:1|i|thu 1|mot))?(?: cua [a-z ]+)?(?: (?:nam )?\d+(?: \d+)?(?: diem)?)?$|^(?:diem )?(?:cua )?hoi dong(?: tham dinh)?$|^(?:lan|vong) (?:1|i|thu 1|mot)$/,
    "appraisal1",
    false,
  ],
  [
    /^(?:(?:diem|ket qua)(?: cua)? )?(?:don vi )?(?:tu danh gia|tu cham|tu dg)(?: diem)?(?: cua [a-z ]+)?(?: (?:nam )?\d+(?: \d+)?(?: diem)?)?$|^diem (?:do )?don vi (?:tu )?(?:cham|danh gia)$|^don vi (?:tu )?cham(?: diem)?$/,
    "self",
    false,
  ],
  [
    /^(diem|so diem) (toi da|chuan|quy dinh)|^(toi da|thang diem|diem chuan|khung diem)( \d+( diem)?)?$/,
    "max",
    false,
  ],
  [/^(stt|tt|so tt|so thu tu|thu tu|ma so|ma tieu chi|ma tc|ma)$/, "code", false],
  [
    /^(cac )?(linh vuc|tieu chi|noi dung|ten tieu chi|ten linh vuc|chi tieu|danh muc tieu chi)/,
    "title",
    false,
  ],
];

/** Longest header cell worth matching (folded): longer texts are titles or notes. */
export const MAX_HEADER_LENGTH = 90;

const memo = new Map<string, RoleMatch | null>();

/** The role a folded header text names (memoised: sheets share their templates). */
export function matchHeaderRole(words: string): RoleMatch | null {
  if (words.length === 0 || words.length > MAX_HEADER_LENGTH) return null;
  let m = memo.get(words);
  if (m === undefined) {
    m = null;
    for (const [re, role, weak] of RULES)
      if (re.test(words)) {
        m = { role, weak };
        break;
      }
    if (memo.size > 20_000) memo.clear();
    memo.set(words, m);
  }
  return m;
}

/** True for the group cell of a two-row header ("Điểm", "Điểm số", "Điểm đánh giá", "Điểm thẩm định"…). */
export function isScoreGroup(words: string): boolean {
  return /^(diem|diem so|so diem|diem danh gia|ket qua( danh gia| cham diem)?|diem cham)( \d+)?$/.test(words);
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
};
