/**
 * One matcher for unit names across side tables (survey, units list) and unit workbooks:
 * "UBND xã Mường Bằng" = "Ủy ban nhân dân xã Mường Bằng" = "UỶ BAN NHÂN DÂN XÃ MƯỜNG BẰNG"
 * (case, accents, NFC/NFD, dots and dashes), and extra words such as "tỉnh Sơn La" after a
 * department's name match when only one unit fits.
 */
import { foldText } from "../grid/fold-text";

/** Common abbreviations, folded, expanded to their words. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\btp\b/g, "thanh pho"],
  [/\bvp\b/g, "van phong"],
  [/\bbql\b/g, "ban quan ly"],
  [/\bkcn\b/g, "khu cong nghiep"],
];

/**
 * The exact matching key: folded (case, accents, NFC/NFD, đ), abbreviations expanded,
 * punctuation dropped, spaces single. "Ủy"/"Uỷ" fold alike.
 */
export function unitNameKey(name: string): string {
  let s = foldText(name).replace(/[.,;:()"“”'’\-–—_/\\]+/g, " ");
  for (const [re, words] of ABBREVIATIONS) s = s.replace(re, words);
  return s.replace(/\s+/g, " ").trim();
}

/**
 * The key without place qualifiers: a trailing "tỉnh …" / "thành phố …" after a department's
 * name ("Sở Tư pháp tỉnh Sơn La" → "so tu phap"). A commune's own place name is kept.
 */
export function unitNameCore(name: string): string {
  const key = unitNameKey(name);
  const cut = key.replace(/\s+(tinh|thanh pho truc thuoc trung uong)(\s+.*)?$/, "");
  return cut === "" ? key : cut;
}

/** Unit names → values, looked up through the variants above. */
export class UnitNameIndex<T> {
  private readonly exact = new Map<string, T>();
  private readonly core = new Map<string, T[]>();

  add(name: string, value: T): void {
    const key = unitNameKey(name);
    if (!this.exact.has(key)) this.exact.set(key, value);
    const c = unitNameCore(name);
    const list = this.core.get(c);
    if (list) list.push(value);
    else this.core.set(c, [value]);
  }

  /** The value for a name: the exact key, else the one entry with the same core (never a guess). */
  get(name: string): T | undefined {
    const hit = this.exact.get(unitNameKey(name));
    if (hit !== undefined) return hit;
    const list = this.core.get(unitNameCore(name));
    return list && list.length === 1 ? list[0] : undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
}
