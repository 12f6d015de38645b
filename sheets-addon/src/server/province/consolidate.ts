/**
 * Consolidation, server side. The sidebar drives the loop (a pool of a few google.script.run
 * calls, one per unit, with the core's job functions); the server offers three small calls:
 * begin (claim the job, list the units), one unit (open by id, read the scoring sheet in one
 * batch, run the core, return JSON), and finish (rank and write the tool's sheets). Each stays
 * far below the 6-minute limit. A job id in the document properties, set and cleared under
 * the document lock, keeps two consolidations from running at once.
 */
import {
  columnLetters,
  buildTemplate,
  type CriteriaSet,
  type Grid,
  getSampleSet,
  UnitResultSchema,
  FailedUnitSchema,
  SkippedFileSchema,
  SETS_SHEET,
  type FailedUnit,
  type Lang,
  type RankingReport,
  type UnitResult,
  type SurveySummary,
  type SurveyInput,
  UnitNameIndex,
  type PublishHeading,
} from "@cchc/scoring-core";
import {
  classificationFor,
  consolidationUnits,
  provinceHeading,
  isRetryableError,
  openFailure,
  criteriaSetForUnit,
  provinceSetForUnit,
  unitFailure,
  unitTypeOf,
  unpackResults,
  type PackedResults,
  type JobUnitSpec,
} from "@cchc/scoring-core/province";
import {
  OutcomeCollector,
  publishRanking,
  scoreUnitGrids,
  setsPerUnitType,
  surveyHasPoints,
  surveyPresent,
  type SkipKind,
  type SurveyInputPresence,
  type UnitFeedbackData,
  type BlockWrite,
  type WorkbookPort,
  type WrittenToolSheet,
} from "@cchc/scoring-core/workflow";
import { z } from "zod";
import { AddonError } from "../../shared/errors";
import { activeBook } from "../book";
import { withDocumentLock } from "../lock";
import { readGrid, readRange } from "../read-grid";
import { TABLE_RANGE_NAME } from "../template";
import { writeToolSheet } from "../tool-sheet";
import type { Book } from "../services";
import { runOnSheets } from "../workbook";
import { provinceSets, readControl } from "./control";
import { insertIndexChart } from "./chart";
import { findScoringSheet } from "./scoring-sheet";
import type { ProvinceServices } from "./services";
import { surveyFromControl } from "./survey";

export const JOB_KEY = "cchc.province.job";
/** A job not heard from for this long is abandoned (its sidebar closed): another may start. */
export const JOB_STALE_MS = 15 * 60 * 1000;

interface JobClaim {
  jobId: string;
  clientId: string;
  startedAt: number;
  heartbeat: number;
}

export interface BeginReply {
  jobId: string;
  /** True when this client's earlier job continues (its stored state is still valid). */
  resumed: boolean;
  units: JobUnitSpec[];
  /** Rows that cannot be consolidated, with the reason: listed, never dropped. */
  failed: FailedUnit[];
  lang: Lang;
  /** The criteria set of "Cài đặt", sent back with each unit call (no control read per unit). */
  criteriaSetId: string;
  /** Column letter of the spreadsheet links in "Đơn vị", to name a failed unit's cell. */
  spreadsheetColumn: string;
  /** Survey points from the responses sheets: the design used, forms, units and issues (the sidebar shows them). */
  survey?: SurveySummary;
  /** The responses sheets as a survey input (rows, units matched): the sidebar hands them to finish. */
  surveyInputs: SurveyInputPresence[];
}

function readClaim(svc: ProvinceServices): JobClaim | null {
  const text = svc.PropertiesService.getDocumentProperties().getProperty(JOB_KEY);
  if (!text) return null;
  try {
    return JSON.parse(text) as JobClaim;
  } catch {
    return null;
  }
}

export function beginConsolidation(
  svc: ProvinceServices,
  lang: Lang,
  clientId: string,
  now = Date.now(),
): BeginReply {
  return withDocumentLock(svc, () => {
    const claim = readClaim(svc);
    let jobId: string;
    let resumed = false;
    if (claim && now - claim.heartbeat < JOB_STALE_MS && claim.clientId !== clientId) {
      const since = svc.Utilities.formatDate(
        new Date(claim.startedAt),
        svc.Session.getScriptTimeZone(),
        "HH:mm",
      );
      throw new AddonError(
        "busy",
        lang === "vi"
          ? `Một đợt tổng hợp khác đang chạy (bắt đầu lúc ${since}). Chờ nó xong hoặc 15 phút sau thử lại.`
          : `Another consolidation is running (started at ${since}). Wait for it, or try again in 15 minutes.`,
      );
    }
    if (claim && claim.clientId === clientId && now - claim.heartbeat < JOB_STALE_MS) {
      jobId = claim.jobId;
      resumed = true;
    } else jobId = `job-${now.toString(36)}-${clientId.slice(0, 8)}`;
    const next: JobClaim = { jobId, clientId, startedAt: resumed ? claim!.startedAt : now, heartbeat: now };
    svc.PropertiesService.getDocumentProperties().setProperty(JOB_KEY, JSON.stringify(next));
    const data = readControl(svc, lang);
    const spreadsheetCol = columnLetters(Math.max(0, data.control.columns.spreadsheet));
    const listed = consolidationUnits(data.control, lang, (row) => `${spreadsheetCol}${row}`);
    const { failed } = listed;
    // Survey points from the live responses sheets (when the spreadsheet has a survey design).
    const survey = surveyFromControl(
      data.book,
      lang,
      [data.set, ...data.sets.filter((s) => s.id !== data.set.id)],
      listed.units.map((u) => u.unit),
    );
    // Each unit's set is chosen once here: a row that gives its type gets the province's set for
    // that type (as at hand-out); a row without a type is scored among the province's stored
    // sets by the core (scoreWithSets: the kind its name or title rows say, else the best match).
    const applied = setsPerUnitType(data.set, data.sets);
    const withSets: UnitSpec[] = listed.units.map((u) => {
      const type = unitTypeOf(u.unitType ?? null);
      if (!type && applied.length > 1) return { ...u, setIds: applied.map((s) => s.id), setStored: true };
      const set = provinceSetForUnit(data.set, type, data.sets, data.settings.criteriaSetIds);
      return { ...u, setId: set.id, setStored: data.sets.some((s) => s.id === set.id) };
    });
    // Unit names through the core's one matcher (UBND = Ủy ban nhân dân, "… tỉnh X"), as rank does.
    const byName = new UnitNameIndex<SurveyInput>();
    for (const [k, v] of survey?.byUnit ?? []) byName.add(k, v);
    const units: UnitSpec[] = survey
      ? withSets.map((u) => {
          const s = byName.get(u.unit);
          return s ? { ...u, surveyInput: s } : u;
        })
      : withSets;
    // The responses sheets are a survey input when they hold forms, whatever they match.
    const surveyInputs: SurveyInputPresence[] = survey
      ? [
          {
            name: survey.sheets.join(", "),
            picked: false,
            rows: survey.rows,
            matched: units.filter((u) => surveyHasPoints(u.surveyInput)).length,
          },
        ]
      : [];
    return {
      jobId,
      resumed,
      units,
      ...(survey ? { survey: survey.summary } : {}),
      failed,
      lang,
      criteriaSetId: data.set.id,
      spreadsheetColumn: spreadsheetCol,
      surveyInputs,
    };
  });
}

function assertJob(svc: ProvinceServices, jobId: string, lang: Lang): void {
  const claim = readClaim(svc);
  if (!claim || claim.jobId !== jobId)
    throw new AddonError(
      "busy",
      lang === "vi"
        ? "Đợt tổng hợp này đã kết thúc hoặc bị thay bằng đợt khác; bắt đầu lại."
        : "This consolidation has ended or was replaced by another; start again.",
    );
  // A running job says it is alive about once a minute (not per unit: property writes are a
  // daily quota), so a long run is never taken for an abandoned one.
  const now = Date.now();
  if (now - claim.heartbeat > HEARTBEAT_MS)
    svc.PropertiesService.getDocumentProperties().setProperty(
      JOB_KEY,
      JSON.stringify({ ...claim, heartbeat: now }),
    );
}

const HEARTBEAT_MS = 60 * 1000;

/** A unit as begin hands it to the sidebar: with its survey points and the set(s) it is scored on. */
type UnitSpec = JobUnitSpec & {
  surveyInput?: SurveyInput;
  setId?: string;
  /** The province's stored sets a unit without a type is scored among (the core chooses). */
  setIds?: string[];
  setStored?: boolean;
};

/**
 * The sets a unit is scored on, as begin chose them: a province set is read from the control
 * spreadsheet (this execution's active book); a sample costs no call.
 */
function unitSets(svc: ProvinceServices, unit: UnitSpec, criteriaSetId: string, lang: Lang): CriteriaSet[] {
  const unitType = unitTypeOf(unit.unitType ?? null);
  if (unit.setStored) {
    const { set: base, sets } = provinceSets(activeBook(svc), criteriaSetId, lang);
    if (unit.setIds) {
      const chosen = sets.filter((s) => unit.setIds!.includes(s.id));
      if (chosen.length > 0) return chosen;
    }
    return [sets.find((s) => s.id === unit.setId) ?? provinceSetForUnit(base, unitType, sets)];
  }
  const base = getSampleSet(unit.setId ?? criteriaSetId);
  if (!base) throw new AddonError("set-not-found", unit.setId ?? criteriaSetId);
  return [unit.setId ? base : criteriaSetForUnit(base, unitType)];
}

export type UnitReply =
  | {
      ok: true;
      result: UnitResult;
      sheet: string;
      /** What the unit's feedback needs (its check without nodes, the appraisers' notes). */
      feedback?: UnitFeedbackData;
    }
  | {
      ok: false;
      error: string;
      retryable: boolean;
      /** Not a failure: the tool's own output or a blank template, skipped with its note. */
      skip?: { kind: SkipKind; unit: string | null };
    };

/** Issues a unit's feedback carries back (google.script.run's payload; the counts say how many there are). */
const FEEDBACK_ISSUES = 100;

/**
 * One unit: open by id, read its grids in one batch, score them through the core's
 * scoreUnitGrids (the cli's and the Excel pane's per-file step: the tool's outputs and blank
 * templates skipped, the set per unit type, the survey by the unit-name matcher, the appraisal
 * state), JSON back.
 */
export function consolidateUnit(
  svc: ProvinceServices,
  lang: Lang,
  jobId: string,
  unitIn: unknown,
  criteriaSetId: string,
): UnitReply {
  assertJob(svc, jobId, lang);
  const unit = unitIn as UnitSpec;
  if (!unit || typeof unit.spreadsheetId !== "string") throw new AddonError("server-error", "unit");
  let book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    book = svc.SpreadsheetApp.openById(unit.spreadsheetId);
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    if (isRetryableError(text))
      return { ok: false, error: unitFailure("quota", lang, { detail: text }), retryable: true };
    return { ok: false, error: openFailure(text, lang).error, retryable: false };
  }
  try {
    const sets = unitSets(svc, unit, criteriaSetId, lang);
    const listedType = unitTypeOf(unit.unitType ?? null);
    const unitType = listedType ?? (sets.length === 1 ? (sets[0]!.unitTypes[0] ?? null) : null);
    const grids = readUnitGrids(svc, book, sets[0]!, unit, unitType);
    if (grids.length === 0) return { ok: false, error: unitFailure("sheet-missing", lang), retryable: false };
    // Points per criterion from the responses (begin matched them), else the "Đơn vị" survey column.
    const survey = new Map<string, SurveyInput>(unit.surveyInput ? [[unit.unit, unit.surveyInput]] : []);
    const outcome = scoreUnitGrids(
      grids,
      {
        file: spreadsheetUrl(unit.spreadsheetId),
        unit: unit.unit,
        group: unit.group,
        unitType,
        listedSurvey: typeof unit.survey === "number" ? unit.survey : null,
      },
      { lang, sets, survey, feedback: true },
    );
    if (!outcome.ok) {
      if (outcome.skip)
        return {
          ok: false,
          error: outcome.skip.reason,
          retryable: false,
          skip: { kind: outcome.skip.kind, unit: outcome.unit },
        };
      return { ok: false, error: unitFailure("no-table", lang, { detail: outcome.error }), retryable: false };
    }
    const report = outcome.feedback!.report;
    const issues = report.issues.slice(0, FEEDBACK_ISSUES);
    const feedback: UnitFeedbackData = {
      report: { ...report, issues, truncated: report.truncated || issues.length < report.issues.length },
      notes: outcome.feedback!.notes,
    };
    return { ok: true, result: outcome.result, sheet: report.sheet ?? grids[0]!.sheet, feedback };
  } catch (e) {
    if (e instanceof AddonError) throw e;
    const text = e instanceof Error ? e.message : String(e);
    if (isRetryableError(text))
      return { ok: false, error: unitFailure("quota", lang, { detail: text }), retryable: true };
    return { ok: false, error: unitFailure("error", lang, { detail: text }), retryable: false };
  }
}

/** The link Sheets itself gives a spreadsheet (no getUrl call needed). */
function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/**
 * The unit's grids, each read in one batch (values, formulas, merges). Tables handed out carry a
 * named range over the table: one getRangeByName and the three reads, nothing else (4 calls
 * after openById; the sheet's name is the template's — units cannot rename it, the structure
 * protection is the province's). Older hand-outs are found by developer metadata. A spreadsheet
 * the Sở loaded itself (an .xlsx a unit sent, opened in Sheets) has neither: every sheet is read,
 * and the core chooses the scoring table (or recognises the tool's own output) as for a file.
 */
function readUnitGrids(
  svc: ProvinceServices,
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  set: CriteriaSet,
  unit: JobUnitSpec,
  unitType: string | null,
): Grid[] {
  // A date cell is a Date at midnight in the spreadsheet's zone; asked once, only if one is seen.
  let zone: string | null = null;
  const formatDate = (d: Date) =>
    svc.Utilities.formatDate(d, (zone ??= book.getSpreadsheetTimeZone()), "dd/MM/yyyy");
  const table = book.getRangeByName(TABLE_RANGE_NAME);
  if (table) {
    const name = buildTemplate(set, { unit: unit.unit, unitType, year: set.year, lang: "vi" }).sheetName;
    return [readRange(table, name, { formatDate })];
  }
  const tagged = findScoringSheet(book, "");
  const named = (tagged ? [tagged] : book.getSheets()).map((sheet) => ({ sheet, name: sheet.getName() }));
  // The hidden copy of the set the hand-out adds is the tool's, never a unit's table.
  return named.filter((x) => x.name !== SETS_SHEET).map((x) => readGrid(x.sheet, x.name, { formatDate }));
}

const SurveyInputSchema = z.object({
  name: z.string(),
  picked: z.boolean(),
  rows: z.number(),
  matched: z.number().optional(),
});
const FinishSchema = z.object({
  results: z.array(UnitResultSchema),
  failed: z.array(FailedUnitSchema),
  /** The tool's outputs and blank templates the unit calls recognised (older sidebars send none). */
  skipped: z.array(SkippedFileSchema).default([]),
  /** Begin's survey inputs (the responses sheets); older sidebars send none. */
  surveyInputs: z.array(SurveyInputSchema).optional(),
});

/** The sidebar sends results packed (packResults); tests and small callers may send them plain. */
function finishInput(outcome: unknown): unknown {
  if (outcome && typeof outcome === "object" && "packed" in outcome) {
    const { packed, ...rest } = outcome as { packed: PackedResults };
    try {
      return { ...rest, results: unpackResults(packed) };
    } catch {
      return { ...rest, results: null };
    }
  }
  return outcome;
}

export interface FinishReply {
  sheets: string[];
  ranking: RankingReport;
  /** The heading and decimals the sheets were published with: the sidebar's Word report uses them. */
  heading: PublishHeading;
  decimals: number;
  /**
   * The sets the units were scored with (setsPerUnitType, as the lost-points sheet got them): the
   * Word report's section IV names their "Cơ quan thẩm định", as the cli's and Excel's do.
   */
  sets: CriteriaSet[];
}

/** Ranks the results and writes the tool's sheets, then releases the job. */
export function finishConsolidation(
  svc: ProvinceServices,
  lang: Lang,
  jobId: string,
  outcome: unknown,
): FinishReply {
  const parsed = FinishSchema.safeParse(finishInput(outcome));
  if (!parsed.success) throw new AddonError("report-invalid", parsed.error.issues[0]?.message ?? "");
  return withDocumentLock(svc, () => {
    assertJob(svc, jobId, lang);
    const data = readControl(svc, lang);
    const { results, failed, skipped } = parsed.data;
    // The same rules as every host's consolidation (the core's collector): each unit counted once,
    // a stored set that scored no unit is an error, survey data that matched no unit is named.
    // A survey was given when its input is present: "Đơn vị" has survey points, or the responses
    // sheets hold forms (whatever they match) — then a unit without points is held out, unless
    // "Cài đặt" says provisional.
    const surveyInputs = parsed.data.surveyInputs ?? [];
    const surveyProvided =
      surveyPresent(
        surveyInputs,
        data.control.units.some((u) => u.survey !== null),
      ) ||
      // A sidebar from before begin said what the survey inputs were: its units' points tell.
      (!parsed.data.surveyInputs && results.some((r) => r.totals.surveyGiven));
    const sets = setsPerUnitType(data.set, data.sets);
    const collector = new OutcomeCollector({
      lang,
      sets,
      surveyProvided,
      surveyInputs,
    });
    for (const r of results) collector.addResult(r.file ?? r.unit, r);
    for (const k of skipped)
      collector.skip(k.file, k.unit, k.kind === "blank-template" ? k.kind : "tool-output", k.reason);
    const collected = collector.outcomes();
    // The settings sheet's heading (issuing body, province, decision, signer), like the cli's options.
    const heading = provinceHeading(data.settings);
    const decimals = data.set.rounding.decimals;
    const { ranking, sheets } = runOnSheets(
      publishRanking(provinceRankingPort(svc, data.book), {
        results: collected.results,
        failed: [...failed, ...collected.failed],
        skipped: collected.skipped,
        issues: collected.issues,
        lang,
        classification: classificationFor(data.settings),
        tieRule: data.settings.tieRule,
        surveyProvided,
        missingSurvey: data.settings.missingSurvey,
        heading,
        decimals,
        sets,
        // The year record, hidden, so this ranking can be a past year for "Xu hướng".
        record: { criteriaSetIds: [data.set.id], years: [data.set.year] },
      }),
    );
    svc.PropertiesService.getDocumentProperties().deleteProperty(JOB_KEY);
    return { sheets, ranking, heading, decimals, sets };
  });
}

/**
 * The workbook port's write for the province: each block in the sheet it had last time (keyed by
 * group, as before), each group's ranking sheet with its chart.
 */
function provinceRankingPort(svc: ProvinceServices, book: Book): Pick<WorkbookPort, "writeToolSheets"> {
  return {
    writeToolSheets: (_kind, writes: BlockWrite[]): WrittenToolSheet[] =>
      writes.map((w, i) => {
        const key = w.key ?? `extra:${i}`;
        const kind = key.startsWith("group:")
          ? `province-ranking:${key.slice(6)}`
          : `province:${key.slice(6)}`;
        const { sheet, renamed } = writeToolSheet(svc, book, w.block, kind);
        if (w.chart) {
          const width = Math.max(...w.block.rows.map((r) => r.length));
          insertIndexChart(book.getSheetByName(sheet)!, w.chart, width);
        }
        return { name: sheet, renamed };
      }),
  };
}

/** Gives up a job (the sidebar's Hủy): another consolidation may start at once. */
export function cancelConsolidation(svc: ProvinceServices, jobId: string): null {
  return withDocumentLock(svc, () => {
    const claim = readClaim(svc);
    if (claim && claim.jobId === jobId) svc.PropertiesService.getDocumentProperties().deleteProperty(JOB_KEY);
    return null;
  });
}
