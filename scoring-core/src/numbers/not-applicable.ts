/**
 * The one list of "not applicable" spellings (Không áp dụng, KAD, K ap dung, N/A…). Score cells,
 * declared figures and rule texts all ask here, so a mark never means N/A in one column and
 * "invalid" in another.
 */

/**
 * Folded spellings (no accents, lower case, dots and brackets dropped, spaces single). Each starts
 * with "k" or "n", as does "khong ap dung…": totals/score-tree.ts (mayMarkNotApplicable) skips the
 * fold for texts that cannot start so; a spelling starting otherwise must change it too.
 */
const NOT_APPLICABLE_WORDS = new Set([
  "khong ap dung",
  "k ap dung",
  "kap dung",
  "kad",
  "kapd",
  "k/ad",
  "n/a",
  "na",
  "not applicable",
]);

/** Folds a short text for the lookup: NFD, accents and đ, case, "." "(" ")" and runs of spaces. */
function foldMark(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[.()]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * True for a cell text that marks an item not applicable: one of the spellings, or a text
 * starting "Không áp dụng" with no figure in it ("Không áp dụng (đơn vị không có TTHC)").
 */
export function isNotApplicableText(text: string): boolean {
  if (text.length > 60) return false;
  const folded = foldMark(text);
  if (NOT_APPLICABLE_WORDS.has(folded)) return true;
  return folded.startsWith("khong ap dung") && !/[0-9]/.test(folded);
}

/** The spelling tools write (templates, drop-down lists). */
export const NOT_APPLICABLE_LABEL = "Không áp dụng";

/**
 * True when a rule text (the sheet's scoring guidance) itself allows marking the item not
 * applicable: "Trường hợp không có … thì không áp dụng tiêu chí này", "Đơn vị không có … ghi KAD".
 */
export function ruleTextAllowsNotApplicable(text: string): boolean {
  const folded = foldMark(text);
  return /\bkhong ap dung\b|\bkad\b|\bk ap dung\b|\bn\/a\b/.test(folded);
}
