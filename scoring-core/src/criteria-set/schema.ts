/**
 * Criteria sets as data: the zod schemas are the single source of truth, types derive from them.
 * A set is versioned (schemaVersion) so files saved this year load next year.
 */
import { z } from "zod";

/** Unit types a set can score. Free text is allowed so a province can add its own. */
export const UnitTypeSchema = z
  .string()
  .min(1)
  .describe('"department", "commune", "district" or a province\'s own');
export type UnitType = z.infer<typeof UnitTypeSchema>;

const Band = z.object({
  /** Lower bound of the index %, inclusive. */
  min: z.number(),
  /** Upper bound of the index %, exclusive (omitted for the top band). */
  max: z.number().optional(),
  points: z.number(),
});

/** How a leaf is scored. A leaf without a rule is scored 0..max freely. */
export const ScoringRuleSchema = z.discriminatedUnion("kind", [
  /** Any value 0..max, optionally on a step such as 0.25. */
  z.object({ kind: z.literal("range"), step: z.number().positive().optional() }),
  /** Có/Không → max/0. */
  z.object({ kind: z.literal("yes-no") }),
  /** A fixed list of allowed values, e.g. đúng hạn 1, chậm 0,5, không 0. */
  z.object({
    kind: z.literal("levels"),
    levels: z.array(z.object({ label: z.string(), points: z.number() })).min(1),
  }),
  /** Points from a declared percentage, e.g. 100% → 2, [80, 100) → 1, < 80 → 0. */
  z.object({ kind: z.literal("thresholds"), bands: z.array(Band).min(1) }),
  /**
   * Points = declared ratio × max (declared as "a/b" or a percentage), rounded to `decimals`,
   * or to a `step` such as 0,25 ("làm tròn đến 0,25 điểm"): nearest (half up) or down.
   */
  z.object({
    kind: z.literal("ratio"),
    decimals: z.number().int().min(0).max(6).optional(),
    step: z.number().positive().optional(),
    stepRounding: z.enum(["nearest", "down"]).optional(),
  }),
  /**
   * Points per counted case: "trừ 0,5 điểm mỗi văn bản chậm, tối đa trừ 2" is each −0,5 from
   * the maximum, limit 2; "0,25 điểm mỗi sáng kiến, tối đa 4 sáng kiến" is each 0,25 from 0,
   * maxCount 4. The result always stays within 0..max.
   */
  z.object({
    kind: z.literal("per-count"),
    /** Points per case: negative deducts. */
    each: z.number().refine((n) => n !== 0, "each must not be 0"),
    /** Where counting starts: "max" (deductions, the default when each < 0) or "zero". */
    start: z.enum(["max", "zero"]).optional(),
    /** Cases beyond this are not counted (a count with a cap). */
    maxCount: z.number().int().positive().optional(),
    /** The most points the cases can move in all (positive: "tối đa trừ 2"). */
    limit: z.number().positive().optional(),
  }),
  /**
   * Points from comparing the unit's figure with the province average computed at consolidation
   * ("bằng hoặc trên mức trung bình của tỉnh: 2 điểm; dưới: 0").
   */
  z.object({
    kind: z.literal("vs-average"),
    atOrAbove: z.number(),
    below: z.number(),
    /** Which way is better: "higher" (default) or "lower" (e.g. days late). */
    better: z.enum(["higher", "lower"]).optional(),
  }),
  /** Scored by the sociological survey (ĐTXHH), never self-scored. */
  z.object({ kind: z.literal("survey") }),
]);
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;
export type ThresholdBand = z.infer<typeof Band>;

/**
 * What "Không áp dụng" does to an item's points, as decisions differ even within one document:
 * exclude — the item leaves the maximum (the default); rescale — the parent's remaining items are
 * scaled up to the parent's full maximum; full-marks — the item counts as fully achieved; share —
 * the item's maximum is split equally among its applicable siblings.
 */
export const NotApplicablePolicySchema = z.enum(["exclude", "rescale", "full-marks", "share"]);
export type NotApplicablePolicy = z.infer<typeof NotApplicablePolicySchema>;

/** Where a node came from in the annex it was read from (so issues name the official's row). */
export const NodeSourceSchema = z.object({
  sheet: z.string().optional(),
  /** 1-based sheet row. */
  row: z.number().int().positive().optional(),
  /** A1 address of the cell the node's maximum (or title) was read from. */
  cell: z.string().optional(),
});
export type NodeSource = z.infer<typeof NodeSourceSchema>;

export interface Criterion {
  code: string;
  title: string;
  max: number;
  maxByUnitType?: Record<string, number> | undefined;
  rule?: ScoringRule | undefined;
  ruleText?: string | undefined;
  evidence?: string | undefined;
  evidenceRequired?: boolean | undefined;
  appraiser?: string | undefined;
  surveyScored?: boolean | undefined;
  mayBeNotApplicable?: boolean | undefined;
  notApplicablePolicy?: NotApplicablePolicy | undefined;
  source?: NodeSource | undefined;
  bonus?: boolean | undefined;
  penalty?: boolean | undefined;
  cap?: number | undefined;
  capIntended?: boolean | undefined;
  unitTypes?: string[] | undefined;
  children?: Criterion[] | undefined;
}

export const CriterionSchema: z.ZodType<Criterion> = z.lazy(() =>
  z.object({
    /** "1", "1.1", "1.1.1"; Roman field numbers are stored as Arabic. */
    code: z.string().regex(/^\d+(\.\d+)*(\.[a-z])?$/, "code like 1, 1.2 or 1.2.3"),
    title: z.string().min(1),
    /** Maximum points; negative for a penalty item. */
    max: z.number(),
    /** A different maximum for some unit types. */
    maxByUnitType: z.record(z.string(), z.number()).optional(),
    rule: ScoringRuleSchema.optional(),
    /** The rule as the decision words it (kept even when parsed). */
    ruleText: z.string().optional(),
    /** Required evidence (tài liệu kiểm chứng), as the decision words it. */
    evidence: z.string().optional(),
    /** A positive score needs evidence or an explanation (default true). */
    evidenceRequired: z.boolean().optional(),
    /** The department that appraises this item (Sở Nội vụ, Sở Tư pháp…). */
    appraiser: z.string().optional(),
    surveyScored: z.boolean().optional(),
    mayBeNotApplicable: z.boolean().optional(),
    /** What "Không áp dụng" does (default "exclude"). */
    notApplicablePolicy: NotApplicablePolicySchema.optional(),
    /** The annex row/cell this node was read from (filled when the set is derived from an annex). */
    source: NodeSourceSchema.optional(),
    bonus: z.boolean().optional(),
    penalty: z.boolean().optional(),
    /** Cap on the points this node can contribute (bonus/penalty contents). */
    cap: z.number().optional(),
    /** The decision means its items to add up above the cap (silences set-bonus-over-cap). */
    capIntended: z.boolean().optional(),
    /** Only these unit types are scored on this item (absent: all). */
    unitTypes: z.array(z.string()).optional(),
    children: z.array(CriterionSchema).optional(),
  }),
);

export const ClassBandSchema = z.object({
  label: z.string(),
  labelEn: z.string(),
  /** Lower bound of the index %, inclusive. */
  min: z.number(),
  /** Upper bound, exclusive, when the decision states one (validation checks overlaps and gaps). */
  max: z.number().optional(),
});
export type ClassBand = z.infer<typeof ClassBandSchema>;

/** A key that orders units with the same index: total points, bonus points, or one item's points. */
export const TieBreakKeySchema = z.union([
  z.enum(["final", "bonus", "penalty", "appraised", "self"]),
  z.object({ criterion: z.string().min(1) }),
]);
export type TieBreakKey = z.infer<typeof TieBreakKeySchema>;

/** A condition that caps a unit's class ("có cán bộ bị kỷ luật: không xếp loại Xuất sắc"). */
export const ClassConditionSchema = z.object({
  /** The flag a unit carries when the condition holds (e.g. "discipline"). */
  id: z.string().min(1),
  /** As the decision words it. */
  text: z.string().optional(),
  /** The highest class a unit with this flag may get (a band label). */
  highest: z.string().optional(),
  /** Or: lower the unit's class by this many bands. */
  lowerBy: z.number().int().positive().optional(),
});
export type ClassCondition = z.infer<typeof ClassConditionSchema>;

export const ClassificationSchema = z.object({
  preset: z.string().optional(),
  /** Ordered from the highest band down; an index below every band is unclassified. */
  bands: z.array(ClassBandSchema).min(1),
  /** Order after the index for units that tie (e.g. ["final", "bonus", {criterion: "2.1"}]). */
  tieBreak: z.array(TieBreakKeySchema).optional(),
  /** At most this % of a group gets the top class; the rest of that band drop to the next one. */
  topQuotaPercent: z.number().min(0).max(100).optional(),
  conditions: z.array(ClassConditionSchema).optional(),
  /** The total points (with bonus and penalty) are held within this range before classifying. */
  totalRange: z.object({ min: z.number(), max: z.number() }).optional(),
});
export type Classification = z.infer<typeof ClassificationSchema>;

export const TieRuleSchema = z.object({
  /** dense: 1,1,2; competition: 1,1,3. */
  mode: z.enum(["dense", "competition"]).default("dense"),
  /** Indexes equal at this many decimals share a rank ("more decimals" breaks ties). */
  decimals: z.number().int().min(0).max(6).default(2),
});
export type TieRule = z.infer<typeof TieRuleSchema>;

export const RoundingSchema = z.object({
  /** Decimals for displayed and published figures. */
  decimals: z.number().int().min(0).max(6).default(2),
  mode: z.literal("half-away-from-zero").default("half-away-from-zero"),
});

export const CriteriaSetSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  name: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  /** The unit types this set scores ("department", or "commune" and "district"). */
  unitTypes: z.array(UnitTypeSchema).min(1),
  /** A sample set, not an official one: every output says so. */
  sample: z.boolean().default(false),
  source: z
    .object({
      decision: z.string().optional(),
      date: z.string().optional(),
      annex: z.string().optional(),
      issuer: z.string().optional(),
    })
    .default({}),
  /** The maximum the decision declares (usually 100). Validation compares it with the tree. */
  declaredTotal: z.number().optional(),
  declaredSelfMax: z.number().optional(),
  declaredSurveyMax: z.number().optional(),
  declaredCounts: z
    .object({
      fields: z.number().int().optional(),
      criteria: z.number().int().optional(),
      subcriteria: z.number().int().optional(),
    })
    .optional(),
  /** Evidence dated outside this period is suspect (ISO dates). */
  evidencePeriod: z.object({ from: z.string(), to: z.string() }).optional(),
  fields: z.array(CriterionSchema).min(1),
  classification: ClassificationSchema,
  tieRule: TieRuleSchema.default({ mode: "dense", decimals: 2 }),
  rounding: RoundingSchema.default({ decimals: 2, mode: "half-away-from-zero" }),
});
export type CriteriaSet = z.infer<typeof CriteriaSetSchema>;
export type CriteriaSetInput = z.input<typeof CriteriaSetSchema>;

/** Classification presets. Provinces set their own thresholds: these are starting points. */
export const CLASSIFICATION_PRESETS: Record<string, Classification> = {
  national: {
    preset: "national",
    bands: [
      { label: "Nhóm A", labelEn: "Group A", min: 90 },
      { label: "Nhóm B", labelEn: "Group B", min: 80 },
      { label: "Nhóm C", labelEn: "Group C", min: 70 },
    ],
  },
  "five-level": {
    preset: "five-level",
    bands: [
      { label: "Xuất sắc", labelEn: "Excellent", min: 90 },
      { label: "Tốt", labelEn: "Good", min: 80 },
      { label: "Khá", labelEn: "Fair", min: 70 },
      { label: "Trung bình", labelEn: "Average", min: 50 },
      { label: "Yếu", labelEn: "Weak", min: 0 },
    ],
  },
};
