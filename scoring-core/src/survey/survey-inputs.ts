/**
 * The hosts' use case: a design workbook's grids (or criteria sets) plus answers files → survey
 * input per unit for consolidation, and the issues to show. One function so Excel, Sheets and the
 * cli agree on every number.
 */
import type { Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import type { Issue } from "../issues/issue";
import type { CriteriaSet } from "../criteria-set/schema";
import type { SurveyInput } from "../totals/compute-totals";
import { readDesignGrids } from "./read-design";
import { designFromSets } from "./design-from-set";
import { scoreSurvey, type AnswersInput, type SurveyResult } from "./score-survey";
import { surveyInputsFromResult } from "./survey-report";

export type SurveyFromAnswers =
  | { ok: true; byUnit: Map<string, SurveyInput>; result: SurveyResult; issues: Issue[] }
  | { ok: false; issues: Issue[] };

export function surveyFromAnswers(
  designGrids: readonly Grid[] | null,
  answers: readonly AnswersInput[],
  options: { lang?: Lang; sets?: readonly CriteriaSet[] } = {},
): SurveyFromAnswers {
  const lang = options.lang ?? "vi";
  const sets = options.sets ?? [];
  let designIssues: Issue[] = [];
  let design;
  if (designGrids) {
    const read = readDesignGrids(designGrids, lang);
    designIssues = read.issues;
    if (!read.design) return { ok: false, issues: read.issues };
    design = read.design;
  } else if (sets.length > 0) design = designFromSets(sets);
  else return { ok: false, issues: [] };
  const result = scoreSurvey(design, answers, { lang, sets });
  return {
    ok: true,
    byUnit: surveyInputsFromResult(result.units),
    result,
    issues: [...designIssues, ...result.issues],
  };
}
