/**
 * Checks a criteria set on its own, before any sheet is scored against it: published sets
 * carry mistakes (a 2019 district table whose fields sum to 99,55 under a header of 100; a 2017
 * summary declaring 38 criteria while listing 39), and a wrong set makes every unit's total wrong.
 */
import type { Lang } from "../messages/lang";
import { compare, sub, sum } from "../numbers/decimal";
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
import { bestOutcome } from "./rule-eval";
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
  // Codes name the node; a set read from an annex also names the annex row and cell.
  const sourceOf = new Map<string, Criterion>();
  for (const { node } of flattenSet(set)) if (!sourceOf.has(node.code)) sourceOf.set(node.code, node);
  const add = (
    code: IssueCode,
    criterion: string | null,
    value: number | string | null,
    params: Record<string, string | number>,
    node?: Criterion,
  ) => {
    const key = `${code}|${criterion}|${value}|${JSON.stringify(params)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const src = (node ?? (criterion !== null ? sourceOf.get(criterion) : undefined))?.source;
    const column = src?.cell?.match(/^[A-Z]+/)?.[0] ?? null;
    issues.push(
      makeIssue(
        code,
        {
          criterion,
          value,
          params,
          sheet: src?.sheet ?? null,
          row: src?.row ?? null,
          cell: src?.cell ?? null,
          column,
        },
        lang,
      ),
    );
  };
  const ruleIssue = (node: Criterion, problem: RuleProblem) =>
    add("set-rule-invalid", node.code, null, { reason: RULE_PROBLEM_TEXT[problem][lang], problem }, node);

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
              add(
                "set-children-sum",
                node.code,
                own,
                { expected: total, ...(ut ? { unitType: ut } : {}) },
                node,
              );
              if (gluedFootnote(own, total))
                add("set-max-footnote", node.code, own, { expected: total }, node);
              // A child whose maximum is the parent's remainder with a digit glued on.
              for (const c of kids) {
                const rest = sub(own, sub(total, maxFor(c, ut)));
                if (gluedFootnote(maxFor(c, ut), rest))
                  add("set-max-footnote", c.code, maxFor(c, ut), { expected: rest }, c);
              }
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
        for (const f of mainFields(set).filter((x) => appliesTo(x, ut))) {
          const rest = sub(set.declaredTotal, sub(total, maxFor(f, ut)));
          if (gluedFootnote(maxFor(f, ut), rest))
            add("set-max-footnote", f.code, maxFor(f, ut), { expected: rest }, f);
        }
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
  // Named at the second occurrence: the first is usually the right one.
  const second = new Map<string, Criterion>();
  const firstSeen = new Set<string>();
  for (const { node } of flattenSet(set)) {
    if (firstSeen.has(node.code) && !second.has(node.code)) second.set(node.code, node);
    firstSeen.add(node.code);
  }
  for (const [code, n] of codes)
    if (n > 1) add("set-code-duplicate", code, null, { count: n }, second.get(code));

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
          let ruleOk = true;
          for (const m of maxima) {
            const problem = ruleProblem(node.rule, m);
            if (problem) {
              ruleIssue(node, problem);
              ruleOk = false;
              break;
            }
          }
          // No option of the rule gives the maximum: a unit can never get full marks.
          for (const m of ruleOk ? maxima : []) {
            const best = bestOutcome(node.rule, m);
            if (best !== null && compare(best, m) !== 0) {
              add("set-max-unreachable", node.code, m, { expected: best }, node);
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
        // Bonus/penalty items above their content's cap: points above it are silently lost.
        const cap =
          node.cap !== undefined
            ? Math.abs(node.cap)
            : path.length === 0 && (node.bonus || node.penalty) && node.max !== 0
              ? Math.abs(node.max)
              : null;
        if (cap !== null && section !== "main" && !node.capIntended) {
          // Only the items of the node's own kind (a content may hold a bonus and a penalty part).
          const own = node.children!.filter((c) => sectionOfPath([...here, c]) === section);
          const items = sum(own.map((c) => Math.abs(c.max)));
          if (compare(items, cap) > 0) add("set-bonus-over-cap", node.code, cap, { expected: items }, node);
        }
        check(node.children!, here);
      }
    }
  };
  check(set.fields, []);
  classificationIssues(set, lang).forEach(([code, reason]) => add(code, null, null, { reason }));
  return issues;
}

/**
 * "207" where 20 is implied: the value's digits are the expected value's followed by one or two
 * more (a footnote marker pasted into the cell). Only asked when the sums already disagree.
 */
export function gluedFootnote(value: number, expected: number): boolean {
  if (!(compare(expected, 0) > 0) || !(compare(value, expected) > 0)) return false;
  const v = String(value);
  const e = String(expected);
  const extra = v.length - e.length;
  return extra >= 1 && extra <= 2 && v.startsWith(e) && /^\d+$/.test(v.slice(e.length));
}

const CLASS_TEXT = {
  overlap: { vi: "“{a}” và “{b}” chồng lên nhau", en: "“{a}” and “{b}” overlap" },
  gap: { vi: "có khoảng trống giữa “{b}” và “{a}”", en: "a gap between “{b}” and “{a}”" },
  same: { vi: "“{a}” và “{b}” có cùng cận dưới", en: "“{a}” and “{b}” have the same lower bound" },
  empty: { vi: "mức “{a}” rỗng", en: "band “{a}” is empty" },
  unknownClass: {
    vi: "điều kiện “{a}” nêu mức xếp loại “{b}” không có trong bộ tiêu chí",
    en: "condition “{a}” names class “{b}”, which the set does not have",
  },
  noEffect: {
    vi: "điều kiện “{a}” không nêu mức cao nhất hoặc số mức bị hạ",
    en: "condition “{a}” names neither a highest class nor how many classes to lower",
  },
  unknownItem: {
    vi: "thứ tự xét bằng điểm nêu tiêu chí {a} không có trong bộ tiêu chí",
    en: "the tie-break names item {a}, which the set does not have",
  },
  range: {
    vi: "khoảng tổng điểm từ {a} đến {b} không hợp lệ",
    en: "the total range {a} to {b} is invalid",
  },
} satisfies Record<string, Record<Lang, string>>;

/** Bands that overlap or leave gaps, and class rules naming what the set does not have. */
function classificationIssues(set: CriteriaSet, lang: Lang): [IssueCode, string][] {
  const out: [IssueCode, string][] = [];
  const text = (k: keyof typeof CLASS_TEXT, a: string | number, b: string | number = "") =>
    CLASS_TEXT[k][lang].replace("{a}", String(a)).replace("{b}", String(b));
  const c = set.classification;
  const bands = [...c.bands].sort((x, y) => compare(y.min, x.min));
  for (const band of bands)
    if (band.max !== undefined && compare(band.min, band.max) >= 0)
      out.push(["set-class-bands", text("empty", band.label)]);
  for (let i = 0; i + 1 < bands.length; i++) {
    const hi = bands[i]!;
    const lo = bands[i + 1]!;
    if (compare(hi.min, lo.min) === 0) out.push(["set-class-bands", text("same", hi.label, lo.label)]);
    else if (lo.max !== undefined && compare(lo.max, hi.min) > 0)
      out.push(["set-class-bands", text("overlap", hi.label, lo.label)]);
    else if (lo.max !== undefined && compare(lo.max, hi.min) < 0)
      out.push(["set-class-bands", text("gap", hi.label, lo.label)]);
  }
  const labels = new Set(c.bands.map((b) => b.label));
  for (const cond of c.conditions ?? []) {
    if (cond.highest !== undefined && !labels.has(cond.highest))
      out.push(["set-class-rule-invalid", text("unknownClass", cond.id, cond.highest)]);
    if (cond.highest === undefined && cond.lowerBy === undefined)
      out.push(["set-class-rule-invalid", text("noEffect", cond.id)]);
  }
  const codes = new Set(flattenSet(set).map(({ node }) => node.code));
  for (const key of c.tieBreak ?? [])
    if (typeof key !== "string" && !codes.has(key.criterion))
      out.push(["set-class-rule-invalid", text("unknownItem", key.criterion)]);
  if (c.totalRange && compare(c.totalRange.min, c.totalRange.max) >= 0)
    out.push(["set-class-rule-invalid", text("range", c.totalRange.min, c.totalRange.max)]);
  return out;
}

/** A leaf that is survey-scored, or a parent whose leaves all are. */
function isSurveyScoredDeep(node: Criterion): boolean {
  if (isLeaf(node)) return isSurveyScored(node);
  return node.children!.every(isSurveyScoredDeep);
}
