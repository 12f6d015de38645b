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
  /** The latest appraisal round holding any number (0: not appraised, 1: round 1, 2: round 2…). */
  appraisalRound: z.number().int().min(0),
  /**
   * Which scores `final` rests on: "self" (nothing appraised yet), "appraised" (every scored item
   * appraised), "mixed" (appraised where given, self-assessed elsewhere).
   */
  basis: z.enum(["self", "appraised", "mixed"]),
  /** True when survey (ĐTXHH) points were given for this unit; `survey` is then their sum. */
  surveyGiven: z.boolean(),
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

/** The kinds of unit the index ranks separately; inferred when no units list says. */
export const UnitKindSchema = z.enum(["department", "commune", "district"]);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/**
 * An item the set scores against the average of the group's units ("bằng hoặc trên mức trung
 * bình của tỉnh: 2 điểm; dưới: 0"): the unit's figure and the rule, so ranking can compute its
 * points once every unit is read (consolidation/average-rules.ts).
 */
export const AverageItemSchema = z.object({
  code: z.string(),
  /** The unit's declared figure; null when it gave none (its points are then not computed). */
  value: z.number().nullable(),
  atOrAbove: z.number(),
  below: z.number(),
  better: z.enum(["higher", "lower"]),
});
export type AverageItem = z.infer<typeof AverageItemSchema>;

/**
 * What the core's totals need beyond a unit's nodes to total it again (consolidation/retotal.ts):
 * the N/A policies other than exclude, the caps, and the set's total range.
 */
export const RetotalBasisSchema = z.object({
  policies: z.record(z.string(), z.enum(["exclude", "rescale", "full-marks", "share"])).optional(),
  caps: z.record(z.string(), z.number()).optional(),
  totalRange: z.object({ min: z.number(), max: z.number() }).optional(),
});
export type RetotalBasis = z.infer<typeof RetotalBasisSchema>;

/** One unit's result for consolidation (what survives after the workbook is dropped). */
export const UnitResultSchema = z.object({
  unit: z.string(),
  group: z.string(),
  unitType: z.string().nullable(),
  /** Department / commune / district: from the units list, else inferred (unit name, title rows, set). */
  type: UnitKindSchema.nullable().optional(),
  file: z.string().nullable(),
  totals: TableTotalsSchema,
  nodes: z.array(NodeTotalsSchema),
  errors: z.number().int(),
  warnings: z.number().int(),
  /** Items scored against the group's average, with this unit's figure (absent: none). */
  averageItems: z.array(AverageItemSchema).optional(),
  /** With averageItems: what re-totalling the unit needs once the averages are known. */
  retotal: RetotalBasisSchema.optional(),
});
export type UnitResult = z.infer<typeof UnitResultSchema>;

/**
 * "ranked"; "provisional": ranked but resting on missing data (no survey points yet);
 * "held-out": listed with its reason, not ranked (rank null).
 */
export const RankStatusSchema = z.enum(["ranked", "provisional", "held-out"]);
export type RankStatus = z.infer<typeof RankStatusSchema>;

export const RankedRowSchema = z.object({
  /** null for a unit held out of the ranks (see status and reason). */
  rank: z.number().int().nullable(),
  unit: z.string(),
  group: z.string(),
  type: UnitKindSchema.nullable(),
  status: RankStatusSchema,
  /** Why the unit is provisional or held out (in the report's language); null when ranked. */
  reason: z.string().nullable(),
  self: z.number(),
  /** null: not appraised in any round ("chưa thẩm định"). */
  appraised: z.number().nullable(),
  /** 0 not appraised, 1 round 1, 2 round 2. */
  appraisalRound: z.number().int().min(0),
  /** Which scores `final` rests on (self / appraised / mixed). */
  basis: z.enum(["self", "appraised", "mixed"]),
  /** null: no survey (ĐTXHH) points for this unit ("chưa có"), never a silent 0. */
  survey: z.number().nullable(),
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

/** A file read but not ranked on purpose: a second submission of a unit, or the tool's own output. */
export const SkippedFileSchema = z.object({
  file: z.string(),
  unit: z.string().nullable(),
  kind: z.enum(["duplicate", "tool-output", "blank-template"]),
  /** For a duplicate: the file ranked instead. */
  duplicateOf: z.string().nullable(),
  reason: z.string(),
});
export type SkippedFile = z.infer<typeof SkippedFileSchema>;

export const RankingReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  lang: z.enum(["vi", "en"]),
  groups: z.array(z.object({ group: z.string(), rows: z.array(RankedRowSchema) })),
  /** Per leaf criterion, ordered by most points lost. */
  lostPoints: z.array(LostPointsRowSchema),
  failed: z.array(FailedUnitSchema),
  /** Files not ranked on purpose, each with its reason. */
  skipped: z.array(SkippedFileSchema).default([]),
  /** Consolidation issues (survey-missing, unit-duplicate-file, criteria-set-unmatched…). */
  issues: z.array(IssueSchema).default([]),
});
export type RankingReport = z.infer<typeof RankingReportSchema>;
