/**
 * Whether a structured rule fits its item's maximum. Shared by the rule-text parser (which
 * rejects a rule that does not fit) and set validation (which reports it as set-rule-invalid).
 */
import type { Lang } from "../messages/lang";
import { compare, isMultipleOf } from "../numbers/decimal";
import type { ScoringRule, ThresholdBand } from "./schema";

export type RuleProblem =
  | "points-out-of-range"
  | "yes-no-on-penalty"
  | "yes-no-zero-max"
  | "bands-overlap"
  | "bands-unsorted"
  | "band-empty"
  | "step-too-large"
  | "step-off-max"
  | "ratio-zero-max"
  | "rule-on-parent"
  | "survey-flag-mismatch"
  | "survey-children-mixed"
  | "bonus-and-penalty"
  | "penalty-positive-max"
  | "bonus-negative-max"
  | "negative-max-not-penalty";

/** Reasons as set-rule-invalid prints them ({reason}). */
export const RULE_PROBLEM_TEXT: Record<RuleProblem, Record<Lang, string>> = {
  "points-out-of-range": {
    vi: "có mức điểm vượt điểm tối đa hoặc trái dấu với điểm tối đa",
    en: "a level's points exceed the maximum or have the wrong sign",
  },
  "yes-no-on-penalty": {
    vi: "tiêu chí điểm trừ không dùng được kiểu Có/Không",
    en: "a penalty item cannot be a yes/no rule",
  },
  "yes-no-zero-max": {
    vi: "kiểu Có/Không cần điểm tối đa lớn hơn 0",
    en: "a yes/no rule needs a maximum above 0",
  },
  "bands-overlap": { vi: "các khoảng tỷ lệ chồng lên nhau", en: "the percentage bands overlap" },
  "bands-unsorted": { vi: "các khoảng tỷ lệ không theo thứ tự", en: "the percentage bands are out of order" },
  "band-empty": {
    vi: "có khoảng tỷ lệ rỗng (cận dưới không nhỏ hơn cận trên)",
    en: "a percentage band is empty (its lower bound is not below its upper bound)",
  },
  "step-too-large": {
    vi: "bước chấm điểm lớn hơn điểm tối đa",
    en: "the scoring step is larger than the maximum",
  },
  "step-off-max": {
    vi: "điểm tối đa không chia hết cho bước chấm điểm",
    en: "the maximum is not a multiple of the scoring step",
  },
  "ratio-zero-max": {
    vi: "cách tính theo tỷ lệ cần điểm tối đa khác 0",
    en: "a ratio rule needs a non-zero maximum",
  },
  "rule-on-parent": {
    vi: "cách tính điểm đặt ở tiêu chí có tiêu chí con",
    en: "a scoring rule is set on an item that has children",
  },
  "survey-flag-mismatch": {
    vi: "cách tính “điều tra xã hội học” nhưng không đánh dấu chấm bằng điều tra xã hội học (hoặc ngược lại)",
    en: "the rule says survey but the item is not marked survey-scored (or the reverse)",
  },
  "survey-children-mixed": {
    vi: "tiêu chí chấm bằng điều tra xã hội học có tiêu chí con do đơn vị tự chấm",
    en: "a survey-scored item has self-scored children",
  },
  "bonus-and-penalty": {
    vi: "vừa là điểm thưởng vừa là điểm trừ",
    en: "marked both bonus and penalty",
  },
  "penalty-positive-max": {
    vi: "tiêu chí điểm trừ có điểm tối đa dương",
    en: "a penalty item has a positive maximum",
  },
  "bonus-negative-max": {
    vi: "tiêu chí điểm thưởng có điểm tối đa âm",
    en: "a bonus item has a negative maximum",
  },
  "negative-max-not-penalty": {
    vi: "điểm tối đa âm nhưng không thuộc phần điểm trừ",
    en: "a negative maximum outside the penalty part",
  },
};

/** True when `points` lies between 0 and `max` (inclusive), whatever max's sign. */
export function withinMax(points: number, max: number): boolean {
  return compare(max, 0) >= 0
    ? compare(points, 0) >= 0 && compare(points, max) <= 0
    : compare(points, max) >= 0 && compare(points, 0) <= 0;
}

/** Bands overlap-free and monotonic (all ascending or all descending by their lower bound). */
export function bandProblem(bands: readonly ThresholdBand[]): RuleProblem | null {
  for (const b of bands) if (b.max !== undefined && compare(b.min, b.max) >= 0) return "band-empty";
  const sorted = [...bands].sort((a, b) => compare(a.min, b.min));
  for (let i = 0; i + 1 < sorted.length; i++) {
    const hi = sorted[i]!.max;
    if (hi === undefined || compare(hi, sorted[i + 1]!.min) > 0) return "bands-overlap";
  }
  const mins = bands.map((b) => b.min);
  const asc = mins.every((m, i) => i === 0 || compare(mins[i - 1]!, m) < 0);
  const desc = mins.every((m, i) => i === 0 || compare(mins[i - 1]!, m) > 0);
  return asc || desc ? null : "bands-unsorted";
}

/** The first problem with a rule for an item with this maximum, or null when it fits. */
export function ruleProblem(rule: ScoringRule, max: number): RuleProblem | null {
  switch (rule.kind) {
    case "range": {
      if (rule.step === undefined) return null;
      if (compare(rule.step, Math.abs(max)) > 0) return "step-too-large";
      return isMultipleOf(max, rule.step) ? null : "step-off-max";
    }
    case "yes-no":
      if (compare(max, 0) < 0) return "yes-no-on-penalty";
      return compare(max, 0) === 0 ? "yes-no-zero-max" : null;
    case "levels":
      return rule.levels.every((l) => withinMax(l.points, max)) ? null : "points-out-of-range";
    case "thresholds":
      if (!rule.bands.every((b) => withinMax(b.points, max))) return "points-out-of-range";
      return bandProblem(rule.bands);
    case "ratio":
      return compare(max, 0) === 0 ? "ratio-zero-max" : null;
    case "per-count":
      return compare(Math.abs(rule.each), Math.abs(max)) > 0 ? "points-out-of-range" : null;
    case "vs-average":
      return withinMax(rule.atOrAbove, max) && withinMax(rule.below, max) ? null : "points-out-of-range";
    case "survey":
      return null;
  }
}
