/**
 * The appraisal round trip as data (schema first): one item per sub-criterion with its rounds,
 * the unit's list of flagged items, a unit's status and summary, and the change-log record the
 * hosts append to their tool sheet. Missing scores are null, never 0.
 */
import { z } from "zod";

const Score = z.number().nullable();
const Cell = z.string().nullable().describe("A1 address, null when the column is missing");

export const AppraisalItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  /** Top-level field (or bonus/penalty content) the item belongs to. */
  fieldCode: z.string(),
  fieldTitle: z.string(),
  section: z.enum(["main", "bonus", "penalty"]),
  row: z.number().int(),
  self: Score,
  round1: Score,
  round2: Score,
  /** The latest round holding a number (round 2, else round 1): the one that stands. */
  final: Score,
  flagged: z.boolean(),
  note: z.string().nullable(),
  answer: z.string().nullable(),
  evidence: z.string().nullable(),
  cells: z.object({
    self: Cell,
    round1: Cell,
    round2: Cell,
    flag: Cell,
    note: Cell,
    answer: Cell,
    evidence: Cell,
  }),
});
export type AppraisalItem = z.infer<typeof AppraisalItemSchema>;

/** What the unit must answer: one line per flagged item. */
export const FlaggedItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  round1: Score,
  note: z.string().nullable(),
  answer: z.string().nullable(),
  evidence: z.string().nullable(),
  answered: z.boolean(),
  /** Round 2 has a score: the item is settled. */
  settled: z.boolean(),
  row: z.number().int(),
  answerCell: Cell,
});
export type FlaggedItem = z.infer<typeof FlaggedItemSchema>;

/**
 * none: no appraised score; round1: round-1 scores only, something still to do; round2: a round-2
 * score exists, something still to do; closed: every self-scored item appraised, nothing open.
 */
export const AppraisalStatusSchema = z.enum(["none", "round1", "round2", "closed"]);
export type AppraisalStatus = z.infer<typeof AppraisalStatusSchema>;

export const AppraisalStateSchema = z.object({
  status: AppraisalStatusSchema,
  /** Flagged items without a round-2 score. */
  openItems: z.number().int(),
  flaggedItems: z.number().int(),
  /** Items with a self score but no appraised score yet. */
  notAppraised: z.number().int(),
});
export type AppraisalState = z.infer<typeof AppraisalStateSchema>;

/** Points moved by the appraisal in one field or one department (removed is positive). */
export const PointsMovedSchema = z.object({
  key: z.string(),
  label: z.string(),
  changed: z.number().int(),
  added: z.number(),
  removed: z.number(),
});
export type PointsMoved = z.infer<typeof PointsMovedSchema>;

export const UnitAppraisalSummarySchema = z.object({
  unit: z.string(),
  state: AppraisalStateSchema,
  /** Items whose standing appraised score differs from self (both present). */
  changed: z.array(z.object({ code: z.string(), self: z.number(), final: z.number() })),
  added: z.number(),
  removed: z.number(),
  selfTotal: z.number().describe("sum of self over items with both self and an appraised score"),
  appraisedTotal: z.number().describe("sum of the standing appraised score over the same items"),
  byField: z.array(PointsMovedSchema),
  byDepartment: z.array(PointsMovedSchema),
  openCodes: z.array(z.string()),
});
export type UnitAppraisalSummary = z.infer<typeof UnitAppraisalSummarySchema>;

export const GroupAppraisalSummarySchema = z.object({
  units: z.array(UnitAppraisalSummarySchema),
  byStatus: z.record(AppraisalStatusSchema, z.number().int()),
  added: z.number(),
  removed: z.number(),
  openItems: z.number().int(),
  byField: z.array(PointsMovedSchema),
  byDepartment: z.array(PointsMovedSchema),
});
export type GroupAppraisalSummary = z.infer<typeof GroupAppraisalSummarySchema>;

/** One appraisal score set, cleared or changed: who, when, which unit, item and round. */
export const AppraisalLogEntrySchema = z.object({
  at: z.iso.datetime({ offset: true }),
  by: z.string().min(1),
  unit: z.string(),
  code: z.string(),
  round: z.union([z.literal(1), z.literal(2)]),
  old: Score,
  new: Score,
});
export type AppraisalLogEntry = z.infer<typeof AppraisalLogEntrySchema>;

/** The appraisal cells of one unit at one moment: item code → its two rounds. */
export const AppraisalSnapshotSchema = z.record(z.string(), z.object({ round1: Score, round2: Score }));
export type AppraisalSnapshot = z.infer<typeof AppraisalSnapshotSchema>;
