/** A rule in words, for a rule cell when the set gives no text (the wording parseRuleText reads back). */
import type { ScoringRule } from "../criteria-set/schema";
import { formatNumber } from "../messages/format-number";

const vi = (x: number) => formatNumber(x, "vi", 6);

export function describeRule(rule: ScoringRule, max: number): string {
  switch (rule.kind) {
    case "range":
      return rule.step === undefined ? `Từ 0 đến ${vi(max)} điểm` : `Chấm theo bước ${vi(rule.step)} điểm`;
    case "yes-no":
      return `Có: ${vi(max)} điểm; Không: 0 điểm`;
    case "levels":
      return rule.levels.map((l) => `${l.label}: ${vi(l.points)} điểm`).join("; ");
    case "thresholds":
      return rule.bands
        .map((b) => {
          const cond =
            b.max === undefined
              ? `Từ ${vi(b.min)}% trở lên`
              : b.min === 0
                ? `Dưới ${vi(b.max)}%`
                : `Từ ${vi(b.min)}% đến dưới ${vi(b.max)}%`;
          return `${cond}: ${vi(b.points)} điểm`;
        })
        .join("; ");
    case "ratio":
      return "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa";
    case "survey":
      return "Điều tra xã hội học (ĐTXHH)";
  }
}
