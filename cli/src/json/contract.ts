/**
 * The stable JSON contract of `cchc validate --json` and `cchc rank --json` (documented in
 * cli/README.md). Numbers are plain numbers rounded to 2 decimals. Built only from the core's
 * reports: nothing is computed here beyond picking and rounding.
 */
import { z } from "zod";
import { LazyJsonArray } from "./pretty-pieces";
import {
  AppraisalReportSchema,
  roundTo,
  type AppraisalStatus,
  type Issue,
  type Lang,
  type RankedRow,
  type RankingReport,
  type ValidationReport,
} from "@cchc/scoring-core";

const num = z.number();
const nullableNum = z.number().nullable();

/** One issue, as every command's JSON lists it. */
export const IssueJsonSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  criterion: z.string().nullable(),
  message: z.string(),
});

export const ValidateJsonSchema = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  unit: z.string().nullable(),
  issues: z.array(IssueJsonSchema),
  totals: z.object({
    max: num,
    self: num,
    appraised: num,
    survey: num,
    bonus: num,
    penalty: num,
    final: num,
    index: nullableNum,
  }),
  fields: z.array(z.object({ code: z.string(), title: z.string(), max: num, self: num, appraised: num })),
  /** Only with `--appraisal`: the core's appraisal report (scoring-core/src/appraisal). */
  appraisal: AppraisalReportSchema.optional(),
});
export type ValidateJson = z.infer<typeof ValidateJsonSchema>;

/** `cchc framework --json`: the annex read, where the set went, and its issues (validate's shape). */
export const FrameworkJsonSchema = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  /** The set file written; null when no annex table could be read (nothing written). */
  out: z.string().nullable(),
  setId: z.string().nullable(),
  fields: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  issues: z.array(IssueJsonSchema),
});
export type FrameworkJson = z.infer<typeof FrameworkJsonSchema>;

export function issuesJson(issues: readonly Issue[]): ValidateJson["issues"] {
  return issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    sheet: i.sheet,
    cell: i.cell,
    row: i.row,
    column: i.column,
    criterion: i.criterion,
    message: i.message,
  }));
}

export const RankJsonSchema = z.object({
  units: z.array(
    z.object({
      /** null: held out of the ranks (status "held-out", see reason). */
      rank: z.number().int().nullable(),
      unit: z.string(),
      group: z.string(),
      /** department / commune / district (from the units list or inferred); null when unknown. */
      type: z.enum(["department", "commune", "district"]).nullable(),
      status: z.enum(["ranked", "provisional", "held-out"]),
      reason: z.string().nullable(),
      self: num,
      /** null: not appraised in any round. */
      appraised: nullableNum,
      appraisalRound: z.number().int(),
      basis: z.enum(["self", "appraised", "mixed"]),
      /** null: no survey (ĐTXHH) points for the unit. */
      survey: nullableNum,
      bonus: num,
      penalty: num,
      final: num,
      max: num,
      index: nullableNum,
      classification: z.string().nullable(),
      errors: z.number().int(),
      warnings: z.number().int(),
      file: z.string().nullable(),
      /** `cchc rank` only (#17): the unit's appraisal status and flagged items without a round-2 score. */
      appraisal: z
        .object({ status: z.enum(["none", "round1", "round2", "closed"]), openItems: z.number().int() })
        .nullable()
        .optional(),
    }),
  ),
  failed: z.array(z.object({ file: z.string(), error: z.string() })),
  /** Files read but not ranked on purpose: a unit's second file, the tool's own outputs, blank templates. */
  skipped: z.array(
    z.object({
      file: z.string(),
      unit: z.string().nullable(),
      kind: z.enum(["duplicate", "tool-output", "blank-template"]),
      duplicateOf: z.string().nullable(),
      reason: z.string(),
    }),
  ),
  /** Consolidation issues: survey-missing, unit-duplicate-file, criteria-set-unmatched… */
  issues: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(["error", "warning", "info"]),
      message: z.string(),
      value: z.union([z.string(), z.number(), z.null()]),
    }),
  ),
});
export type RankJson = z.infer<typeof RankJsonSchema>;

const r2 = (x: number): number => roundTo(x, 2);
const r2n = (x: number | null): number | null => (x === null ? null : roundTo(x, 2));

/** `max` is the applicable maximum (the index's denominator), as in the rank contract. */
export function validateJson(
  file: string,
  report: ValidationReport | null,
  unit: string | null,
): ValidateJson {
  if (!report) {
    return {
      file,
      sheet: null,
      unit,
      issues: [],
      totals: { max: 0, self: 0, appraised: 0, survey: 0, bonus: 0, penalty: 0, final: 0, index: null },
      fields: [],
    };
  }
  const tt = report.totals;
  return {
    file,
    sheet: report.sheet,
    unit: report.unit,
    issues: issuesJson(report.issues),
    totals: {
      max: r2(tt.applicableMax),
      self: r2(tt.self),
      appraised: r2(tt.appraised),
      survey: r2(tt.survey),
      bonus: r2(tt.bonus),
      penalty: r2(tt.penalty),
      final: r2(tt.final),
      index: r2n(tt.index),
    },
    fields: report.nodes
      .filter((n) => n.level === "field" && n.section === "main")
      .map((n) => ({
        code: n.code,
        title: n.title,
        max: r2(n.applicableMax),
        self: r2(n.self),
        appraised: r2(n.appraised),
      })),
  };
}

type RankUnitJson = RankJson["units"][number];
type AppraisalStates = ReadonlyMap<string, { status: AppraisalStatus; openItems: number } | null>;

/** `appraisal`: per unit name, its appraisal state (the rank command passes it; others omit it). */
export function rankJson(ranking: RankingReport, appraisal?: AppraisalStates): RankJson {
  const streamed = rankJsonStreamed(ranking, appraisal);
  return { ...streamed, units: streamed.units.toJSON() };
}

/**
 * rankJson with its units made one at a time as they are written (LazyJsonArray): what
 * `cchc rank --json` prints, the same text.
 */
export function rankJsonStreamed(
  ranking: RankingReport,
  appraisal?: AppraisalStates,
): Omit<RankJson, "units"> & { units: LazyJsonArray<RankUnitJson> } {
  const rows = ranking.groups.flatMap((g) => g.rows);
  return {
    units: new LazyJsonArray(rows.length, (i) => unitJson(rows[i]!, ranking.lang, appraisal)),
    failed: ranking.failed.map((f) => ({ file: f.file, error: f.error })),
    skipped: ranking.skipped.map((f) => ({
      file: f.file,
      unit: f.unit,
      kind: f.kind,
      duplicateOf: f.duplicateOf,
      reason: f.reason,
    })),
    issues: ranking.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      message: i.message,
      value: typeof i.value === "string" || typeof i.value === "number" ? i.value : null,
    })),
  };
}

function unitJson(r: RankedRow, lang: Lang, appraisal: AppraisalStates | undefined): RankUnitJson {
  return {
    rank: r.rank,
    unit: r.unit,
    group: r.group,
    self: r2(r.self),
    appraised: r2n(r.appraised),
    survey: r2n(r.survey),
    bonus: r2(r.bonus),
    penalty: r2(r.penalty),
    final: r2(r.final),
    max: r2(r.max),
    index: r2n(r.index),
    classification: lang === "en" ? (r.classificationEn ?? r.classification) : r.classification,
    errors: r.errors,
    warnings: r.warnings,
    file: r.file,
    // Added after the first contract: appended so existing readers see the same order.
    type: r.type,
    status: r.status,
    reason: r.reason,
    appraisalRound: r.appraisalRound,
    basis: r.basis,
    ...(appraisal ? { appraisal: appraisalOf(appraisal.get(r.unit)) } : {}),
  };
}

function appraisalOf(
  a: { status: AppraisalStatus; openItems: number } | null | undefined,
): { status: AppraisalStatus; openItems: number } | null {
  return a ? { status: a.status, openItems: a.openItems } : null;
}
