/**
 * Detects Vietnamese typed in the legacy TCVN3 (ABC, ".VnTime") or VNI encodings and shown in a
 * Unicode font: "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Coäng hoøa xaõ hoäi". Such text uses
 * Latin-1 characters Vietnamese never needs (µ ¸ ¶ · ¹ ¨ ª « ¬ ­ ® Ü Ö ñ ä ø û…) and no
 * character above U+00FF (real Vietnamese has ă ơ ư đ and the U+1EA0 block). Conservative:
 * at least two such characters, no character above U+00FF, and one in every 25 characters.
 */
const LATIN1 = /[\u00a1-\u00ff]/;

/** Latin-1 characters that Unicode Vietnamese uses (à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals). */
const VIETNAMESE_LATIN1 = new Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".split(""));

export function looksLegacyEncoded(s: string): boolean {
  if (s.length < 4 || !LATIN1.test(s)) return false;
  let markers = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return false;
    if (c >= 0xa1 && !VIETNAMESE_LATIN1.has(s[i]!)) markers++;
  }
  return markers >= 2 && markers * 25 >= s.length;
}
