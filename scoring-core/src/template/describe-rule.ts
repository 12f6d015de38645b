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
      return rule.step === undefined
        ? "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa"
        : `Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa, làm tròn ${rule.stepRounding === "down" ? "xuống " : ""}đến ${vi(rule.step)} điểm`;
    case "survey":
      return "Điều tra xã hội học (ĐTXHH)";
    case "per-count": {
      const verb = rule.each < 0 ? "trừ" : "cộng";
      const cap = rule.maxCount !== undefined ? `, tính tối đa ${rule.maxCount} trường hợp` : "";
      const limit = rule.limit !== undefined ? `, tối đa ${verb} ${vi(rule.limit)} điểm` : "";
      return `Mỗi trường hợp ${verb} ${vi(Math.abs(rule.each))} điểm${cap}${limit}`;
    }
    case "vs-average": {
      const [good, bad] =
        rule.better === "lower" ? ["bằng hoặc thấp hơn", "cao hơn"] : ["bằng hoặc trên", "dưới"];
      return `${good} mức trung bình của tỉnh: ${vi(rule.atOrAbove)} điểm; ${bad}: ${vi(rule.below)} điểm`;
    }
  }
}
