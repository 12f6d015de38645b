/**
 * Small builders that keep the sample sets readable: a leaf's structured rule comes from its
 * rule text through parseRuleText (tests check that every sample text parses to the rule meant).
 */
import { parseRuleText } from "../rule-text";
import type { Criterion } from "../schema";

type Extra = Partial<Omit<Criterion, "code" | "title" | "max" | "children">>;

/** A self-assessed leaf: rule text as the decision words it, evidence required. */
export function leaf(
  code: string,
  title: string,
  max: number,
  ruleText: string,
  evidence: string,
  extra: Extra = {},
): Criterion {
  const rule = extra.rule ?? parseRuleText(ruleText, max) ?? undefined;
  return { code, title, max, ruleText, ...(rule ? { rule } : {}), evidence, ...extra };
}

/** A leaf scored by the sociological survey (ĐTXHH): never self-scored, no evidence. */
export function surveyLeaf(code: string, title: string, max: number): Criterion {
  return {
    code,
    title,
    max,
    ruleText: "Điểm do điều tra xã hội học (ĐTXHH) xác định",
    rule: { kind: "survey" },
    surveyScored: true,
    evidenceRequired: false,
  };
}

export function group(
  code: string,
  title: string,
  max: number,
  children: Criterion[],
  extra: Extra = {},
): Criterion {
  return { code, title, max, ...extra, children };
}
