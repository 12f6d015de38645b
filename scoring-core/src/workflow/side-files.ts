/**
 * The consolidation's side files, matched to unit files the way the cli's `rank` does: a units
 * list (unit, group, type by file name) and survey points (by unit name, folded).
 */
import { unitKey, type UnitsListRow } from "../consolidation/side-tables";
import type { SurveyInput } from "../totals/compute-totals";
import type { SurveySummary } from "../survey/survey-summary";

export interface SideFiles {
  units: UnitsListRow[];
  survey: Map<string, SurveyInput>;
  /** Survey points computed from raw answers: what the panel shows of them. */
  surveySummary?: SurveySummary;
}

function baseName(path: string): string {
  return path.replace(/\\/g, "/").split("/").pop() ?? path;
}

/** A units list's row for a picked file (folded name, with or without .xlsx). */
export function listedFor(side: SideFiles, fileName: string): UnitsListRow | undefined {
  const key = unitKey(fileName);
  return side.units.find((r) => {
    if (!r.source) return false;
    const name = unitKey(baseName(r.source));
    return name === key || name.replace(/\.xlsx$/, "") === key.replace(/\.xlsx$/, "");
  });
}

/** Survey points for a unit: by its folded name, else the units list's survey column. */
export function surveyFor(
  side: SideFiles,
  unit: string | null | undefined,
  listed: UnitsListRow | undefined,
): SurveyInput | null {
  if (unit) {
    const hit = side.survey.get(unitKey(unit)) ?? side.survey.get(unit);
    if (hit) return hit;
  }
  return listed && listed.survey !== null ? { total: listed.survey } : null;
}
