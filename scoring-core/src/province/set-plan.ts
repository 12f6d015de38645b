/**
 * The province edition's "which set for which unit type" before a consolidation: the types its
 * "Đơn vị" rows give, each with the set begin will score it on (provinceSetForUnit, the hand-out
 * rule), and rows with no type among the sets applied (setsPerUnitType) — begin's own choice.
 */
import type { CriteriaSet } from "../criteria-set/schema";
import { setPlanLines, type SetChoice, type SetPlanLine } from "../criteria-set/set-plan";
import type { Lang } from "../messages/lang";
import { setsPerUnitType } from "../workflow/criteria-sets";
import { provinceSetForUnit, unitTypeOf } from "./unit-plan";

export function provinceSetPlan(
  settingsSet: CriteriaSet,
  stored: readonly CriteriaSet[],
  /** The ids "Cài đặt" names, one per unit type. */
  chosen: readonly string[],
  /** Each "Đơn vị" row's type as typed ("Sở", "UBND xã", blank). */
  listedTypes: readonly (string | null)[],
  lang: Lang,
): SetPlanLine[] {
  const applied = setsPerUnitType(settingsSet, stored);
  const types = [...new Set(listedTypes.map((t) => unitTypeOf(t?.trim() || null)))];
  // Typed rows first, in the order "Đơn vị" gives them; untyped rows last.
  types.sort((a, b) => Number(a === null) - Number(b === null));
  const choices: SetChoice[] = types.map((type) =>
    type === null && applied.length > 1
      ? { unitType: null, set: null, among: applied }
      : { unitType: type, set: provinceSetForUnit(settingsSet, type, stored, chosen) },
  );
  return setPlanLines(choices, lang);
}
