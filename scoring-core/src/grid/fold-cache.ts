import { foldText } from "./fold-text";
import { BoundedMemo } from "../memo/bounded-memo";

/**
 * foldText with a bounded memo: header cells, title rows and labels repeat across the thousands
 * of sheets a province reads (same template), so each distinct text is folded once.
 */
const LIMIT = 20_000;
const folded = new BoundedMemo<string, string>(LIMIT);

export function foldCached(s: string): string {
  return folded.get(s, foldText);
}

/** Folded text with punctuation turned into single spaces: "Lĩnh vực/tiêu chí (1)" → "linh vuc tieu chi 1". */
export function foldWords(s: string): string {
  return words.get(s, wordsOf);
}
const words = new BoundedMemo<string, string>(LIMIT);
const wordsOf = (s: string): string =>
  foldCached(s)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
