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
  /** Points = declared ratio × max (declared as "a/b" or a percentage), rounded to `decimals`. */
  z.object({ kind: z.literal("ratio"), decimals: z.number().int().min(0).max(6).optional() }),
  /** Scored by the sociological survey (ĐTXHH), never self-scored. */
  z.object({ kind: z.literal("survey") }),
]);
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;
export type ThresholdBand = z.infer<typeof Band>;

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
  bonus?: boolean | undefined;
  penalty?: boolean | undefined;
  cap?: number | undefined;
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
    bonus: z.boolean().optional(),
    penalty: z.boolean().optional(),
    /** Cap on the points this node can contribute (bonus/penalty contents). */
    cap: z.number().optional(),
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
});
export type ClassBand = z.infer<typeof ClassBandSchema>;

export const ClassificationSchema = z.object({
  preset: z.string().optional(),
  /** Ordered from the highest band down; an index below every band is unclassified. */
  bands: z.array(ClassBandSchema).min(1),
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
