/**
 * One unit's workbook, opened and scored: the work `cchc rank` spreads over worker threads.
 * Pure in its inputs (the file, what the units list says of it, the sets and the survey), so a
 * worker and the main thread give the same result for the same file.
 */
import {
  UnitNameIndex,
  scoreWithSets,
  toolOutputKind,
  toolOutputNote,
  appraisalStateOfSheet,
  feedbackNotes,
  type FeedbackNote,
  type ValidationReport,
  type AppraisalState,
  type ColumnMapping,
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
  /** Where the tables are, when the user said (--header-row, --columns); plain data for workers. */
  headerRow?: number | null;
  columns?: ColumnMapping | null;
  /** Keep what each unit's feedback needs (`rank --feedback`): its check and the appraisers' notes. */
  feedback?: boolean;
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
      /** Id of the criteria set the unit was scored on (null: none). */
      setId: string | null;
      /** The unit's appraisal status and open items (#17); null when unreadable. */
      appraisal: AppraisalState | null;
      /** Only with ctx.feedback: the unit's check (nodes left out: the result has them) and notes. */
      feedback?: { report: ValidationReport; notes: FeedbackNote[] };
    }
  | {
      ok: false;
      unit: string | null;
      error: string;
      surveyKey: string | null;
      /** Not a failure: the tool's own output or a blank template, skipped with this note. */
      skip?: { kind: "tool-output" | "blank-template"; reason: string };
    };

/** The survey's keys behind the core's one unit-name matcher, built once per survey. */
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

function surveyFor(
  ctx: ScoreContext,
  unit: string | null | undefined,
  listedSurvey: number | null,
): { input: SurveyInput | null; key: string | null } {
  if (unit) {
    // UBND = Ủy ban nhân dân, case, accents, NFC/NFD, "tỉnh …": the core's matcher decides.
    const key = surveyIndex(ctx.survey).get(unit);
    const s = key === undefined ? undefined : ctx.survey.get(key);
    if (s && key !== undefined) return { input: s, key };
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
  // The tool's own outputs (an earlier ranking, feedback) are never ranked as units.
  const output = toolOutputKind(opened.grids.map((g) => g.sheet));
  if (output) {
    const skip = { kind: "tool-output" as const, reason: toolOutputNote(output, lang) };
    return { ok: false, unit: null, error: skip.reason, surveyKey: null, skip };
  }
  const base = { file: meta.file, unit: meta.unit, group: meta.group, unitType: meta.unitType };
  // The set per unit type (units list, else inferred kind, else best match) is the core's choice.
  const options = {
    lang,
    sets: ctx.sets,
    headerRow: ctx.headerRow ?? null,
    columns: ctx.columns ?? null,
  };
  let survey = surveyFor(ctx, meta.unit, meta.listedSurvey);
  let scored = scoreWithSets(opened.grids, base, { ...options, survey: survey.input });
  // Without a units list the unit's name comes from its title rows: score again with its survey.
  if (scored.ok && !meta.unit) {
    const s = surveyFor(ctx, scored.result.unit, null);
    if (s.input) {
      survey = s;
      scored = scoreWithSets(opened.grids, base, { ...options, survey: s.input });
    }
  }
  if (!scored.ok)
    return { ok: false, unit: scored.unit ?? meta.unit, error: scored.error, surveyKey: survey.key };
  if (scored.blank) {
    const skip = { kind: "blank-template" as const, reason: toolOutputNote("blank-template", lang) };
    return { ok: false, unit: scored.result.unit, error: skip.reason, surveyKey: null, skip };
  }
  const issueCodes: Record<string, number> = {};
  for (const i of scored.report.issues) issueCodes[i.code] = (issueCodes[i.code] ?? 0) + 1;
  return {
    ok: true,
    result: scored.result,
    sheetNote: scored.sheetNote ?? null,
    surveyKey: survey.key,
    issueCodes,
    year: scored.report.year,
    setId: scored.set?.id ?? null,
    appraisal: appraisalOf(opened.grids, scored.report.sheet, lang),
    ...(ctx.feedback ? { feedback: feedbackOf(opened.grids, scored.report, ctx) } : {}),
  };
}

/** A feedback lists at most this many issues (the count says how many there are). */
const FEEDBACK_ISSUES = 500;

function feedbackOf(
  grids: readonly Grid[],
  report: ValidationReport,
  ctx: ScoreContext,
): { report: ValidationReport; notes: FeedbackNote[] } {
  const grid = grids.find((g) => g.sheet === report.sheet);
  const issues = report.issues.slice(0, FEEDBACK_ISSUES);
  return {
    report: {
      ...report,
      nodes: [],
      issues,
      truncated: report.truncated || issues.length < report.issues.length,
    },
    notes: grid
      ? feedbackNotes(grid, {
          lang: ctx.lang,
          headerRow: ctx.headerRow ?? null,
          columns: ctx.columns ?? null,
        })
      : [],
  };
}

function appraisalOf(grids: readonly Grid[], sheet: string, lang: Lang): AppraisalState | null {
  const grid = grids.find((g) => g.sheet === sheet);
  return grid ? appraisalStateOfSheet(grid, { lang }) : null;
}
