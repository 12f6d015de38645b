/**
 * Bonus and penalty contents, told apart by their titles: "Điểm thưởng", "Điểm cộng", "Thưởng"
 * → bonus; "Điểm trừ", "Trừ điểm", "Trừ" → penalty; "Điểm thưởng, điểm trừ" → both (its
 * children say which). Matched with accents ("trụ sở" is not "trừ"); "khen thưởng" alone is an
 * ordinary main-field phrase.
 */
const END = "(?=$|[\\s,.;:()/-])";
const BONUS = new RegExp(`điểm (?:thưởng|cộng)${END}|^(?:\\S+ )?thưởng${END}|cộng điểm${END}`);
const PENALTY = new RegExp(`điểm trừ${END}|^(?:\\S+ )?trừ${END}|trừ điểm${END}`);
const KHEN_THUONG = /khen thưởng/;
const DIEM_THUONG = /điểm thưởng/;

export type SectionHint = "bonus" | "penalty" | "both" | null;

const memo = new Map<string, SectionHint>();

export function sectionOfTitle(title: string): SectionHint {
  if (title === "") return null;
  let m = memo.get(title);
  if (m === undefined) {
    m = classify(title);
    if (memo.size > 20_000) memo.clear();
    memo.set(title, m);
  }
  return m;
}

function classify(title: string): SectionHint {
  const t = title.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
  const bonus = BONUS.test(t) && !(KHEN_THUONG.test(t) && !DIEM_THUONG.test(t));
  const penalty = PENALTY.test(t);
  if (bonus && penalty) return "both";
  return bonus ? "bonus" : penalty ? "penalty" : null;
}
