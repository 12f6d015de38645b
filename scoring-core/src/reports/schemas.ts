/**
 * Reports the core produces and hosts show or write. zod is the source of truth; the CLI's
 * JSON contract and the UI's service interface use these types.
 */
import { z } from "zod";
import { IssueSchema } from "../issues/issue";

export const REPORT_SCHEMA_VERSION = 1;

export const TableTotalsSchema = z.object({
  /** Maximum of the main contents (self-assessed + survey items), before not-applicable items leave. */
  max: z.number(),
  /** Maximum after not-applicable items leave: the index's denominator. */
  applicableMax: z.number(),
  selfMax: z.number(),
  surveyMax: z.number(),
  self: z.number(),
  /** Latest appraisal round where given, else the self-assessed score, per item. */
  appraised: z.number(),
  survey: z.number(),
  /** Bonus points after caps (≥ 0). */
  bonus: z.number(),
  /** Penalty points after caps, as a positive number to subtract. */
  penalty: z.number(),
  /** appraised + survey + bonus − penalty */
  final: z.number(),
  /** final ÷ applicableMax × 100; null when nothing applies. */
  index: z.number().nullable(),
});
export type TableTotals = z.infer<typeof TableTotalsSchema>;

export const NodeTotalsSchema = z.object({
  code: z.string(),
  title: z.string(),
  level: z.enum(["field", "criterion", "subcriterion", "item"]),
  section: z.enum(["main", "bonus", "penalty"]),
  /** 1-based sheet row (null for nodes that exist only in the criteria set). */
  row: z.number().int().nullable(),
  max: z.number(),
  applicableMax: z.number(),
  self: z.number(),
  appraised: z.number(),
  survey: z.number(),
  /** appraised + survey for main contents; capped points for bonus/penalty. */
  final: z.number(),
  notApplicable: z.boolean(),
  surveyScored: z.boolean(),
  /** True when at least one leaf below has an appraisal. */
  hasAppraisal: z.boolean(),
});
export type NodeTotals = z.infer<typeof NodeTotalsSchema>;

export const IssueCountsSchema = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
  /** Every issue found, shown or not. */
  total: z.number().int(),
});

export const ValidationReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  lang: z.enum(["vi", "en"]),
  sheet: z.string(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  criteriaSetId: z.string().nullable(),
  /** False when no table could be read (header-not-found…): totals are then zeros. */
  tableFound: z.boolean(),
  headerRows: z.array(z.number().int()),
  issues: z.array(IssueSchema),
  counts: IssueCountsSchema,
  /** True when `issues` holds fewer than counts.total. */
  truncated: z.boolean(),
  totals: TableTotalsSchema,
  /** Every node in tree order (fields, criteria, sub-criteria), for per-field views and lost points. */
  nodes: z.array(NodeTotalsSchema),
});
export type ValidationReport = z.infer<typeof ValidationReportSchema>;

/** One unit's result for consolidation (what survives after the workbook is dropped). */
export const UnitResultSchema = z.object({
  unit: z.string(),
  group: z.string(),
  unitType: z.string().nullable(),
  file: z.string().nullable(),
  totals: TableTotalsSchema,
  nodes: z.array(NodeTotalsSchema),
  errors: z.number().int(),
  warnings: z.number().int(),
});
export type UnitResult = z.infer<typeof UnitResultSchema>;

export const RankedRowSchema = z.object({
  rank: z.number().int(),
  unit: z.string(),
  group: z.string(),
  self: z.number(),
  appraised: z.number(),
  survey: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  final: z.number(),
  max: z.number(),
  index: z.number().nullable(),
  classification: z.string().nullable(),
  classificationEn: z.string().nullable(),
  errors: z.number().int(),
  warnings: z.number().int(),
  file: z.string().nullable(),
});
export type RankedRow = z.infer<typeof RankedRowSchema>;

export const LostPointsRowSchema = z.object({
  code: z.string(),
  title: z.string(),
  level: z.enum(["field", "criterion", "subcriterion", "item"]),
  /** Units scored on this item (applicable). */
  units: z.number().int(),
  /** Units that lost any points on it. */
  unitsLosing: z.number().int(),
  /** Sum over units of (applicable max − final points). */
  lost: z.number(),
  /** lost ÷ units */
  averageLost: z.number(),
  /** lost ÷ (units × max) × 100 */
  lostPercent: z.number(),
});
export type LostPointsRow = z.infer<typeof LostPointsRowSchema>;

export const FailedUnitSchema = z.object({
  file: z.string(),
  unit: z.string().nullable(),
  error: z.string(),
});
export type FailedUnit = z.infer<typeof FailedUnitSchema>;

export const RankingReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  lang: z.enum(["vi", "en"]),
  groups: z.array(z.object({ group: z.string(), rows: z.array(RankedRowSchema) })),
  /** Per leaf criterion, ordered by most points lost. */
  lostPoints: z.array(LostPointsRowSchema),
  failed: z.array(FailedUnitSchema),
});
export type RankingReport = z.infer<typeof RankingReportSchema>;
