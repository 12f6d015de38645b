/**
 * The survey design (thiết kế phiếu điều tra xã hội học): which questions score which criterion,
 * who answers them and what each answer is worth. zod is the source of truth; types derive from it.
 * Answer weights are configuration, not law (no published rule converts A/B/C/D to points).
 */
import { z } from "zod";
import { protoKeyPath } from "../keys/proto-key";

/** One answer option: its letter or text and its weight as a fraction of the question's maximum. */
export const ScaleOptionSchema = z.object({
  /** "A", "Rất hài lòng", "5"… matched ignoring case, diacritics and spacing. */
  label: z.string().min(1),
  /** Other spellings of the same option ("Rất tốt" for A). */
  aliases: z.array(z.string()).optional(),
  /** 0..1 of the question's maximum; null: the answer is excluded (not counted, never 0). */
  weight: z.number().min(0).max(1).nullable(),
});
export type ScaleOption = z.infer<typeof ScaleOptionSchema>;

export const ScaleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("options"), options: z.array(ScaleOptionSchema).min(1) }),
  /** A number from min to max: weight = (value − min) ÷ (max − min). */
  z.object({ kind: z.literal("numeric"), min: z.number(), max: z.number() }),
]);
export type Scale = z.infer<typeof ScaleSchema>;

export const SurveyQuestionSchema = z.object({
  /** "CH1", "Q1.4", "1"… the answers' column header may carry it or the question's text. */
  code: z.string().min(1),
  text: z.string().default(""),
  /** The survey-scored criterion (leaf code) this question scores, e.g. "2.3.1". */
  criterion: z.string().regex(/^\d+(\.\d+)*(\.[a-z])?$/, "criterion code like 2.3.1"),
  /** This question's maximum points (its share of the criterion's survey maximum). */
  max: z.number().positive(),
  /** The criterion's survey maximum, to check that its questions add up (optional). */
  criterionMax: z.number().positive().optional(),
  /** Unit type the question is about ("department", "commune"…); absent: every type. */
  unitType: z.string().min(1).optional(),
  /** Respondent groups that answer it (group codes or names); absent: every group. */
  groups: z.array(z.string().min(1)).optional(),
  /** Name of a scale in the design's scales; absent: the design's default scale. */
  scale: z.string().min(1).optional(),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;

export const RespondentGroupSchema = z.object({
  /** Short code ("HDND", "LD-SO"), or the name again. */
  code: z.string().min(1),
  name: z.string().min(1),
  /** Relative weight; used only when the design weighs groups. */
  weight: z.number().min(0).optional(),
});
export type RespondentGroup = z.infer<typeof RespondentGroupSchema>;

export const RatedUnitSchema = z.object({
  name: z.string().min(1),
  type: z.string().min(1).optional(),
  /** Population asked about this unit, for the sample-size guidance. */
  population: z.number().int().positive().optional(),
});
export type RatedUnit = z.infer<typeof RatedUnitSchema>;

export const SurveyDesignSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  title: z.string().optional(),
  questions: z.array(SurveyQuestionSchema).min(1),
  /** Named scales; "default" is used by questions without their own. */
  scales: z.record(z.string(), ScaleSchema).default({}),
  defaultScale: z.string().default("abcd"),
  groups: z.array(RespondentGroupSchema).default([]),
  /** Weigh groups: a question's points use the weighted mean of the groups' means. */
  weighGroups: z.boolean().default(false),
  /** A unit with fewer forms than this is reported (its points are still computed). */
  minResponses: z.number().int().min(0).default(0),
  /** The units rated; empty: any unit name is accepted. */
  units: z.array(RatedUnitSchema).default([]),
});
export type SurveyDesign = z.infer<typeof SurveyDesignSchema>;
export type SurveyDesignInput = z.input<typeof SurveyDesignSchema>;

/** Answers that never count (excluded, not 0): "Không biết / không trả lời". */
export const EXCLUDED_ANSWERS = [
  "Không biết",
  "Không trả lời",
  "Không biết / không trả lời",
  "Không biết/Không trả lời",
  "Không ý kiến",
  "KB",
  "KTL",
];

/** Built-in scales (configuration: a design may redefine any of them by name). */
export const BUILTIN_SCALES: Record<string, Scale> = {
  /** A/B/C/D = 100/60/20/0 % of the question's maximum (as one public survey module uses). */
  abcd: {
    kind: "options",
    options: [
      { label: "A", aliases: ["Rất tốt"], weight: 1 },
      { label: "B", aliases: ["Tốt"], weight: 0.6 },
      { label: "C", aliases: ["Trung bình", "Bình thường"], weight: 0.2 },
      { label: "D", aliases: ["Kém", "Chưa tốt"], weight: 0 },
      { label: "E", aliases: EXCLUDED_ANSWERS, weight: null },
    ],
  },
  /** Five-point Likert satisfaction scale. */
  likert5: {
    kind: "options",
    options: [
      { label: "Rất hài lòng", weight: 1 },
      { label: "Hài lòng", weight: 0.75 },
      { label: "Bình thường", aliases: ["Trung lập"], weight: 0.5 },
      { label: "Không hài lòng", weight: 0.25 },
      { label: "Rất không hài lòng", weight: 0 },
      { label: "Không biết", aliases: EXCLUDED_ANSWERS, weight: null },
    ],
  },
  /** A mark from 1 to 5. */
  "numeric1-5": { kind: "numeric", min: 1, max: 5 },
};

/** Parses a design, reporting the first problem as a readable path + message. */
export function parseSurveyDesign(
  input: unknown,
): { ok: true; design: SurveyDesign } | { ok: false; path: string; reason: string } {
  const reserved = protoKeyPath(input);
  if (reserved !== null)
    return {
      ok: false,
      path: reserved.join("."),
      reason: 'tên "__proto__" không dùng được làm khóa (JavaScript dành riêng tên này); hãy đổi tên khác',
    };
  const r = SurveyDesignSchema.safeParse(input);
  if (r.success) return { ok: true, design: r.data };
  const first = r.error.issues[0]!;
  return { ok: false, path: first.path.join(".") || "(gốc)", reason: first.message };
}
