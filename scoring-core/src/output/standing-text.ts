/**
 * How a unit's rank and class read in published outputs (ranking sheet, Word report): a unit held
 * out (e.g. no survey points) has no rank and no class, said in words, never a blank or "null"; a
 * provisional class says so. One place, so the sheet and the report cannot disagree.
 */
import type { Lang } from "../messages/lang";
import type { RankedRow } from "../reports/schemas";
import { labels } from "./labels";

export function classText(r: RankedRow, lang: Lang): string {
  const L = labels(lang);
  if (r.status === "held-out") return L.notRanked;
  const c = (lang === "en" ? r.classificationEn : r.classification) ?? "";
  return r.status === "provisional" && c !== "" ? L.provisionalClass(c) : c;
}

/** The rank as text: "—" when held out, "3*" when provisional (as the panes show it). */
export function rankText(r: RankedRow): string {
  if (r.status === "held-out" || r.rank === null) return "—";
  return `${r.rank}${r.status === "provisional" ? "*" : ""}`;
}
