/**
 * One unit's workbook, already read into grids, scored for a consolidation: the per-file step of
 * every host's "rank these units" (the cli's worker threads, the Excel pane's picked files, the
 * golden province test). Pure in its inputs — the grids, what the units list says of the file, the
 * sets and the survey — so a worker and the main thread, or two hosts, give the same result.
 */
import { appraisalState } from "../appraisal/flagged-items";
import { readAppraisalItems } from "../appraisal/read-rounds";
import type { AppraisalState } from "../appraisal/schema";
import type { ColumnMapping } from "../table/column-mapping";
import { scoreWithSets } from "../consolidation/score-with-sets";
import { toolOutputKind, toolOutputNote } from "../consolidation/tool-output";
import type { CriteriaSet } from "../criteria-set/schema";
import type { Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import type { UnitResult, ValidationReport } from "../reports/schemas";
import type { FeedbackNote } from "../output/feedback";
import { feedbackNotes } from "../output/feedback-notes";
import type { SurveyInput } from "../totals/compute-totals";
import { surveyLookup, type UnitFileMeta } from "./side-files";

export interface ScoreUnitContext {
  lang: Lang;
  /** One set, or one per unit type (none: the table's own maxima). */
  sets: CriteriaSet[];
  /** The survey by unit name as read (readSurveyGrid's byUnit); matched by the unit-name matcher. */
  survey: Map<string, SurveyInput>;
  /** Where the tables are, when the user said (--header-row, --columns); plain data for workers. */
  headerRow?: number | null;
  columns?: ColumnMapping | null;
  /** Keep what each unit's feedback needs (`rank --feedback`, the hosts' feedback): see UnitFeedbackData. */
  feedback?: boolean;
}

/** A feedback lists at most this many issues (its counts say how many there are). */
const FEEDBACK_ISSUES = 500;

/** The unit's check (nodes left out: the result has them) and the appraisers' notes. */
export interface UnitFeedbackData {
  report: ValidationReport;
  notes: FeedbackNote[];
}

export type SkipKind = "tool-output" | "blank-template";

export type UnitOutcome =
  | {
      ok: true;
      result: UnitResult;
      sheetNote: string | null;
      /** The survey entry used, so the caller can name the entries no unit used. */
      surveyKey: string | null;
      /** The unit's issues by code, and its table's year: for the year record a ranking carries. */
      issueCodes: Record<string, number>;
      year: number | null;
      /** Id of the criteria set the unit was scored on (null: none). */
      setId: string | null;
      /** The unit's appraisal status and open items; null when unreadable. */
      appraisal: AppraisalState | null;
      /** Only with ctx.feedback. */
      feedback?: UnitFeedbackData;
    }
  | {
      ok: false;
      unit: string | null;
      error: string;
      surveyKey: string | null;
      /** Not a failure: the tool's own output or a blank template, skipped with this note. */
      skip?: { kind: SkipKind; reason: string };
    };

/** Workbook formats a folder or a picker may hold that the tool cannot read: failed, never dropped. */
export const UNSUPPORTED_FORMAT = /\.(xls|ods|csv|xlsb|numbers)$/i;

/** Why a file's format cannot be read (null: it can be tried as .xlsx). */
export function unsupportedFormat(fileName: string, lang: Lang): string | null {
  const ext = UNSUPPORTED_FORMAT.exec(fileName)?.[0]?.toLowerCase();
  if (!ext) return null;
  return lang === "vi"
    ? `Định dạng “${ext}” chưa được hỗ trợ: hãy lưu tệp thành .xlsx (Excel: Tệp → Lưu thành → Sổ làm việc Excel) rồi chạy lại.`
    : `The “${ext}” format is not supported: save the file as .xlsx (Excel: File → Save As → Excel Workbook) and run again.`;
}

/** Scores one unit's grids; throws only on a defect (callers turn that into the file's error). */
export function scoreUnitGrids(grids: Grid[], meta: UnitFileMeta, ctx: ScoreUnitContext): UnitOutcome {
  const { lang } = ctx;
  // The tool's own outputs (an earlier ranking, feedback) are never ranked as units.
  const output = toolOutputKind(grids.map((g) => g.sheet));
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
  let survey = surveyLookup(ctx.survey, meta.unit, meta.listedSurvey);
  // Object.assign, not `{ ...options, survey }`: see score-with-sets.ts (V8 promotes such copies).
  let scored = scoreWithSets(grids, base, Object.assign({}, options, { survey: survey.input }));
  // Without a units list the unit's name comes from its title rows: score again with its survey.
  if (scored.ok && !meta.unit) {
    const s = surveyLookup(ctx.survey, scored.result.unit, null);
    if (s.input) {
      survey = s;
      scored = scoreWithSets(grids, base, Object.assign({}, options, { survey: s.input }));
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
  const sheet = ctx.feedback ? grids.find((g) => g.sheet === scored.report.sheet) : undefined;
  return {
    ok: true,
    result: scored.result,
    sheetNote: scored.sheetNote ?? null,
    surveyKey: survey.key,
    issueCodes,
    year: scored.report.year,
    setId: scored.set?.id ?? null,
    // From the table scoring read: reading the sheet a second time was a seventh of rank's CPU.
    appraisal: appraisalState(readAppraisalItems(scored.table)),
    ...(ctx.feedback ? { feedback: feedbackData(sheet, scored.report, ctx) } : {}),
  };
}

function feedbackData(
  sheet: Grid | undefined,
  report: ValidationReport,
  ctx: ScoreUnitContext,
): UnitFeedbackData {
  const issues = report.issues.slice(0, FEEDBACK_ISSUES);
  return {
    report: {
      ...report,
      nodes: [],
      issues,
      truncated: report.truncated || issues.length < report.issues.length,
    },
    notes: sheet
      ? feedbackNotes(sheet, {
          lang: ctx.lang,
          headerRow: ctx.headerRow ?? null,
          columns: ctx.columns ?? null,
        })
      : [],
  };
}
