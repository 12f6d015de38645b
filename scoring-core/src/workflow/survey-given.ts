/**
 * When a consolidation "has a survey": the rule every host uses to decide whether a unit without
 * survey points is held out (survey given, this unit missing) or ranked provisionally (no survey
 * yet). Given means the survey input is present — a survey file picked, a survey or responses
 * sheet with data rows, or survey points in the units list — never "some unit happened to match".
 * So answers that match no unit do not make every unit provisional: they are reported, naming
 * the sheet or file, and the units are held out (or provisional, by the setting).
 */
import { makeIssue, type Issue } from "../issues/issue";
import type { Lang } from "../messages/lang";
import type { SurveyInput } from "../totals/compute-totals";

/** One survey input a consolidation was given. */
export interface SurveyInputPresence {
  /** The file or sheet, as messages name it. */
  name: string;
  /** A file the user picked is present by being picked; a sheet found in a workbook is present by its rows. */
  picked: boolean;
  /** Its data rows (forms, or units' survey entries). */
  rows: number;
  /** Units it gave points to; undefined: counted by the caller (the survey entries used). */
  matched?: number;
}

/** Whether a survey was given: an input present, or survey points in the units list. */
export function surveyPresent(inputs: readonly SurveyInputPresence[], listedSurvey: boolean): boolean {
  return listedSurvey || inputs.some((i) => i.picked || i.rows > 0);
}

/**
 * Inputs with data that gave no unit points: `survey-matches-no-unit` each (`used`: how many
 * survey entries the units used, for inputs that do not say).
 */
export function unmatchedSurveyIssues(
  inputs: readonly SurveyInputPresence[],
  used: number,
  lang: Lang,
): Issue[] {
  return inputs
    .filter((i) => i.rows > 0 && (i.matched ?? used) === 0)
    .map((i) => makeIssue("survey-matches-no-unit", { value: i.name, params: { rows: i.rows } }, lang));
}

/** Whether a unit's survey entry gives points (an entry made for a listed unit with no forms does not). */
export function surveyHasPoints(s: SurveyInput | null | undefined): boolean {
  return (
    (s?.total !== undefined && Number.isFinite(s.total)) ||
    Object.values(s?.byCriterion ?? {}).some((v) => Number.isFinite(v))
  );
}
