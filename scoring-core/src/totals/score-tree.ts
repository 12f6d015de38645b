/**
 * The tree that validation and totals walk: the sheet's table, or — when a reference criteria
 * set is given — the set's tree for the unit type with the sheet's rows attached by code. The
 * set's maxima and rules win over the sheet's; rows the set does not know are left out.
 */
import type { Criterion, CriteriaSet, ScoringRule } from "../criteria-set/schema";
import { appliesTo, isLeaf, maxFor } from "../criteria-set/lookup";
import { parseRuleText } from "../criteria-set/rule-text";
import type { NodeLevel, NumberRead, ScoringTable, Section, TableNode } from "../table/types";
import {
  isNotApplicableText,
  mayMarkNotApplicable,
  ruleTextAllowsNotApplicable,
} from "../numbers/not-applicable";
import { fromUnits, toUnits } from "../numbers/decimal";
import { foldText } from "../grid/fold-text";
import { BoundedMemo } from "../memo/bounded-memo";
import { newArray } from "../table/untracked-array";
import { plainConstructor } from "../table/plain-constructor";

/** Made with `new` (ScoreNodeObject below): a plain object, own data fields only. */
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

/**
 * Every ScoreNode the totals make, made by `new`, not by an object literal, so V8 cannot
 * pretenure them (table/plain-constructor.ts). Plain objects, ScoreNode's own data fields in its
 * order.
 */
const ScoreNodeObject = plainConstructor(function (
  this: ScoreNode,
  code: string,
  title: string,
  level: NodeLevel,
  section: Section,
  row: number | null,
  table: TableNode | null,
  crit: Criterion | null,
  max: number,
  rule: ScoringRule | null,
  surveyScored: boolean,
  notApplicable: boolean,
  markedNotApplicable: boolean,
  cap: number | null,
  children: ScoreNode[],
) {
  this.code = code;
  this.title = title;
  this.level = level;
  this.section = section;
  this.row = row;
  this.table = table;
  this.crit = crit;
  this.max = max;
  this.rule = rule;
  this.surveyScored = surveyScored;
  this.notApplicable = notApplicable;
  this.markedNotApplicable = markedNotApplicable;
  this.cap = cap;
  this.children = children;
});

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
  return surveyTitles.get(title, judgeSurveyTitle);
}
const surveyTitles = new BoundedMemo<string, boolean>(20_000);

/**
 * titleSaysSurvey for the leaves of the tree being built, remembered by the leaf's position: a
 * province's tables fill one template, so leaf k's title is usually the very string leaf k had in
 * the last table, and one comparison replaces a hash lookup. The judgement kept is used only for
 * an equal title, so any title gets the same answer as titleSaysSurvey.
 */
function leafTitleSaysSurvey(title: string): boolean {
  const k = leafOrdinal++;
  // Positions are filled in order from 0 in every build, so the arrays never have holes.
  if (k < titleAt.length && titleAt[k] === title) return surveyAt[k]!;
  const v = titleSaysSurvey(title);
  if (k < POSITIONS) {
    titleAt[k] = title;
    surveyAt[k] = v;
  }
  return v;
}
const POSITIONS = 4096;
const titleAt: string[] = [];
const surveyAt: boolean[] = [];
/** The next leaf's position in the tree being built (reset by buildScoreTree). */
let leafOrdinal = 0;

function judgeSurveyTitle(title: string): boolean {
  const f = foldText(title);
  if (/^(to chuc|thuc hien|trien khai|xay dung)\b/.test(f)) return false;
  return /\bdtxhh\b|(qua|bang|theo|tu)( ket qua)? (dieu tra xa hoi hoc|khao sat)|diem (dieu tra xa hoi hoc|dtxhh)/.test(
    f,
  );
}

/**
 * A node's sheet rule text read as a rule (null: no text, or none parsed). Rule text parsing
 * belongs to criteria-set/rule-text; the rule handed back is frozen and shared (sheetRule).
 */
export function ruleFromText(node: TableNode, max: number): ScoringRule | null {
  const texts = node.ruleText;
  if (texts.length === 0) return null;
  return sheetRule(texts.length === 1 ? texts[0]! : texts.join("\n"), max);
}

/**
 * A sheet's rule text read as a rule, once per distinct (text, maximum): every unit of a province
 * fills the same template, and parseRuleText hands back a fresh copy of its memoised rule (a JSON
 * parse) on every call, once per leaf of every table. The rule kept here is frozen, so the score
 * nodes of different tables can share it and none can change another's.
 */
function sheetRule(text: string, max: number): ScoringRule | null {
  const known = sheetRules.get(text, noRules);
  for (let i = 0; i < known.length; i++) if (known[i]!.max === max) return known[i]!.rule;
  let rule: ScoringRule | null;
  try {
    rule = parseRuleText(text, max);
  } catch {
    rule = null;
  }
  if (rule !== null) deepFreeze(rule);
  // A text seen with many maxima is not a template's (one maximum per row): not kept.
  if (known.length < RULE_MAXIMA) known.push({ max, rule });
  return rule;
}
const sheetRules = new BoundedMemo<string, { max: number; rule: ScoringRule | null }[]>(5_000);
const RULE_MAXIMA = 8;
function noRules(): { max: number; rule: ScoringRule | null }[] {
  return [];
}

function deepFreeze(value: object): void {
  Object.freeze(value);
  for (const v of Object.values(value)) if (typeof v === "object" && v !== null) deepFreeze(v as object);
}

/**
 * Whether the table marks a leaf not applicable: its self-assessment, its declared figure, or an
 * appraisal round after the latest one holding a number. compute-totals.ts sheetLeaf reads the
 * same marks in its one pass over a leaf's cells: a change here must be made there too
 * (test/totals/sheet-leaf-differential.test.ts holds sheetLeaf to this function).
 */
export function tableMarkedNotApplicable(node: TableNode): boolean {
  if (node.self?.parsed.kind === "not-applicable") return true;
  const declared = node.declared;
  if (declared !== null && mayMarkNotApplicable(declared.text) && isNotApplicableText(declared.text))
    return true;
  for (let i = node.appraisals.length - 1; i >= 0; i--) {
    const k = node.appraisals[i]!.parsed.kind;
    if (k === "not-applicable") return true;
    if (k === "number") return false;
  }
  return false;
}

/**
 * A parent's maximum, not-applicable and survey flags from its children (set once they are built).
 * `kidsUnits`: Σ toUnits(child.max) when the caller has worked it out already (the totals walk
 * has, in its frame); NaN (the default): summed here.
 */
export function finishParent(n: ScoreNode, kidsUnits = NaN): void {
  if (n.children.length === 0) return;
  let u = kidsUnits;
  // Indexed loops here and below: they allocate no iterator results, whatever tier runs them.
  const kids = n.children;
  if (u !== u) {
    u = 0;
    for (let i = 0; i < kids.length; i++) u += toUnits(kids[i]!.max);
  }
  const sumMax = fromUnits(u); // numbers/decimal.ts sum(), without the array
  // A bonus/penalty content's own maximum is its cap, not the sum of its items.
  if (n.section === "main" || n.cap === null) n.max = sumMax;
  n.notApplicable = everyNotApplicable(n.children);
  let survey = true;
  for (let i = 0; i < kids.length; i++) if (!kids[i]!.surveyScored) survey = false;
  n.surveyScored = survey;
}

function everyNotApplicable(nodes: readonly ScoreNode[]): boolean {
  for (let i = 0; i < nodes.length; i++) if (!nodes[i]!.notApplicable) return false;
  return true;
}

/** The sheet's rule text for a node allows "Không áp dụng" (no set). */
function ruleAllowsNotApplicable(node: TableNode): boolean {
  const texts = node.ruleText;
  for (let i = 0; i < texts.length; i++)
    if (ruleTextsAllowing.get(texts[i]!, ruleTextAllowsNotApplicable)) return true;
  return false;
}
/**
 * Each distinct rule text judged once (a template's texts repeat in every unit's table; the
 * judgement folds the whole text, every node of every table).
 */
const ruleTextsAllowing = new BoundedMemo<string, boolean>(5_000);

/**
 * A sheet-only node without its children (they are the caller's: fromTable here, or the totals
 * walk, which builds the tree and sums it in one pass). `allowed`: the node may be marked not
 * applicable (an ancestor's set flag or rule text, or its own rule text: sheetAllowsNotApplicable).
 * Leaves' survey judgements are remembered by position, so leaves must come in tree order.
 */
export function sheetScoreNode(
  node: TableNode,
  parentSection: Section | null,
  topLevel: boolean,
  allowed: boolean,
): ScoreNode {
  const section: Section = node.section ?? parentSection ?? "main";
  const leaf = node.children.length === 0;
  // A parent below the top takes its children's sum (finishParent) and has no cap: its own
  // maximum cell is not read (one cell fewer to fetch per parent).
  const sheetMax = leaf || topLevel ? (numberOf(node.max) ?? 0) : 0;
  const rule = leaf ? ruleFromText(node, sheetMax) : null;
  const marked = leaf && tableMarkedNotApplicable(node);
  return new ScoreNodeObject(
    node.code,
    node.title,
    node.level,
    section,
    node.row,
    node,
    null,
    sheetMax,
    rule,
    leaf && leafSurveyScored(node, rule),
    marked && allowed,
    marked,
    sheetCap(topLevel, section, sheetMax),
    NO_CHILDREN,
  );
}

/**
 * A sheet-only node's cap: a top-level bonus or penalty content's own maximum cell (as a
 * magnitude), else none. The totals walk applies the same rule without a score node.
 */
export function sheetCap(topLevel: boolean, section: Section, sheetMax: number): number | null {
  return topLevel && section !== "main" && sheetMax !== 0 ? Math.abs(sheetMax) : null;
}

/**
 * A sheet-only leaf is scored by the survey: its rule says so, or its title (judged by position,
 * so leaves must come in tree order from startScoreTree on, as sheetScoreNode's do).
 */
export function leafSurveyScored(node: TableNode, rule: ScoringRule | null): boolean {
  return rule?.kind === "survey" || leafTitleSaysSurvey(node.title);
}

/** A sheet-only node may be marked not applicable: an ancestor allows it (`allowNA`) or its rule text does. */
export function sheetAllowsNotApplicable(node: TableNode, allowNA: boolean): boolean {
  return allowNA || ruleAllowsNotApplicable(node);
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
  const allowed = sheetAllowsNotApplicable(node, allowNA);
  const n = sheetScoreNode(node, parentSection, topLevel, allowed);
  const kids = node.children;
  if (kids.length > 0) {
    const out = new Array<ScoreNode>(kids.length);
    for (let i = 0; i < kids.length; i++) out[i] = fromTable(kids[i]!, n.section, false, allowed);
    n.children = out;
    finishParent(n);
  }
  return n;
}

/**
 * A score node to fill in place (validation's view of a sheet-only leaf from SheetSums' facts):
 * the shape of every ScoreNode, so the checks that read it see one kind of object.
 */
export function scratchScoreNode(): ScoreNode {
  return new ScoreNodeObject(
    "",
    "",
    "item",
    "main",
    null,
    null,
    null,
    0.5,
    null,
    false,
    false,
    false,
    null,
    NO_CHILDREN,
  );
}

/** The children of every sheet-only leaf: one frozen empty list (a push would throw, not leak). */
const NO_CHILDREN = Object.freeze([]) as unknown as ScoreNode[];

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
  index: CodeIndex,
  unitType: string | null,
  allowNA: boolean,
): ScoreNode | null {
  if (!appliesTo(crit, unitType)) return null;
  const allowed = allowNA || Boolean(crit.mayBeNotApplicable);
  const table = index.find(crit.code);
  const section = sectionOf(crit, table, parentSection);
  const max = maxFor(crit, unitType);
  const rule = crit.rule ?? null;
  const n: ScoreNode = new ScoreNodeObject(
    crit.code,
    crit.title,
    table?.level ?? LEVELS[Math.min(depth, LEVELS.length - 1)]!,
    section,
    table?.row ?? null,
    table,
    crit,
    max,
    rule,
    Boolean(crit.surveyScored) || rule?.kind === "survey",
    false,
    false,
    crit.cap !== undefined
      ? Math.abs(crit.cap)
      : depth === 0 && section !== "main" && max !== 0
        ? Math.abs(max)
        : null,
    newArray<ScoreNode>(),
  );
  if (!isLeaf(crit)) {
    const kids = crit.children!;
    for (let i = 0; i < kids.length; i++) {
      const c = fromSet(kids[i]!, depth + 1, section, index, unitType, allowed);
      if (c) n.children.push(c);
    }
    finishParent(n);
  } else if (table && table.children.length > 0) {
    // The sheet splits a leaf of the set into items: score the items, keep the set's maximum.
    const kids = table.children;
    const out = new Array<ScoreNode>(kids.length);
    for (let i = 0; i < kids.length; i++) out[i] = fromTable(kids[i]!, section, false, allowed);
    n.children = out;
    n.notApplicable = everyNotApplicable(n.children);
  } else {
    n.markedNotApplicable = table ? tableMarkedNotApplicable(table) : false;
    n.notApplicable = n.markedNotApplicable && allowed;
  }
  return n;
}

/** code → first table node with that code, in tree order. */
export function indexTable(table: ScoringTable): Map<string, TableNode> {
  const map = new Map<string, TableNode>();
  const nodes = flatten(table, []);
  for (let i = 0; i < nodes.length; i++) if (!map.has(nodes[i]!.code)) map.set(nodes[i]!.code, nodes[i]!);
  return map;
}

/** The table's nodes in tree order, into `out` (emptied first). */
function flatten(table: ScoringTable, out: TableNode[]): TableNode[] {
  out.length = 0;
  const add = (nodes: readonly TableNode[]): void => {
    for (let i = 0; i < nodes.length; i++) {
      out.push(nodes[i]!);
      if (nodes[i]!.children.length > 0) add(nodes[i]!.children);
    }
  };
  add(table.fields);
  return out;
}

/**
 * The set's criteria → the first table node with each one's code, in tree order, as fromSet asks
 * for them (always in the same order for a set and unit type). A province's tables fill one
 * template, so the answers for a table whose codes, node by node, are the last table's are the
 * last table's positions: kept per set and unit type (`asked`: the codes asked, in order; `at`:
 * the position answered, -1 for none) and replayed without hashing a code. Any other table, or a
 * question out of turn, is answered from a Map built once for the table, and remembered anew.
 */
class CodeIndex {
  private nodes: TableNode[] = [];
  private map: Map<string, number> | null = null;
  private k = 0;
  /** The memo replays (the table's codes are the remembered ones) until a question differs. */
  private replaying = false;
  private set: CriteriaSet | null = null;
  private unitType: string | null = null;
  private codes: string[] = [];
  private asked: string[] = [];
  private at: number[] = [];

  start(table: ScoringTable, set: CriteriaSet, unitType: string | null): void {
    const nodes = flatten(table, this.nodes);
    this.map = null;
    this.k = 0;
    let same = set === this.set && unitType === this.unitType && nodes.length === this.codes.length;
    for (let i = 0; same && i < nodes.length; i++) if (nodes[i]!.code !== this.codes[i]) same = false;
    this.replaying = same;
    if (same) return;
    this.set = set;
    this.unitType = unitType;
    this.codes.length = this.asked.length = this.at.length = 0;
    for (let i = 0; i < nodes.length; i++) this.codes.push(nodes[i]!.code);
  }

  find(code: string): TableNode | null {
    const k = this.k++;
    if (this.replaying) {
      if (k < this.asked.length && this.asked[k] === code) {
        const p = this.at[k]!;
        return p < 0 ? null : this.nodes[p]!;
      }
      // Out of turn (the set changed in place?): answer from the Map and remember from here on.
      this.replaying = false;
      this.asked.length = this.at.length = k;
    }
    if (this.map === null) {
      const map = new Map<string, number>();
      for (let i = 0; i < this.nodes.length; i++)
        if (!map.has(this.nodes[i]!.code)) map.set(this.nodes[i]!.code, i);
      this.map = map;
    }
    const p = this.map.get(code) ?? -1;
    this.asked.push(code);
    this.at.push(p);
    return p < 0 ? null : this.nodes[p]!;
  }

  /** Lets go of the table (the memo keeps codes and positions only). */
  finish(): void {
    this.nodes.length = 0;
    this.map = null;
  }
}
const codeIndex = new CodeIndex();

/** Starts a tree: leaves' survey judgements are remembered by position from the first leaf on. */
export function startScoreTree(): void {
  leafOrdinal = 0;
}

export function buildScoreTree(table: ScoringTable, options: TreeOptions = {}): ScoreNode[] {
  const set = options.set ?? null;
  startScoreTree();
  if (!set) {
    const out = new Array<ScoreNode>(table.fields.length);
    for (let i = 0; i < out.length; i++) out[i] = fromTable(table.fields[i]!, null, true);
    return out;
  }
  const unitType = options.unitType ?? null;
  codeIndex.start(table, set, unitType);
  const out: ScoreNode[] = [];
  for (const field of set.fields) {
    const n = fromSet(field, 0, null, codeIndex, unitType, false);
    if (n) out.push(n);
  }
  codeIndex.finish();
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
