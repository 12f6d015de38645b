/**
 * The consolidation's side files, matched to unit files the same way in every host: a units list
 * (unit, group, type and survey points by file name) and survey points (by unit name, through the
 * core's one unit-name matcher: UBND = Ủy ban nhân dân, case, accents, NFC/NFD, "tỉnh …").
 */
import { unitKey, type UnitsListRow } from "../consolidation/side-tables";
import { UnitNameIndex } from "../consolidation/unit-names";
import type { SurveyInput } from "../totals/compute-totals";
import type { SurveySummary } from "../survey/survey-summary";

export interface SideFiles {
  units: UnitsListRow[];
  survey: Map<string, SurveyInput>;
  /** Survey points computed from raw answers: what the panel shows of them. */
  surveySummary?: SurveySummary;
}

/** What the units list says of one file (all null without a list). Plain data (worker threads). */
export interface UnitFileMeta {
  file: string;
  unit: string | null;
  group: string | null;
  unitType: string | null;
  /** The list's survey points for the unit, used when the survey file has none. */
  listedSurvey: number | null;
}

function baseName(path: string): string {
  return path.replace(/\\/g, "/").split("/").pop() ?? path;
}

/** A file name's key: folded, without a workbook extension (.xlsx and .xlsm are one format). */
function fileKey(name: string): string {
  return unitKey(baseName(name)).replace(/\.xls[xm]$/, "");
}

/** A units list's row for a picked file (folded name, with or without the extension). */
export function listedFor(side: Pick<SideFiles, "units">, fileName: string): UnitsListRow | undefined {
  const key = fileKey(fileName);
  return side.units.find((r) => Boolean(r.source) && fileKey(r.source!) === key);
}

/** The units list's rows by file key, for many files (the cli's folders of hundreds). */
export function listedIndex(rows: readonly UnitsListRow[]): (fileName: string) => UnitsListRow | undefined {
  const map = new Map<string, UnitsListRow>();
  for (const r of rows) if (r.source && !map.has(fileKey(r.source))) map.set(fileKey(r.source), r);
  return (fileName) => map.get(fileKey(fileName));
}

/** What the units list says of a file. */
export function fileMeta(fileName: string, listed: UnitsListRow | undefined): UnitFileMeta {
  return {
    file: baseName(fileName),
    unit: listed?.unit ?? null,
    group: listed?.group ?? null,
    unitType: listed?.unitType ?? null,
    listedSurvey: listed?.survey ?? null,
  };
}

/** The survey's keys behind the unit-name matcher, built once per survey table. */
const indexes = new WeakMap<Map<string, SurveyInput>, UnitNameIndex<string>>();
function surveyIndex(survey: Map<string, SurveyInput>): UnitNameIndex<string> {
  let index = indexes.get(survey);
  if (!index) {
    index = new UnitNameIndex<string>();
    for (const key of survey.keys()) index.add(key, key);
    indexes.set(survey, index);
  }
  return index;
}

/**
 * Survey points for a unit: its survey row (by the unit-name matcher; only an unambiguous match),
 * else the units list's survey column. `key` names the survey entry used, so the caller can say
 * which entries matched no unit.
 */
export function surveyLookup(
  survey: Map<string, SurveyInput>,
  unit: string | null | undefined,
  listedSurvey: number | null,
): { input: SurveyInput | null; key: string | null } {
  if (unit) {
    const key = surveyIndex(survey).get(unit);
    const hit = key === undefined ? undefined : survey.get(key);
    if (hit && key !== undefined) return { input: hit, key };
  }
  return { input: listedSurvey !== null ? { total: listedSurvey } : null, key: null };
}

/** Survey points for a unit: by its name, else the units list's survey column. */
export function surveyFor(
  side: SideFiles,
  unit: string | null | undefined,
  listed: UnitsListRow | undefined,
): SurveyInput | null {
  return surveyLookup(side.survey, unit, listed?.survey ?? null).input;
}
