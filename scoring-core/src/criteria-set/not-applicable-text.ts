/**
 * What an annex says about "không áp dụng", read into the schema's N/A policies: whether an item
 * may be marked not applicable, and what that does to the points. Annexes say it in two places:
 *   - a clause of the rule text, on its own line or after ";": "Trường hợp không phát sinh văn
 *     bản thì được điểm tối đa", "Không áp dụng đối với cơ quan không có TTHC (không tính vào
 *     điểm tối đa)";
 *   - a column ("Trường hợp không áp dụng"): "Có", "x", "Được điểm tối đa", "Quy đổi theo tỷ lệ
 *     các tiêu chí còn lại", "Chia đều cho các tiêu chí còn lại", "Không tính vào điểm tối đa";
 *     "Không" or blank: no permission.
 * The clause is taken out of the rule text before the rule is parsed, so "Đúng hạn: 1 điểm; …;
 * Trường hợp không phát sinh thì được điểm tối đa" still parses as levels.
 */
import { foldText } from "../grid/fold-text";
import type { NotApplicablePolicy } from "./schema";

export interface NotApplicableStated {
  /** The item may be marked "Không áp dụng". */
  allowed: boolean;
  /** What it does; absent: the schema's default (exclude). */
  policy?: NotApplicablePolicy;
}

/** The circumstance: nothing arose, the item does not apply, the unit has no such duty. */
const TRIGGER =
  /\bkhong (?:phat sinh|ap dung|thuoc (?:doi tuong|pham vi)|co (?:nhiem vu|doi tuong|trach nhiem)|duoc giao)\b|\bkad\b/;
const FULL_MARKS =
  /\b(?:duoc|tinh|dat|cham|cho) (?:tinh |cham )?(?:du |toan bo |tron )?(?:so )?diem toi da\b|\bduoc diem toi da\b/;
const RESCALE = /\bquy doi\b|\btinh lai\b|\bquy ve thang diem\b|\btheo ty le\b|\bty le tuong ung\b/;
const SHARE =
  /\bchia deu\b|\bcong (?:vao|deu|them) (?:cho |vao )?(?:cac )?tieu chi\b|\bphan bo (?:deu|lai)\b|\bchuyen (?:so )?diem\b/;
const EXCLUDE =
  /\bkhong tinh (?:diem|vao)\b|\bloai (?:khoi|ra)\b|\bkhong cham(?: diem)?\b|\btru (?:ra )?khoi (?:tong )?(?:so )?diem\b/;

/** The policy a folded text names, if it names one. */
function policyOf(folded: string): NotApplicablePolicy | undefined {
  if (SHARE.test(folded)) return "share";
  if (RESCALE.test(folded)) return "rescale";
  if (FULL_MARKS.test(folded)) return "full-marks";
  if (EXCLUDE.test(folded)) return "exclude";
  return undefined;
}

/**
 * A rule-text clause about not-applicable cases: it names the circumstance and either what
 * follows (a policy) or that the item does not apply. "Không có kế hoạch: 0 điểm" is a level,
 * not such a clause (points, no policy).
 */
export function notApplicableClause(clause: string): NotApplicableStated | null {
  const folded = foldText(clause);
  if (!TRIGGER.test(folded)) return null;
  const policy = policyOf(folded);
  const applies = /\bkhong ap dung\b|\bkad\b/.test(folded);
  if (!policy && !applies) return null;
  // "… thì 0 điểm", "… được 1 điểm": a level about the case, not a rule for N/A.
  if (!policy && /\d\s*(?:diem|d)\b/.test(folded)) return null;
  return policy && policy !== "exclude" ? { allowed: true, policy } : { allowed: true };
}

/**
 * Where a line of rule text parts into clauses: ";", a sentence end, a "-"/"+" line run into
 * one cell (cells lose their line breaks when read), or before "Trường hợp", "Nếu", "Không áp
 * dụng" starting a new clause. Captured, so the kept text keeps its own separators.
 */
const CLAUSE_SEP =
  /(;\s*|(?<=\.)\s+|\s+(?=[-+•]\s)|\s+(?=(?:Trường hợp|trường hợp|TRƯỜNG HỢP|Nếu|nếu|Không áp dụng|không áp dụng|KHÔNG ÁP DỤNG)\s))/u;

/**
 * Splits a rule text into the scoring rule proper and its not-applicable clauses. `stated` is
 * null when the text has none; a text without one comes back exactly as written.
 */
export function splitNotApplicable(text: string): { rule: string; stated: NotApplicableStated | null } {
  let stated: NotApplicableStated | null = null;
  const lines = text.split("\n").map((line) => {
    const parts = line.split(CLAUSE_SEP);
    const keep = parts.map(() => true);
    let cut = false;
    for (let i = 0; i < parts.length; i += 2) {
      const s = notApplicableClause(parts[i]!.replace(/^[-+•]\s*/, "").replace(/[.]\s*$/, ""));
      if (!s) continue;
      // A policy wins over a bare permission when the text says both.
      if (s.policy || !stated) stated = s;
      cut = true;
      keep[i] = false;
      // The separator goes with it: the one before, or after for the first clause.
      if (i > 0) keep[i - 1] = false;
      else if (parts.length > 1) keep[1] = false;
    }
    if (!cut) return line;
    const rest = parts
      .filter((_, i) => keep[i])
      .join("")
      .replace(/[;\s]+$/, "")
      .trim();
    // A "-" line that held only the clause goes altogether.
    return /^[-+•]?$/.test(rest) ? null : rest;
  });
  if (!stated) return { rule: text, stated: null };
  return { rule: lines.filter((l): l is string => l !== null).join("\n"), stated };
}

/** Texts of an N/A column that give no permission. */
const NO = /^(?:khong|khong duoc|khong cho phep|no|-)$/;
const YES = /^(?:co|x|duoc|cho phep|co the|yes|v|✓|√|duoc ap dung)$/;

/**
 * The cell of an annex's N/A column. null: blank or "Không" (no permission); `understood` is
 * false for a text naming neither a permission nor a policy (the item is still allowed: the
 * column says something about N/A, and the issue asks the official to check it).
 */
export function notApplicableCell(text: string): (NotApplicableStated & { understood: boolean }) | null {
  const folded = foldText(text).replace(/[.;:,]+$/, "");
  if (folded === "" || NO.test(folded)) return null;
  const policy = policyOf(folded);
  if (policy)
    return policy === "exclude"
      ? { allowed: true, understood: true }
      : { allowed: true, policy, understood: true };
  if (YES.test(folded) || /\bkhong ap dung\b|\bkhong phat sinh\b/.test(folded))
    return { allowed: true, understood: true };
  return { allowed: true, understood: false };
}
