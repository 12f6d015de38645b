/**
 * The survey's JSON contract (`cchc survey --json`, documented in cli/README.md) and the bridge
 * into consolidation: per unit, per criterion points as totals' SurveyInput.
 */
import { z } from "zod";
import { unitKey } from "../consolidation/side-tables";
import type { SurveyInput } from "../totals/compute-totals";
import type { SurveyResult } from "./score-survey";
import type { Lang } from "../messages/lang";
import { SURVEY_FORMULA } from "./score-survey";
import { designLine, type SurveyDesignUsed } from "./survey-summary";

const points = z.number().nullable();

export const SurveyJsonSchema = z.object({
  units: z.array(
    z.object({
      unit: z.string(),
      type: z.string().nullable(),
      /** null: no answers yet ("chưa có"), never 0. */
      total: points,
      forms: z.number().int().optional(),
      belowMinimum: z.boolean().optional(),
      criteria: z.array(z.object({ code: z.string(), points, max: z.number(), answers: z.number().int() })),
      answersByGroup: z.record(z.string(), z.number().int()),
    }),
  ),
  issues: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(["error", "warning", "info"]),
      sheet: z.string().nullable(),
      cell: z.string().nullable(),
      row: z.number().int().nullable(),
      criterion: z.string().nullable(),
      message: z.string(),
    }),
  ),
  formula: z.string().optional(),
  /** Which design scored the answers (survey-summary.ts), and the same in one sentence. */
  design: z
    .object({
      questionsFrom: z.enum(["design", "set"]),
      designName: z.string().nullable(),
      setName: z.string().nullable(),
      questions: z.number().int(),
      criteria: z.number().int(),
      groups: z.number().int(),
      weighGroups: z.boolean(),
      units: z.number().int(),
      unitsFrom: z.enum(["design", "units-list"]).nullable(),
      defaultScale: z.string(),
      minResponses: z.number().int(),
    })
    .optional(),
  designLine: z.string().optional(),
  sampleSize: z.object({ population: z.number(), margin: z.number(), forms: z.number().int() }).optional(),
});
export type SurveyJson = z.infer<typeof SurveyJsonSchema>;

export function surveyJson(
  result: SurveyResult,
  lang: Lang,
  sample?: { population: number; margin: number; forms: number },
  design?: SurveyDesignUsed,
): SurveyJson {
  return {
    units: result.units.map((u) => ({
      unit: u.unit,
      type: u.type,
      // The core's exact points (micro-points), not display-rounded: `rank --survey x.json`
      // must rank with the same numbers as `rank --survey x.xlsx`. Round only to show them.
      total: u.total,
      forms: u.forms,
      belowMinimum: u.belowMinimum,
      criteria: u.criteria.map((c) => ({
        code: c.code,
        points: c.points,
        max: c.max,
        answers: c.answers,
      })),
      answersByGroup: u.answersByGroup,
    })),
    issues: result.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      row: i.row,
      criterion: i.criterion,
      message: i.message,
    })),
    formula: SURVEY_FORMULA[lang],
    ...(design ? { design, designLine: designLine(design, lang) } : {}),
    ...(sample ? { sampleSize: sample } : {}),
  };
}

/**
 * Consolidation's survey input per unit (keyed by folded unit name): points per criterion, only
 * where the survey has them — a criterion without answers stays absent, never 0.
 */
export function surveyInputsFromResult(
  units: readonly {
    unit: string;
    total: number | null;
    criteria: readonly { code: string; points: number | null }[];
  }[],
): Map<string, SurveyInput> {
  const out = new Map<string, SurveyInput>();
  for (const u of units) {
    const byCriterion: Record<string, number> = {};
    for (const c of u.criteria) if (c.points !== null) byCriterion[c.code] = c.points;
    // The total is the exact sum rounded once, not a sum of rounded criteria.
    out.set(unitKey(u.unit), u.total === null ? { byCriterion } : { total: u.total, byCriterion });
  }
  return out;
}

/** Recognises the survey's JSON output (e.g. for `cchc rank --survey diem-dtxhh.json`); null if it is not one. */
export function readSurveyJson(text: string): Map<string, SurveyInput> | null {
  return readSurveyJsonNamed(text)?.byUnit ?? null;
}

/** The same, with each key's unit name as written (for "no unit used this row" messages, as readSurveyGrid gives). */
export function readSurveyJsonNamed(
  text: string,
): { byUnit: Map<string, SurveyInput>; names: Map<string, string> } | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = SurveyJsonSchema.safeParse(data);
  if (!parsed.success) return null;
  const byUnit = surveyInputsFromResult(parsed.data.units);
  const names = new Map(parsed.data.units.map((u) => [unitKey(u.unit), u.unit]));
  return { byUnit, names };
}
