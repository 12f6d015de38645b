/**
 * The tree that validation and totals walk: the sheet's table, or — when a reference criteria
 * set is given — the set's tree for the unit type with the sheet's rows attached by code. The
 * set's maxima and rules win over the sheet's; rows the set does not know are left out.
 */
import type { Criterion, CriteriaSet, ScoringRule } from "../../src/criteria-set/schema";
import { appliesTo, isLeaf, maxFor } from "../../src/criteria-set/lookup";
import { parseRuleText } from "../../src/criteria-set/rule-text";
import type { NodeLevel, NumberRead, ScoringTable, Section, TableNode } from "../../src/table/types";
import { isNotApplicableText, ruleTextAllowsNotApplicable } from "../../src/numbers/not-applicable";
import { fromUnits, toUnits } from "../../src/numbers/decimal";
import { foldText } from "../../src/grid/fold-text";

export interface ScoreNode {
  code: string;
  title: string;
  level: NodeLevel;
  section: Section;
  /** 1-based sheet row; null for a node only the set has. */
  row: number | null;
  table: TableNode | null;
  crit: Criterion | null;
  /** Effective maximum: the set's for the unit type, else the sheet's; parents: their children's sum. */
  max: number;
  rule: ScoringRule | null;
  surveyScored: boolean;
  /**
   * Counted as not applicable (leaves its maximum out of the index): marked "Không áp dụng" and
   * allowed to be — by the set (mayBeNotApplicable on the node or an ancestor) or, without a set,
   * by the rule text. Parents: every child is.
   */
  notApplicable: boolean;
  /** Leaves: the sheet marks the item not applicable, allowed or not (validation reports the latter). */
  markedNotApplicable: boolean;
  /** Bonus/penalty contents: the most points the node can contribute (positive), else null. */
  cap: number | null;
  children: ScoreNode[];
}

export interface TreeOptions {
  set?: CriteriaSet | null;
  unitType?: string | null;
}

const LEVELS: NodeLevel[] = ["field", "criterion", "subcriterion", "item"];

/** The number in a cell read, else null. */
export function numberOf(read: NumberRead | null | undefined): number | null {
  return read && read.parsed.kind === "number" ? read.parsed.value : null;
}

/** The latest appraisal round holding a number, else null. */
export function latestAppraisal(node: TableNode): NumberRead | null {
  for (let i = node.appraisals.length - 1; i >= 0; i--) {
    const a = node.appraisals[i]!;
    if (a.parsed.kind === "number") return a;
  }
  return null;
}

/**
 * A row title saying the item is scored by the sociological survey (ĐTXHH): "… (ĐTXHH)",
 * "Đánh giá qua điều tra xã hội học", "Điểm ĐTXHH". A task about running a survey ("Tổ chức điều
 * tra xã hội học…") is self-scored and does not match.
 */
export function titleSaysSurvey(title: string): boolean {
  // Titles repeat across a province's sheets (one template): each distinct title is judged once.
  let said = surveyTitles.get(title);
  if (said === undefined) {
    said = judgeSurveyTitle(title);
    if (surveyTitles.size >= 20_000) surveyTitles.clear();
    surveyTitles.set(title, said);
  }
  return said;
}
const surveyTitles = new Map<string, boolean>();

function judgeSurveyTitle(title: string): boolean {
  const f = foldText(title);
  if (/^(to chuc|thuc hien|trien khai|xay dung)\b/.test(f)) return false;
  return /\bdtxhh\b|(qua|bang|theo|tu)( ket qua)? (dieu tra xa hoi hoc|khao sat)|diem (dieu tra xa hoi hoc|dtxhh)/.test(
    f,
  );
}

/** Rule text parsing belongs to criteria-set/rule-text; an unparsed text is simply no rule. */
function ruleFromText(node: TableNode, max: number): ScoringRule | null {
  if (node.ruleText.length === 0) return null;
  try {
    return parseRuleText(node.ruleText.join("\n"), max);
  } catch {
    return null;
  }
}

export function tableMarkedNotApplicable(node: TableNode): boolean {
  if (node.self?.parsed.kind === "not-applicable") return true;
  if (node.declared && node.declared.text !== "" && isNotApplicableText(node.declared.text)) return true;
  for (let i = node.appraisals.length - 1; i >= 0; i--) {
    const k = node.appraisals[i]!.parsed.kind;
    if (k === "not-applicable") return true;
    if (k === "number") return false;
  }
  return false;
}

function finishParent(n: ScoreNode): void {
  if (n.children.length === 0) return;
  let u = 0;
  for (const c of n.children) u += toUnits(c.max);
  const sumMax = fromUnits(u); // numbers/decimal.ts sum(), without the array
  // A bonus/penalty content's own maximum is its cap, not the sum of its items.
  if (n.section === "main" || n.cap === null) n.max = sumMax;
  n.notApplicable = n.children.every((c) => c.notApplicable);
  n.surveyScored = n.children.every((c) => c.surveyScored);
}

/** The sheet's rule text for a node allows "Không áp dụng" (no set). */
function ruleAllowsNotApplicable(node: TableNode): boolean {
  return node.ruleText.some(ruleTextAllowsNotApplicable);
}

/**
 * A sheet-only node. `allowNA`: an ancestor (set flag or rule text) already allows marking
 * items not applicable.
 */
function fromTable(
  node: TableNode,
  parentSection: Section | null,
  topLevel: boolean,
  allowNA = false,
): ScoreNode {
  const section: Section = node.section ?? parentSection ?? "main";
  const sheetMax = numberOf(node.max) ?? 0;
  const leaf = node.children.length === 0;
  const rule = leaf ? ruleFromText(node, sheetMax) : null;
  const allowed = allowNA || ruleAllowsNotApplicable(node);
  const marked = leaf && tableMarkedNotApplicable(node);
  const n: ScoreNode = {
    code: node.code,
    title: node.title,
    level: node.level,
    section,
    row: node.row,
    table: node,
    crit: null,
    max: sheetMax,
    rule,
    surveyScored: leaf && (rule?.kind === "survey" || titleSaysSurvey(node.title)),
    notApplicable: marked && allowed,
    markedNotApplicable: marked,
    cap: topLevel && section !== "main" && sheetMax !== 0 ? Math.abs(sheetMax) : null,
    children: [],
  };
  n.children = node.children.map((c) => fromTable(c, section, false, allowed));
  finishParent(n);
  return n;
}

function sectionOf(crit: Criterion, table: TableNode | null, parent: Section | null): Section {
  if (crit.penalty) return "penalty";
  if (crit.bonus) return "bonus";
  if (table && table.section !== "main") return table.section;
  return parent ?? "main";
}

function fromSet(
  crit: Criterion,
  depth: number,
  parentSection: Section | null,
  index: Map<string, TableNode>,
  unitType: string | null,
  allowNA: boolean,
): ScoreNode | null {
  if (!appliesTo(crit, unitType)) return null;
  const allowed = allowNA || Boolean(crit.mayBeNotApplicable);
  const table = index.get(crit.code) ?? null;
  const section = sectionOf(crit, table, parentSection);
  const max = maxFor(crit, unitType);
  const rule = crit.rule ?? null;
  const n: ScoreNode = {
    code: crit.code,
    title: crit.title,
    level: table?.level ?? LEVELS[Math.min(depth, LEVELS.length - 1)]!,
    section,
    row: table?.row ?? null,
    table,
    crit,
    max,
    rule,
    surveyScored: Boolean(crit.surveyScored) || rule?.kind === "survey",
    notApplicable: false,
    markedNotApplicable: false,
    cap:
      crit.cap !== undefined
        ? Math.abs(crit.cap)
        : depth === 0 && section !== "main" && max !== 0
          ? Math.abs(max)
          : null,
    children: [],
  };
  if (!isLeaf(crit)) {
    for (const child of crit.children!) {
      const c = fromSet(child, depth + 1, section, index, unitType, allowed);
      if (c) n.children.push(c);
    }
    finishParent(n);
  } else if (table && table.children.length > 0) {
    // The sheet splits a leaf of the set into items: score the items, keep the set's maximum.
    n.children = table.children.map((c) => fromTable(c, section, false, allowed));
    n.notApplicable = n.children.every((c) => c.notApplicable);
  } else {
    n.markedNotApplicable = table ? tableMarkedNotApplicable(table) : false;
    n.notApplicable = n.markedNotApplicable && allowed;
  }
  return n;
}

/** code → first table node with that code, in tree order. */
export function indexTable(table: ScoringTable): Map<string, TableNode> {
  const map = new Map<string, TableNode>();
  const walk = (nodes: readonly TableNode[]) => {
    for (const n of nodes) {
      if (!map.has(n.code)) map.set(n.code, n);
      walk(n.children);
    }
  };
  walk(table.fields);
  return map;
}

export function buildScoreTree(table: ScoringTable, options: TreeOptions = {}): ScoreNode[] {
  const set = options.set ?? null;
  if (!set) return table.fields.map((f) => fromTable(f, null, true));
  const index = indexTable(table);
  const out: ScoreNode[] = [];
  for (const field of set.fields) {
    const n = fromSet(field, 0, null, index, options.unitType ?? null, false);
    if (n) out.push(n);
  }
  return out;
}

/** Every node in tree order. */
export function flattenScoreTree(nodes: readonly ScoreNode[]): ScoreNode[] {
  const out: ScoreNode[] = [];
  const walk = (list: readonly ScoreNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}
