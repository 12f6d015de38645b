import { foldText } from "./fold-text";

/**
 * foldText with a bounded memo: header cells, title rows and labels repeat across the thousands
 * of sheets a province reads (same template), so each distinct text is folded once.
 */
const cache = new Map<string, string>();
const LIMIT = 20_000;

export function foldCached(s: string): string {
  let f = cache.get(s);
  if (f === undefined) {
    f = foldText(s);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(s, f);
  }
  return f;
}

/** Folded text with punctuation turned into single spaces: "Lĩnh vực/tiêu chí (1)" → "linh vuc tieu chi 1". */
export function foldWords(s: string): string {
  let f = wordsCache.get(s);
  if (f === undefined) {
    f = foldCached(s)
      .replace(/[^a-z0-9%]+/g, " ")
      .trim();
    if (wordsCache.size >= LIMIT) wordsCache.clear();
    wordsCache.set(s, f);
  }
  return f;
}
const wordsCache = new Map<string, string>();
