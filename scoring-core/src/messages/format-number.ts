import type { Lang } from "./lang";
import { roundTo } from "../numbers/decimal";

/**
 * Formats a number for people: Vietnamese uses a decimal comma and a dot for thousands
 * ("1.234,5"); English the reverse. Rounds half away from zero; trailing zeros are dropped
 * unless `fixed` is set.
 */
export function formatNumber(x: number, lang: Lang, decimals = 2, fixed = false): string {
  if (!Number.isFinite(x)) return String(x);
  const r = roundTo(x, decimals);
  let s = Math.abs(r).toFixed(decimals);
  if (!fixed && s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  const [int = "0", frac] = s.split(".");
  const group = lang === "vi" ? "." : ",";
  const dec = lang === "vi" ? "," : ".";
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  const sign = r < 0 ? "-" : "";
  return sign + grouped + (frac ? dec + frac : "");
}

/** "87,25 %" / "87.25%" */
export function formatPercent(x: number, lang: Lang, decimals = 2): string {
  return lang === "vi"
    ? `${formatNumber(x, lang, decimals, true)} %`
    : `${formatNumber(x, lang, decimals, true)}%`;
}
