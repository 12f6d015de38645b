import type { ScoringRule } from "./schema";
import { notImplemented } from "../not-implemented";

/**
 * Turns a rule text into a structured rule where it is clear ("đúng hạn: 1 điểm; chậm: 0,5 điểm;
 * không: 0 điểm", "Đạt 100%: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm",
 * "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa"); null where it is not (the text is then kept).
 */
export function parseRuleText(_text: string, _max: number): ScoringRule | null {
  return notImplemented("parseRuleText");
}
