/**
 * Detects Vietnamese typed in the legacy TCVN3 (ABC, ".VnTime") or VNI encodings and shown in a
 * Unicode font: "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Coäng hoøa xaõ hoäi". Such text uses
 * Latin-1 characters Vietnamese never needs (µ ¸ ¶ · ¹ ¨ ª « ¬ ­ ® Ü Ö ñ ä ø û…) and no
 * character above U+00FF (real Vietnamese has ă ơ ư đ and the U+1EA0 block). Conservative:
 * at least two such characters, no character above U+00FF, and one in every 25 characters.
 */
/** 1 for Latin-1 characters (U+00A1..U+00FF) that Unicode Vietnamese never uses. */
const MARKER = new Uint8Array(256);
for (let c = 0xa1; c <= 0xff; c++) MARKER[c] = 1;
for (const ch of "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý") MARKER[ch.charCodeAt(0)] = 0;

export function looksLegacyEncoded(s: string): boolean {
  if (s.length < 4) return false;
  let markers = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return false; // real Unicode Vietnamese (ư, ơ, đ, ạ…) or another script
    markers += MARKER[c]!;
  }
  return markers >= 2 && markers * 25 >= s.length;
}
