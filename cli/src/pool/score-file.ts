/**
 * One unit's workbook, opened and scored: the work `cchc rank` spreads over worker threads.
 * Pure in its inputs (the file, what the units list says of it, the sets and the survey), so a
 * worker and the main thread give the same result for the same file.
 */
import {
  appraisalStateOfSheet,
  scoreWorkbook,
  unitKey,
  type AppraisalState,
  type CriteriaSet,
  type Grid,
  type Lang,
  type SurveyInput,
  type UnitResult,
} from "@cchc/scoring-core";
import { t } from "../i18n/messages";
import { openWorkbook } from "../io/read-workbook";

/** What the units list says of one file (all null without a list). */
export interface FileMeta {
  file: string;
  unit: string | null;
  group: string | null;
  unitType: string | null;
  /** The list's survey points for the unit, used when the survey file has none. */
  listedSurvey: number | null;
}

export interface ScoreContext {
  lang: Lang;
  /** One set, or one per unit type. */
  sets: CriteriaSet[];
  /** The survey by folded unit name (and by name as typed). */
  survey: Map<string, SurveyInput>;
}

export type FileOutcome =
  | {
      ok: true;
      result: UnitResult;
      sheetNote: string | null;
      /** The survey entry used, so the caller can name the entries no unit used. */
      surveyKey: string | null;
      /** The unit's issues by code, and its table's year: for the year record the ranking carries. */
      issueCodes: Record<string, number>;
      year: number | null;
      /** The unit's appraisal status and open items (#17); null when unreadable. */
      appraisal: AppraisalState | null;
    }
  | { ok: false; unit: string | null; error: string; surveyKey: string | null };

/** With several sets, a unit is scored on the one for its unit type. */
export function setFor(sets: readonly CriteriaSet[], unitType: string | null): CriteriaSet | null {
  return sets.length === 1
    ? sets[0]!
    : (sets.find((s) => unitType !== null && s.unitTypes.includes(unitType)) ?? null);
}

function surveyFor(
  ctx: ScoreContext,
  unit: string | null | undefined,
  listedSurvey: number | null,
): { input: SurveyInput | null; key: string | null } {
  if (unit) {
    const key = unitKey(unit);
    const s = ctx.survey.get(key) ?? ctx.survey.get(unit);
    if (s) return { input: s, key: ctx.survey.has(key) ? key : unit };
  }
  return { input: listedSurvey !== null ? { total: listedSurvey } : null, key: null };
}

/** Never throws: an unexpected failure becomes that file's error, in a worker as in line. */
export function scoreFile(path: string, meta: FileMeta, ctx: ScoreContext): FileOutcome {
  try {
    return scoreFileOrThrow(path, meta, ctx);
  } catch (e) {
    const error = t(ctx.lang, "unexpected", e instanceof Error ? e.message : String(e));
    return { ok: false, unit: meta.unit, error, surveyKey: null };
  }
}

function scoreFileOrThrow(path: string, meta: FileMeta, ctx: ScoreContext): FileOutcome {
  const { lang } = ctx;
  const opened = openWorkbook(path, lang);
  if (!opened.ok) return { ok: false, unit: meta.unit, error: opened.error, surveyKey: null };
  const base = { file: meta.file, unit: meta.unit, group: meta.group, unitType: meta.unitType };
  const options = { lang, set: setFor(ctx.sets, meta.unitType), unitType: meta.unitType };
  let survey = surveyFor(ctx, meta.unit, meta.listedSurvey);
  let scored = scoreWorkbook(opened.grids, base, { ...options, survey: survey.input });
  // Without a units list the unit's name comes from its title rows: score again with its survey.
  if (scored.ok && !meta.unit) {
    const s = surveyFor(ctx, scored.result.unit, null);
    if (s.input) {
      survey = s;
      scored = scoreWorkbook(opened.grids, base, { ...options, survey: s.input });
    }
  }
  if (!scored.ok)
    return { ok: false, unit: scored.unit ?? meta.unit, error: scored.error, surveyKey: survey.key };
  const issueCodes: Record<string, number> = {};
  for (const i of scored.report.issues) issueCodes[i.code] = (issueCodes[i.code] ?? 0) + 1;
  return {
    ok: true,
    result: scored.result,
    sheetNote: scored.sheetNote ?? null,
    surveyKey: survey.key,
    issueCodes,
    year: scored.report.year,
    appraisal: appraisalOf(opened.grids, scored.report.sheet, lang),
  };
}

function appraisalOf(grids: readonly Grid[], sheet: string, lang: Lang): AppraisalState | null {
  const grid = grids.find((g) => g.sheet === sheet);
  return grid ? appraisalStateOfSheet(grid, { lang }) : null;
}
