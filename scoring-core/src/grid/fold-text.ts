/**
 * Folds text for matching column names and labels: NFC/NFD, case, Vietnamese diacritics
 * (đ → d), line breaks and runs of spaces all disappear.
 */
export function foldText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** Collapses whitespace (including non-breaking spaces and line breaks) and normalises to NFC. */
export function cleanText(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
