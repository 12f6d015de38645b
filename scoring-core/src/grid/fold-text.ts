/**
 * Folds text for matching column names and labels: NFC/NFD, case, Vietnamese diacritics
 * (đ → d), line breaks and runs of spaces all disappear.
 */
/** The reference definition: NFD, drop combining marks, đ → d, lower case, one space, trimmed. */
export function foldTextReference(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * Per code unit below FOLD_TABLE_END: its folded text ("" for a combining mark, " " for a space),
 * or null when the code unit is outside what the fast path knows (then the reference runs).
 * Built from foldTextReference itself, so both agree by construction for Latin text; any other
 * script (or a combining mark that NFD could reorder) takes the reference path.
 */
const FOLD_TABLE_END = 0x2030;
const FOLD_TABLE: (string | null)[] = buildFoldTable();

function buildFoldTable(): (string | null)[] {
  const table: (string | null)[] = new Array<string | null>(FOLD_TABLE_END).fill(null);
  const latin = (c: number) => c < 0x250 || (c >= 0x1e00 && c < 0x1f00);
  for (let c = 0; c < FOLD_TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    if (/[\s\u00a0]/.test(ch)) table[c] = " ";
    else if (c >= 0x300 && c <= 0x36f) table[c] = "";
    else if (latin(c)) {
      const nfd = ch.normalize("NFD");
      // Only letters whose decomposition is one base letter plus marks the reference drops.
      if (!/^[\u0020-\u024f\u1e00-\u1eff][\u0300-\u036f]*$/.test(nfd)) continue;
      const folded = foldTextReference(`a${ch}a`).slice(1, -1);
      if (!/[\s\u0300-\u036f]/.test(folded)) table[c] = folded;
    }
  }
  return table;
}

/**
 * Folds text for matching column names and labels: NFC/NFD, case, Vietnamese diacritics
 * (đ → d), line breaks and runs of spaces all disappear. The same result as foldTextReference, in
 * one pass over the text for Latin script (it runs for every header, label and title of every
 * table: the normalize/replace chain was a tenth of the scoring time).
 */
export function foldText(s: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f: string | null;
    if (c < 0x80) {
      if (c === 32 || (c >= 9 && c <= 13)) f = " ";
      else f = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i]!;
    } else {
      f = c < FOLD_TABLE_END ? FOLD_TABLE[c]! : null;
      if (f === null) return foldTextReference(s);
    }
    if (f === " ") pendingSpace = out.length > 0;
    else if (f !== "") {
      if (pendingSpace) {
        out += " ";
        pendingSpace = false;
      }
      out += f;
    }
  }
  return out;
}

/**
 * A character cleanString would act on, or a doubled space: texts it does not match (and that
 * neither start nor end with a space) are clean as they are. One native regex scan is cheaper
 * than cell-read.ts's cleanString loop on the per-unit texts (evidence, explanations) that are never memoised.
 * The class is the loop's "plain" set: printable ASCII and space, U+007F–U+02FF but NEL and
 * NBSP, precomposed Vietnamese (U+1E00–U+1EFF), general punctuation and currency signs but the
 * spaces among them. (Edge spaces are tested by char code: anchors in the regex made every
 * position try four alternatives.)
 */
export const NOT_CLEAN =
  /[^\x20-\x84\x86-\x9f\xa1-\u02ff\u1e00-\u1eff\u2010-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u20cf]| {2}/;

/**
 * Collapses whitespace (including non-breaking spaces and line breaks) and normalises to NFC. A
 * text with nothing NOT_CLEAN matches and no space at either end is returned as it is (the same
 * text: none of its characters is a space to collapse or one NFC could change).
 */
export function cleanText(s: string): string {
  const n = s.length;
  if (n === 0 || (s.charCodeAt(0) !== 32 && s.charCodeAt(n - 1) !== 32 && !NOT_CLEAN.test(s))) return s;
  return s
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
