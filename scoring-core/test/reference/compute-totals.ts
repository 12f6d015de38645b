/**
 * Totals per node and overall. Every sum runs on integer micro-units (numbers/decimal.ts), so
 * 0,1 + 0,2 is 0,3; nothing is rounded here (rounding is for display).
 */
import type { CriteriaSet } from "../../src/criteria-set/schema";
import type { NodeTotals, TableTotals } from "../../src/reports/schemas";
import type { ScoringTable } from "../../src/table/types";
import { fromUnits, toUnits } from "../../src/numbers/decimal";
import { clampTotal } from "../../src/ranking/classify";
import { hasNotApplicablePolicy, notApplicableTotals } from "../../src/criteria-set/not-applicable";
import { countOf, perCountPoints } from "../../src/criteria-set/rule-eval";
import { buildScoreTree, latestAppraisal, numberOf, type ScoreNode } from "./score-tree";

/** Survey (ĐTXHH) points for a unit: a total, or per survey-scored criterion code. */
export interface SurveyInput {
  /** Total survey points; when given it is totals.survey (it is never spread over items). */
  total?: number;
  /** Points per survey-scored leaf code. */
  byCriterion?: Record<string, number>;
  /** The survey's maximum, used only when the sheet has no survey-scored rows to carry it. */
  max?: number;
}

export interface TotalsOptions {
  set?: CriteriaSet | null;
  unitType?: string | null;
  survey?: SurveyInput | null;
}

export interface TotalsResult {
  totals: TableTotals;
  /** Every node in tree order. */
  nodes: NodeTotals[];
}

/** A bonus or penalty node whose points went over its cap (the cap is applied). */
export interface CapEvent {
  node: ScoreNode;
  kind: "bonus" | "penalty";
  /** Points before the cap (positive). */
  value: number;
  cap: number;
}

/** Per node, in micro-units. */
interface Acc {
  max: number;
  applicableMax: number;
  selfMax: number;
  surveyMax: number;
  self: number;
  appraised: number;
  survey: number;
  /** Bonus and penalty magnitudes after caps (positive). */
  bonus: number;
  penalty: number;
  hasAppraisal: boolean;
}

export interface DetailedTotals extends TotalsResult {
  tree: ScoreNode[];
  caps: CapEvent[];
}

function clamp(u: number, lo: number, hi: number): number {
  return u < lo ? lo : u > hi ? hi : u;
}

function leafAcc(n: ScoreNode, survey: SurveyInput | null): Acc {
  const max = toUnits(n.max);
  const acc: Acc = {
    max,
    applicableMax: n.notApplicable ? 0 : max,
    selfMax: n.surveyScored ? 0 : max,
    surveyMax: n.surveyScored ? max : 0,
    self: 0,
    appraised: 0,
    survey: 0,
    bonus: 0,
    penalty: 0,
    hasAppraisal: false,
  };
  const t = n.table;
  if (n.notApplicable) return acc;
  if (n.surveyScored) {
    const pts = survey?.byCriterion?.[n.code];
    if (pts !== undefined && Number.isFinite(pts)) acc.survey = toUnits(pts);
    return acc;
  }
  if (!t) return acc;
  const self = numberOf(t.self);
  const latest = latestAppraisal(t);
  // A score outside 0..max (max..0 for a penalty) counts as the nearest bound: validation reports
  // it as an error, and one typo must not give an index of 175 % or rank a unit first.
  const bound = toUnits(n.max);
  const lo = Math.min(0, bound);
  const hi = Math.max(0, bound);
  // A per-count rule computes the points from the count the table gives ("3" late documents).
  const counted = n.rule?.kind === "per-count" ? countOf(t.declared?.raw ?? null) : null;
  if (counted !== null && n.rule?.kind === "per-count")
    acc.self = clamp(toUnits(perCountPoints(n.rule, n.max, counted)), lo, hi);
  else acc.self = self === null ? 0 : clamp(toUnits(self), lo, hi);
  acc.hasAppraisal = latest !== null;
  acc.appraised = latest ? clamp(toUnits(numberOf(latest)!), lo, hi) : acc.self;
  if (n.section === "bonus") acc.bonus = Math.max(0, acc.appraised);
  if (n.section === "penalty") acc.penalty = Math.abs(acc.appraised);
  return acc;
}

/** The whole computation, with the tree and the caps applied (validation reports those). */
export function computeDetailed(table: ScoringTable, options: TotalsOptions = {}): DetailedTotals {
  const tree = buildScoreTree(table, options);
  const survey = options.survey ?? null;
  const caps: CapEvent[] = [];
  const nodes: NodeTotals[] = [];

  const visit = (n: ScoreNode): Acc => {
    const slot = nodes.length;
    nodes.push(null as unknown as NodeTotals); // reserved: parents come before children
    let acc: Acc;
    if (n.children.length === 0) acc = leafAcc(n, survey);
    else {
      acc = {
        max: 0,
        applicableMax: 0,
        selfMax: 0,
        surveyMax: 0,
        self: 0,
        appraised: 0,
        survey: 0,
        bonus: 0,
        penalty: 0,
        hasAppraisal: false,
      };
      // The children's sums are kept only when an N/A policy needs them (rarely).
      const kids: Acc[] | null = hasNotApplicablePolicy(n.children) ? [] : null;
      for (const c of n.children) {
        const a = visit(c);
        kids?.push(a);
        acc.max += a.max;
        acc.applicableMax += a.applicableMax;
        acc.selfMax += a.selfMax;
        acc.surveyMax += a.surveyMax;
        acc.self += a.self;
        acc.appraised += a.appraised;
        acc.survey += a.survey;
        acc.bonus += a.bonus;
        acc.penalty += a.penalty;
        acc.hasAppraisal ||= a.hasAppraisal;
      }
      if (n.section !== "main") acc.max = acc.applicableMax = toUnits(n.max);
      // The set's N/A policies (criteria-set/not-applicable.ts); null: plain sums stand.
      else if (kids !== null) {
        const policy = notApplicableTotals(n.children, kids);
        if (policy !== null) Object.assign(acc, policy);
      }
    }
    if (n.cap !== null) {
      const cap = toUnits(n.cap);
      if (n.section === "bonus" && acc.bonus > cap) {
        caps.push({ node: n, kind: "bonus", value: fromUnits(acc.bonus), cap: n.cap });
        acc.bonus = cap;
      }
      if (n.section === "penalty" && acc.penalty > cap) {
        caps.push({ node: n, kind: "penalty", value: fromUnits(acc.penalty), cap: n.cap });
        acc.penalty = cap;
      }
    }
    const main = n.section === "main";
    nodes[slot] = {
      code: n.code,
      title: n.title,
      level: n.level,
      section: n.section,
      row: n.row,
      max: fromUnits(acc.max),
      applicableMax: fromUnits(acc.applicableMax),
      self: fromUnits(acc.self),
      appraised: fromUnits(acc.appraised),
      survey: fromUnits(acc.survey),
      final: main ? fromUnits(acc.appraised + acc.survey) : fromUnits(acc.bonus - acc.penalty),
      notApplicable: n.notApplicable,
      surveyScored: n.surveyScored,
      hasAppraisal: acc.hasAppraisal,
    };
    return acc;
  };

  let max = 0;
  let applicableMax = 0;
  let selfMax = 0;
  let surveyMax = 0;
  let self = 0;
  let appraised = 0;
  let surveyPts = 0;
  let bonus = 0;
  let penalty = 0;
  for (const field of tree) {
    const a = visit(field);
    bonus += a.bonus;
    penalty += a.penalty;
    if (field.section !== "main") continue;
    max += a.max;
    applicableMax += a.applicableMax;
    selfMax += a.selfMax;
    surveyMax += a.surveyMax;
    self += a.self;
    appraised += a.appraised;
    surveyPts += a.survey;
  }
  if (survey?.total !== undefined && Number.isFinite(survey.total)) surveyPts = toUnits(survey.total);
  if (surveyMax === 0 && survey?.max !== undefined && Number.isFinite(survey.max) && survey.max > 0) {
    const m = toUnits(survey.max);
    surveyMax = m;
    max += m;
    applicableMax += m;
  }
  // A set may declare the range the total is held in (e.g. bonus cannot lift it above 100).
  const range = options.set?.classification.totalRange;
  const final = range
    ? toUnits(clampTotal(fromUnits(appraised + surveyPts + bonus - penalty), range))
    : appraised + surveyPts + bonus - penalty;
  const { round, appraisedLeaves, selfLeaves } = appraisalState(tree);
  const surveyGiven =
    (survey?.total !== undefined && Number.isFinite(survey.total)) ||
    Object.values(survey?.byCriterion ?? {}).some((v) => Number.isFinite(v));
  const totals: TableTotals = {
    max: fromUnits(max),
    applicableMax: fromUnits(applicableMax),
    selfMax: fromUnits(selfMax),
    surveyMax: fromUnits(surveyMax),
    self: fromUnits(self),
    appraised: fromUnits(appraised),
    survey: fromUnits(surveyPts),
    bonus: fromUnits(bonus),
    penalty: fromUnits(penalty),
    final: fromUnits(final),
    // Both in micro-units: one division, no rounding.
    index: applicableMax === 0 ? null : (final * 100) / applicableMax,
    appraisalRound: round,
    basis: appraisedLeaves === 0 ? "self" : selfLeaves === 0 ? "appraised" : "mixed",
    surveyGiven,
  };
  return { totals, nodes, tree, caps };
}

/**
 * The latest appraisal round holding any number, and how many scored main items rest on an
 * appraisal vs on the self-assessment alone.
 */
function appraisalState(tree: readonly ScoreNode[]): {
  round: number;
  appraisedLeaves: number;
  selfLeaves: number;
} {
  let round = 0;
  let appraisedLeaves = 0;
  let selfLeaves = 0;
  const walk = (n: ScoreNode) => {
    if (n.children.length > 0) {
      for (const c of n.children) walk(c);
      return;
    }
    const t = n.table;
    if (!t) return;
    const rounds = t.appraisals;
    for (let k = 0; k < rounds.length; k++)
      if (rounds[k]!.parsed.kind === "number") round = Math.max(round, k + 1);
    if (n.section !== "main" || n.notApplicable || n.surveyScored) return;
    if (latestAppraisal(t)) appraisedLeaves++;
    else selfLeaves++;
  };
  for (const f of tree) walk(f);
  return { round, appraisedLeaves, selfLeaves };
}

/** Totals per node and overall: self, appraised (latest round, else self), survey, bonus/penalty within caps, index. */
export function computeTotals(table: ScoringTable, options: TotalsOptions = {}): TotalsResult {
  const { totals, nodes } = computeDetailed(table, options);
  return { totals, nodes };
}

/** Zero totals, for a sheet where no table was found. */
export function emptyTotals(): TableTotals {
  return {
    max: 0,
    applicableMax: 0,
    selfMax: 0,
    surveyMax: 0,
    self: 0,
    appraised: 0,
    survey: 0,
    bonus: 0,
    penalty: 0,
    final: 0,
    index: null,
    appraisalRound: 0,
    basis: "self",
    surveyGiven: false,
  };
}
