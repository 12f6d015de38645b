/**
 * The key a sheet's title is compared by against its criteria set's (case, diacritics, spacing
 * and trailing punctuation ignored). Both texts repeat across a province's units — the set's on
 * every table, the sheet's in every copy of the template — so each distinct text is folded once.
 */
import { foldText } from "../grid/fold-text";
import { BoundedMemo } from "../memo/bounded-memo";

const keys = new BoundedMemo<string, string>(20_000);
const keyOf = (s: string): string =>
  foldText(s)
    .replace(/[.:;,]+$/, "")
    .trim();

/** True when the two titles say the same once folded; equal strings need no fold. */
export function sameTitle(a: string, b: string): boolean {
  return a === b || keys.get(a, keyOf) === keys.get(b, keyOf);
}
