/**
 * Checks a criteria set on its own, before any sheet is scored against it: published sets
 * carry mistakes (a 2019 district table whose fields sum to 99,55 under a header of 100; a 2017
 * summary declaring 38 criteria while listing 39), and a wrong set makes every unit's total wrong.
 */
import type { Lang } from "../messages/lang";
import { compare, sum } from "../numbers/decimal";
import { makeIssue, type Issue } from "../issues/issue";
import type { IssueCode } from "../issues/catalogue";
import {
  appliesTo,
  countMain,
  flattenSet,
  isExtraContent,
  isLeaf,
  isSurveyScored,
  mainFields,
  maxFor,
  sectionOfPath,
} from "./lookup";
import { RULE_PROBLEM_TEXT, ruleProblem, type RuleProblem } from "./rule-check";
import type { Criterion, CriteriaSet } from "./schema";

const COUNT_KIND: Record<"fields" | "criteria" | "subcriteria", Record<Lang, string>> = {
  fields: { vi: "lĩnh vực", en: "fields" },
  criteria: { vi: "tiêu chí", en: "criteria" },
  subcriteria: { vi: "tiêu chí thành phần", en: "sub-criteria" },
};

/** Unit types whose maxima may differ: null alone when no node varies by unit type. */
function unitTypesToCheck(set: CriteriaSet): (string | null)[] {
  const types = new Set<string>(set.unitTypes);
  let varies = false;
  for (const { node } of flattenSet(set)) {
    if (node.maxByUnitType) {
      varies = true;
      Object.keys(node.maxByUnitType).forEach((t) => types.add(t));
    }
    if (node.unitTypes) {
      varies = true;
      node.unitTypes.forEach((t) => types.add(t));
    }
  }
  return varies ? [...types] : [null];
}

/** Bonus/penalty contents sum to nothing in particular: their cap (or own maximum) governs. */
function exemptFromSum(node: Criterion, path: readonly Criterion[]): boolean {
  if (node.cap !== undefined) return true;
  const kids = node.children ?? [];
  if (kids.length > 0 && kids.every(isExtraContent)) return true;
  const flagged = node.bonus || node.penalty;
  const ancestorFlagged = path.slice(0, -1).some((a) => a.bonus || a.penalty);
  return Boolean(flagged) && !ancestorFlagged;
}

export function validateCriteriaSet(set: CriteriaSet, lang: Lang = "vi"): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const add = (
    code: IssueCode,
    criterion: string | null,
    value: number | string | null,
    params: Record<string, string | number>,
  ) => {
    const key = `${code}|${criterion}|${value}|${JSON.stringify(params)}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push(makeIssue(code, { criterion, value, params }, lang));
  };
  const ruleIssue = (node: Criterion, problem: RuleProblem) =>
    add("set-rule-invalid", node.code, null, { reason: RULE_PROBLEM_TEXT[problem][lang], problem });

  const unitTypes = unitTypesToCheck(set);

  // Children against parents, per unit type where maxima differ.
  const walk = (nodes: readonly Criterion[], path: Criterion[]) => {
    for (const node of nodes) {
      const here = [...path, node];
      if (!isLeaf(node)) {
        if (!exemptFromSum(node, here)) {
          const reported = new Set<string>();
          for (const ut of unitTypes) {
            if (!appliesTo(node, ut)) continue;
            const kids = node.children!.filter((c) => appliesTo(c, ut));
            if (kids.length === 0) continue;
            const own = maxFor(node, ut);
            const total = sum(kids.map((c) => maxFor(c, ut)));
            const key = `${own}|${total}`;
            if (compare(own, total) !== 0 && !reported.has(key)) {
              reported.add(key);
              add("set-children-sum", node.code, own, { expected: total, ...(ut ? { unitType: ut } : {}) });
            }
          }
        }
        walk(node.children!, here);
      }
    }
  };
  walk(set.fields, []);

  // Main fields against the declared total.
  if (set.declaredTotal !== undefined) {
    const reported = new Set<number>();
    for (const ut of unitTypes) {
      const total = sum(
        mainFields(set)
          .filter((f) => appliesTo(f, ut))
          .map((f) => maxFor(f, ut)),
      );
      if (compare(total, set.declaredTotal) !== 0 && !reported.has(total)) {
        reported.add(total);
        add("set-declared-total", null, set.declaredTotal, {
          expected: total,
          ...(ut ? { unitType: ut } : {}),
        });
      }
    }
  }

  // Declared counts (main contents: the bonus/penalty content is not a field of the index).
  if (set.declaredCounts) {
    const counted = countMain(set);
    for (const kind of ["fields", "criteria", "subcriteria"] as const) {
      const declared = set.declaredCounts[kind];
      if (declared !== undefined && declared !== counted[kind])
        add("set-declared-count", null, declared, { expected: counted[kind], kind: COUNT_KIND[kind][lang] });
    }
  }

  // Declared split between self-assessment and survey (main contents only).
  const splitKind = {
    self: { vi: "tự đánh giá", en: "self-assessed" },
    survey: { vi: "điều tra xã hội học", en: "survey" },
  };
  if (set.declaredSelfMax !== undefined || set.declaredSurveyMax !== undefined) {
    // Checked for the set's first unit type (the one its declaration describes).
    const ut = set.unitTypes[0] ?? null;
    const selfMaxima: number[] = [];
    const surveyMaxima: number[] = [];
    const collect = (nodes: readonly Criterion[]) => {
      for (const node of nodes) {
        if (!appliesTo(node, ut)) continue;
        if (!isLeaf(node)) collect(node.children!);
        else (isSurveyScored(node) ? surveyMaxima : selfMaxima).push(maxFor(node, ut));
      }
    };
    collect(mainFields(set));
    const selfMax = sum(selfMaxima);
    const surveyMax = sum(surveyMaxima);
    if (set.declaredSelfMax !== undefined && compare(set.declaredSelfMax, selfMax) !== 0)
      add("set-split-mismatch", null, set.declaredSelfMax, { expected: selfMax, kind: splitKind.self[lang] });
    if (set.declaredSurveyMax !== undefined && compare(set.declaredSurveyMax, surveyMax) !== 0)
      add("set-split-mismatch", null, set.declaredSurveyMax, {
        expected: surveyMax,
        kind: splitKind.survey[lang],
      });
  }

  // A child's code continues its parent's ("2.1" under "2", "2.1.a" under "2.1").
  for (const { node, parent } of flattenSet(set)) {
    if (parent && !node.code.startsWith(`${parent.code}.`))
      add("set-code-not-nested", node.code, null, { parent: parent.code });
  }

  // Codes.
  const codes = new Map<string, number>();
  for (const { node } of flattenSet(set)) codes.set(node.code, (codes.get(node.code) ?? 0) + 1);
  for (const [code, n] of codes) if (n > 1) add("set-code-duplicate", code, null, { count: n });

  // Rules, survey flags, bonus/penalty signs.
  const check = (nodes: readonly Criterion[], path: Criterion[]) => {
    for (const node of nodes) {
      const here = [...path, node];
      const section = sectionOfPath(here);
      if (node.bonus && node.penalty) ruleIssue(node, "bonus-and-penalty");
      if (isLeaf(node)) {
        const maxima = [node.max, ...Object.values(node.maxByUnitType ?? {})];
        if (section === "penalty" && maxima.some((m) => compare(m, 0) > 0))
          ruleIssue(node, "penalty-positive-max");
        if (section === "bonus" && maxima.some((m) => compare(m, 0) < 0))
          ruleIssue(node, "bonus-negative-max");
        if (section === "main" && maxima.some((m) => compare(m, 0) < 0))
          ruleIssue(node, "negative-max-not-penalty");
        if (node.rule) {
          for (const m of maxima) {
            const problem = ruleProblem(node.rule, m);
            if (problem) {
              ruleIssue(node, problem);
              break;
            }
          }
          const surveyRule = node.rule.kind === "survey";
          if ((surveyRule && node.surveyScored === false) || (!surveyRule && node.surveyScored === true))
            ruleIssue(node, "survey-flag-mismatch");
        }
      } else {
        if (node.rule) ruleIssue(node, "rule-on-parent");
        if (node.surveyScored && !node.children!.every(isSurveyScoredDeep))
          ruleIssue(node, "survey-children-mixed");
        check(node.children!, here);
      }
    }
  };
  check(set.fields, []);
  return issues;
}

/** A leaf that is survey-scored, or a parent whose leaves all are. */
function isSurveyScoredDeep(node: Criterion): boolean {
  if (isLeaf(node)) return isSurveyScored(node);
  return node.children!.every(isSurveyScoredDeep);
}
