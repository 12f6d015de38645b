/**
 * The one list of "not applicable" spellings (Không áp dụng, KAD, K ap dung, N/A…). Score cells,
 * declared figures and rule texts all ask here, so a mark never means N/A in one column and
 * "invalid" in another.
 */

/**
 * Folded spellings (no accents, lower case, dots and brackets dropped, spaces single). Each starts
 * with "k" or "n", as does "khong ap dung…": mayMarkNotApplicable below skips the fold for texts
 * that cannot start so; a spelling starting otherwise must change it too.
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
 * False when a text cannot be a not-applicable mark, told from its first character: every
 * spelling above folds to a text starting "k" or "n", and folding only drops
 * spaces, ".", "(", ")" and combining marks, and lowers case. So a text whose first character
 * past those is ASCII and not k/K/n/N is no mark ("3", "85%", "12/15"): no fold needed. Anything
 * else (non-ASCII, or k/n) needs isNotApplicableText. The totals ask it of every leaf's declared
 * figure before folding it.
 */
export function mayMarkNotApplicable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Spaces and controls (≤ " "), ".", "(", ")": dropped by the fold.
    if (c <= 32 || c === 46 || c === 40 || c === 41) continue;
    if (c >= 128) return true;
    const lower = c | 32;
    return lower === 107 /* k */ || lower === 110; /* n */
  }
  return false;
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
