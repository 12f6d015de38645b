/**
 * How a unit's name is matched across years: the folded name with the usual variants made equal
 * ("Ủy ban nhân dân" = "UBND", "Sở Tư pháp tỉnh" = "Sở Tư pháp", punctuation and spacing).
 */
import { foldText } from "../grid/fold-text";

const VARIANTS: [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, "ubnd"],
  [/\bthanh pho\b/g, "tp"],
  [/\bvan phong\b/g, "vp"],
  [/[.,;:()"'“”–-]+/g, " "],
];

export function yearUnitKey(name: string): string {
  let s = foldText(name);
  for (const [re, to] of VARIANTS) s = s.replace(re, to);
  // "… tỉnh Gia Lai" / "… tỉnh" at the end names the province, not the unit.
  s = s.replace(/\s+tinh(\s+[a-z ]+)?$/, "");
  return s.replace(/\s+/g, " ").trim();
}
