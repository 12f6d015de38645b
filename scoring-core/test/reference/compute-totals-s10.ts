// The sheet-only totals as they stood at the start of session 11 (cd05e03: sheetLeaf calling numberOf,
// ruleFromText, tableMarkedNotApplicable, leafSurveyScored, plainLeaf and leafInto one after the
// other), kept as the path test/totals/sheet-leaf-differential.test.ts holds the one-pass leaf to.
/**
 * Totals per node and overall. Every sum runs on integer micro-units (numbers/decimal.ts), so
 * 0,1 + 0,2 is 0,3; nothing is rounded here (rounding is for display).
 */
import type { CriteriaSet } from "../../src/criteria-set/schema";
import type { NodeTotals, TableTotals } from "../../src/reports/schemas";
import type { ScoringTable } from "../../src/table/types";
import { fromUnits, ROUND_TRIP_UNITS, toUnits } from "../../src/numbers/decimal";
import { clampTotal } from "../../src/ranking/classify";
import {
  hasNotApplicablePolicy,
  notApplicableTotals,
  type HookAcc,
} from "../../src/criteria-set/not-applicable";
import { countOf, perCountPoints } from "../../src/criteria-set/rule-eval";
import {
  buildScoreTree,
  leafSurveyScored,
  numberOf,
  ruleFromText,
  sheetAllowsNotApplicable,
  sheetCap,
  startScoreTree,
  tableMarkedNotApplicable,
  type ScoreNode,
} from "../../src/totals/score-tree";
import type { ScoringRule } from "../../src/criteria-set/schema";
import type { NodeLevel, NumberRead, Section, TableNode } from "../../src/table/types";
import { plainConstructor } from "../../src/table/plain-constructor";
import { grown } from "../../src/memo/grown-array";

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

/**
 * Per node sums, in micro-units, kept in one Float64Array as a stack of frames (one per tree
 * depth: a node writes its frame, its parent adds it into its own): no object per node. Integer
 * micro-units stay exact far beyond any real total.
 */
const MAX = 0;
const APPLICABLE_MAX = 1;
const SELF_MAX = 2;
const SURVEY_MAX = 3;
const SELF = 4;
const APPRAISED = 5;
const SURVEY = 6;
/** Bonus and penalty magnitudes after caps (positive). */
const BONUS = 7;
const PENALTY = 8;
/** 1 when some leaf under the node has an appraisal holding a number. */
const HAS_APPRAISAL = 9;
const FRAME = 10;

/** What computeDetailed's walk carries besides the frames (one computation at a time: the core is synchronous). */
interface Walk {
  frames: Float64Array;
  survey: SurveyInput | null;
  caps: CapEvent[];
  nodes: NodeTotals[];
  /** Rows reserved in `nodes` so far (its length may be more until the walk ends). */
  used: number;
  /** The latest appraisal round holding any number. */
  round: number;
  /** Scored main leaves resting on an appraisal, and on the self-assessment alone. */
  appraisedLeaves: number;
  selfLeaves: number;
  /** Where the last node visitSheet finished keeps its SheetSums (-1: a leaf). */
  sumStart: number;
  /**
   * Some parent's frame MAX went beyond ROUND_TRIP_UNITS. A frame's MAX is Σ toUnits(child.max),
   * the sum finishParent would make, as long as toUnits(fromUnits(u)) === u (within the bound);
   * past it (a 10¹⁵ typo) toUnits clamps, so every later parent of the table sums for itself.
   */
  bigMax: boolean;
  /** Sheet-only walk: the top-level node (index in table.fields) of each cap event, in order. */
  capFields: number[];
}

let sharedFrames = new Float64Array(8 * FRAME);

/**
 * The sheet's own column sums under every parent, for validation's subtotal checks (the layout of
 * validation/validate-table.ts fillSums: per parent, from its start, the sum of its leaves' self
 * scores, then of each appraisal round it has, then its children's maxima, NaN when one is
 * unknown; a leaf's start is -1), worked out by the sheet-only walk as it reads the same cells,
 * so validation need not walk the table for them again. Shared scratch (one computation at a
 * time: the core is synchronous), valid for the latest sheet-only computation alone: `sumsOf`
 * hands it out only for that one's table and rows.
 */
export interface SheetSums {
  sums: Float64Array;
  /** Per table node in tree order. */
  starts: Int32Array;
  /** The top-level nodes' starts, by their index in table.fields. */
  fields: number[];
  /**
   * What the score tree would say of each leaf, per table node in tree order (parents' entries
   * are not validation's: see below), so validation needs no score node: its maximum (the
   * sheet's, 0 when blank), its rule (from the rule text), and LEAF_* flags with its section.
   */
  max: Float64Array;
  flags: Int32Array;
  rules: (ScoringRule | null)[];
}
/** SheetSums.flags bits: scored by the survey; counted not applicable; marked so (allowed or not). */
export const LEAF_SURVEY = 1;
export const LEAF_NOT_APPLICABLE = 2;
export const LEAF_MARKED = 4;
/** SheetSums.flags: the section, in these bits (neither: main). */
export const LEAF_BONUS = 8;
export const LEAF_PENALTY = 16;
/**
 * SheetSums.flags: a plain leaf (plainLeaf: validation's cell and leaf checks find nothing in
 * it), and its self-assessment is above 0 (the evidence must then be given).
 */
export const LEAF_PLAIN = 32;
export const LEAF_SCORED = 64;
const sheetSums: SheetSums = {
  sums: new Float64Array(1024),
  starts: new Int32Array(512),
  fields: [],
  max: new Float64Array(512),
  flags: new Int32Array(512),
  rules: [],
};
/**
 * Per table node in tree order (sheet-only walk): the slot after its subtree, for a parent
 * (read back only past ROUND_TRIP_UNITS, to sum its children's maxima one by one).
 */
let subtreeEnd = new Int32Array(512);
let sumsUsed = 0;
let sumsTable: ScoringTable | null = null;
let sumsNodes: NodeTotals[] | null = null;

/** The sheet's column sums computeDetailed worked out for `table`, if `detailed` is the latest sheet-only computation. */
export function sheetSumsOf(table: ScoringTable, detailed: DetailedTotals): SheetSums | null {
  return sumsTable === table && sumsNodes === detailed.nodes ? sheetSums : null;
}

/** A score cell's number in micro-units, blank (or not a number) as 0. */
function cellUnits(r: NumberRead | null): number {
  if (r == null) return 0;
  const p = r.parsed;
  return p.kind === "number" ? toUnits(p.value) : 0;
}

export interface DetailedTotals extends TotalsResult {
  tree: ScoreNode[];
  caps: CapEvent[];
}

function clamp(u: number, lo: number, hi: number): number {
  return u < lo ? lo : u > hi ? hi : u;
}

/**
 * A leaf's sums; also counts its appraisal round and basis into the walk. With `slot` < 0 they
 * are written into frame `p`, the leaf's own (a cap may still apply, then its row is written);
 * with `slot` ≥ 0 they are added into frame `p`, its parent's, and the leaf's report row is
 * written to that slot from the same values (a leaf without a cap: its sums are final).
 */
function leafInto(
  head: RowHead,
  t: TableNode | null,
  nMax: number,
  section: Section,
  notApplicable: boolean,
  surveyScored: boolean,
  rule: ScoringRule | null,
  w: Walk,
  p: number,
  slot: number,
  start: number,
  cols: number,
): void {
  const max = toUnits(nMax);
  const applicableMax = notApplicable ? 0 : max;
  let self = 0;
  let appraised = 0;
  let survey = 0;
  let hasAppraisal = 0;
  /** The self-assessment cell in micro-units, blank as 0, unclamped (NaN: not read yet). */
  let rawSelf = NaN;
  // The latest round holding any number, and which rounds a scored main item rests on.
  let latest: NumberRead | null = null;
  let latestUnits = 0;
  let latestRound = 0;
  if (t) {
    // One pass: the latest round holding a number, and (on the sheet-only walk: `cols` > 0) each
    // round the parent sums, blank as 0, into its SheetSums.
    const rounds = t.appraisals;
    const summed = Math.min(cols - 1, rounds.length);
    for (let k = 0; k < rounds.length; k++) {
      const p = rounds[k]!.parsed;
      if (p.kind !== "number") continue;
      latest = rounds[k]!;
      latestRound = k + 1;
      latestUnits = toUnits(p.value);
      if (k < summed) sheetSums.sums[start + 1 + k] += latestUnits;
    }
    if (latestRound > w.round) w.round = latestRound;
    if (section === "main" && !notApplicable && !surveyScored) {
      if (latest) w.appraisedLeaves++;
      else w.selfLeaves++;
    }
  }
  if (notApplicable) {
    // nothing scored
  } else if (surveyScored) {
    const pts = w.survey?.byCriterion?.[head.code];
    if (pts !== undefined && Number.isFinite(pts)) survey = toUnits(pts);
  } else if (t) {
    const sheetSelf = numberOf(t.self);
    rawSelf = sheetSelf === null ? 0 : toUnits(sheetSelf);
    // A score outside 0..max (max..0 for a penalty) counts as the nearest bound: validation reports
    // it as an error, and one typo must not give an index of 175 % or rank a unit first.
    const lo = max < 0 ? max : 0;
    const hi = max > 0 ? max : 0;
    // A per-count rule computes the points from the count the table gives ("3" late documents).
    const counted = rule?.kind === "per-count" ? countOf(t.declared?.raw ?? null) : null;
    if (counted !== null && rule?.kind === "per-count")
      self = clamp(toUnits(perCountPoints(rule, nMax, counted)), lo, hi);
    else self = sheetSelf === null ? 0 : clamp(rawSelf, lo, hi);
    hasAppraisal = latest !== null ? 1 : 0;
    appraised = latest ? clamp(latestUnits, lo, hi) : self;
  }
  const bonus = section === "bonus" ? Math.max(0, appraised) : 0;
  const penalty = section === "penalty" ? Math.abs(appraised) : 0;
  const fr = w.frames;
  const selfMax = surveyScored ? 0 : max;
  const surveyMax = surveyScored ? max : 0;
  if (slot < 0) {
    // Its own frame: the values as they are (a sum would turn a −0 into 0).
    fr[p + MAX] = max;
    fr[p + APPLICABLE_MAX] = applicableMax;
    fr[p + SELF_MAX] = selfMax;
    fr[p + SURVEY_MAX] = surveyMax;
    fr[p + SELF] = self;
    fr[p + APPRAISED] = appraised;
    fr[p + SURVEY] = survey;
    fr[p + BONUS] = bonus;
    fr[p + PENALTY] = penalty;
    fr[p + HAS_APPRAISAL] = hasAppraisal;
    return;
  }
  fr[p + MAX] += max;
  fr[p + APPLICABLE_MAX] += applicableMax;
  fr[p + SELF_MAX] += selfMax;
  fr[p + SURVEY_MAX] += surveyMax;
  fr[p + SELF] += self;
  fr[p + APPRAISED] += appraised;
  fr[p + SURVEY] += survey;
  fr[p + BONUS] += bonus;
  fr[p + PENALTY] += penalty;
  if (hasAppraisal === 1) fr[p + HAS_APPRAISAL] = 1;
  // The parent's SheetSums, from the cells read above: the leaf's maximum (NaN when its cell
  // holds no number; else n.max is that number) and its self-assessment, blank as 0 (its
  // rounds were added above).
  const sums = sheetSums.sums;
  const tm = t!.max;
  sums[start + cols] += tm != null && tm.parsed.kind === "number" ? max : NaN;
  sums[start] += rawSelf === rawSelf ? rawSelf : cellUnits(t!.self);
  w.nodes[slot] = nodeRow(
    head,
    section,
    notApplicable,
    surveyScored,
    max,
    applicableMax,
    self,
    appraised,
    survey,
    bonus - penalty,
    hasAppraisal === 1,
  );
}

/**
 * Adds child frame `c` into frame `f` (every sum, and whether any appraisal holds a number).
 * Written out: the loop over nine slots was the walk's busiest line.
 */
function addFrame(fr: Float64Array, f: number, c: number): void {
  fr[f + MAX] += fr[c + MAX]!;
  fr[f + APPLICABLE_MAX] += fr[c + APPLICABLE_MAX]!;
  fr[f + SELF_MAX] += fr[c + SELF_MAX]!;
  fr[f + SURVEY_MAX] += fr[c + SURVEY_MAX]!;
  fr[f + SELF] += fr[c + SELF]!;
  fr[f + APPRAISED] += fr[c + APPRAISED]!;
  fr[f + SURVEY] += fr[c + SURVEY]!;
  fr[f + BONUS] += fr[c + BONUS]!;
  fr[f + PENALTY] += fr[c + PENALTY]!;
  if (fr[c + HAS_APPRAISAL] === 1) fr[f + HAS_APPRAISAL] = 1;
}

/** Zeroes frame `f`, slot by slot (TypedArray fill is a builtin call; this is a parent's every visit). */
function clearFrame(fr: Float64Array, f: number): void {
  fr[f + MAX] = 0;
  fr[f + APPLICABLE_MAX] = 0;
  fr[f + SELF_MAX] = 0;
  fr[f + SURVEY_MAX] = 0;
  fr[f + SELF] = 0;
  fr[f + APPRAISED] = 0;
  fr[f + SURVEY] = 0;
  fr[f + BONUS] = 0;
  fr[f + PENALTY] = 0;
  fr[f + HAS_APPRAISAL] = 0;
}

/** Some child is not applicable (only then can an N/A policy apply: the hook decides). */
function anyNotApplicable(kids: readonly ScoreNode[]): boolean {
  for (let i = 0; i < kids.length; i++) if (kids[i]!.notApplicable) return true;
  return false;
}

/** The sums of frame `f` as the N/A policy hook reads them. */
function hookAcc(fr: Float64Array, f: number): HookAcc {
  return {
    max: fr[f + MAX]!,
    applicableMax: fr[f + APPLICABLE_MAX]!,
    self: fr[f + SELF]!,
    appraised: fr[f + APPRAISED]!,
  };
}

/** Visits a node (tree order: its output row comes before its children's) into frame depth `d`. */
function visit(n: ScoreNode, w: Walk, d: number): void {
  const slot = reserve(w, d);
  const f = d * FRAME;
  const kids = n.children;
  if (kids.length === 0)
    leafInto(n, n.table, n.max, n.section, n.notApplicable, n.surveyScored, n.rule, w, f, -1, -1, 0);
  else {
    let fr = w.frames;
    clearFrame(fr, f);
    // The children's sums are kept only when an N/A policy needs them (rarely).
    const accs: HookAcc[] | null = anyNotApplicable(kids) && hasNotApplicablePolicy(kids) ? [] : null;
    const c = f + FRAME;
    for (let i = 0; i < kids.length; i++) {
      visit(kids[i]!, w, d + 1);
      fr = w.frames;
      if (accs !== null) accs.push(hookAcc(fr, c));
      addFrame(fr, f, c);
    }
    if (n.section !== "main") fr[f + MAX] = fr[f + APPLICABLE_MAX] = toUnits(n.max);
    // The set's N/A policies (criteria-set/not-applicable.ts); null: plain sums stand.
    else if (accs !== null) {
      const policy = notApplicableTotals(kids, accs);
      if (policy !== null) {
        fr[f + APPLICABLE_MAX] = policy.applicableMax;
        fr[f + SELF] = policy.self;
        fr[f + APPRAISED] = policy.appraised;
      }
    }
  }
  // Called directly, not through a helper taking the node: one inlining level fewer for TurboFan
  // (nodeRow and the row's constructor stay inlined).
  capAndWriteRow(n, n, n.section, n.cap, n.notApplicable, n.surveyScored, w, f, slot);
}

/**
 * Applies a bonus/penalty content's cap to frame `f` (noting the event) and writes the node's
 * report row into its reserved slot, from the node's facts (`head`: its code, title, level and
 * row). `event`: the score node a cap event names; null on the sheet-only walk, which has none
 * (computeDetailed fills them in from the tree).
 */
function capAndWriteRow(
  head: RowHead,
  event: ScoreNode | null,
  section: Section,
  nodeCap: number | null,
  notApplicable: boolean,
  surveyScored: boolean,
  w: Walk,
  f: number,
  slot: number,
): void {
  const fr = w.frames;
  if (nodeCap !== null) {
    const cap = toUnits(nodeCap);
    if (section === "bonus" && fr[f + BONUS]! > cap) {
      w.caps.push({ node: event!, kind: "bonus", value: fromUnits(fr[f + BONUS]!), cap: nodeCap });
      fr[f + BONUS] = cap;
    }
    if (section === "penalty" && fr[f + PENALTY]! > cap) {
      w.caps.push({ node: event!, kind: "penalty", value: fromUnits(fr[f + PENALTY]!), cap: nodeCap });
      fr[f + PENALTY] = cap;
    }
  }
  w.nodes[slot] = nodeRow(
    head,
    section,
    notApplicable,
    surveyScored,
    fr[f + MAX]!,
    fr[f + APPLICABLE_MAX]!,
    fr[f + SELF]!,
    fr[f + APPRAISED]!,
    fr[f + SURVEY]!,
    fr[f + BONUS]! - fr[f + PENALTY]!,
    fr[f + HAS_APPRAISAL] === 1,
  );
}

/** What a report row copies from its node: a score node's, or (sheet-only walk) the table node's own. */
interface RowHead {
  code: string;
  title: string;
  level: NodeLevel;
  row: number | null;
}

/** A node's report row from its sums in micro-units (`net`: bonus − penalty, for those sections). */
function nodeRow(
  n: RowHead,
  section: Section,
  notApplicable: boolean,
  surveyScored: boolean,
  max: number,
  applicableMax: number,
  self: number,
  appraised: number,
  survey: number,
  net: number,
  hasAppraisal: boolean,
): NodeTotals {
  return new NodeRow(
    n.code,
    n.title,
    n.level,
    section,
    n.row,
    fromUnits(max),
    fromUnits(applicableMax),
    fromUnits(self),
    fromUnits(appraised),
    fromUnits(survey),
    section === "main" ? fromUnits(appraised + survey) : fromUnits(net),
    notApplicable,
    surveyScored,
    hasAppraisal,
  );
}

/**
 * Every report row computeDetailed writes, made by `new`, not by an object literal, so V8 cannot
 * pretenure them (table/plain-constructor.ts). Plain objects (report rows cross google.script.run
 * and postMessage), NodeTotals' own data fields in the schema's order (JSON is byte-identical).
 */
const NodeRow = plainConstructor(function (
  this: NodeTotals,
  code: string,
  title: string,
  level: NodeTotals["level"],
  section: NodeTotals["section"],
  row: number | null,
  max: number,
  applicableMax: number,
  self: number,
  appraised: number,
  survey: number,
  final: number,
  notApplicable: boolean,
  surveyScored: boolean,
  hasAppraisal: boolean,
) {
  this.code = code;
  this.title = title;
  this.level = level;
  this.section = section;
  this.row = row;
  this.max = max;
  this.applicableMax = applicableMax;
  this.self = self;
  this.appraised = appraised;
  this.survey = survey;
  this.final = final;
  this.notApplicable = notApplicable;
  this.surveyScored = surveyScored;
  this.hasAppraisal = hasAppraisal;
});

/** Reserves the next report row (parents come before their children) and frame depth `d`'s room. */
function reserve(w: Walk, d: number): number {
  const slot = w.used++;
  w.nodes.push(null as unknown as NodeTotals);
  if (slot >= sheetSums.starts.length) sheetSums.starts = grown(sheetSums.starts, slot + 1);
  if (slot >= sheetSums.max.length) {
    sheetSums.max = grown(sheetSums.max, slot + 1);
    sheetSums.flags = grown(sheetSums.flags, slot + 1);
    subtreeEnd = grown(subtreeEnd, slot + 1);
  }
  // Slots come one by one from 0: the rules' list grows without holes.
  if (slot >= sheetSums.rules.length) sheetSums.rules.push(null);
  if ((d + 2) * FRAME > w.frames.length) {
    const bigger = new Float64Array(w.frames.length * 2);
    bigger.set(w.frames);
    w.frames = sharedFrames = bigger;
  }
  return slot;
}

/** Adds a parent child's SheetSums (at `cs`) into its parent's (at `start`, `cols` columns). */
function addSums(kid: TableNode, cs: number, start: number, cols: number): void {
  const sums = sheetSums.sums; // read after the child's visit: it may have grown the array
  const cn = Math.min(cols, kid.appraisals.length + 1);
  for (let r = 0; r < cn; r++) sums[start + r] += sums[cs + r]!;
  const own = kid.max;
  // Its own maximum cell, else its children's.
  sums[start + cols] +=
    own != null && own.parsed.kind === "number"
      ? toUnits(own.parsed.value)
      : sums[cs + kid.appraisals.length + 1]!;
}

/** What a sheet-only node tells its parent (visitSheet, sheetLeaf): it is not applicable; scored by the survey. */
const NOT_APPLICABLE_BIT = 1;
const SURVEY_BIT = 2;

/**
 * A sheet-only leaf: what its score node would hold (sheetScoreNode: maximum, rule, marks,
 * survey), kept in SheetSums' per-node facts at `slot` for validation, then summed (leafInto,
 * same `p`/`slot`/`start`/`cols`). Leaves in tree order (the survey judgement is remembered by
 * position). Returns its NOT_APPLICABLE_BIT | SURVEY_BIT.
 */
function sheetLeaf(
  t: TableNode,
  section: Section,
  allowed: boolean,
  w: Walk,
  p: number,
  slot: number,
  start: number,
  cols: number,
): number {
  const sheetMax = numberOf(t.max) ?? 0;
  const rule = ruleFromText(t, sheetMax);
  const marked = tableMarkedNotApplicable(t);
  const survey = leafSurveyScored(t, rule);
  const notApplicable = marked && allowed;
  const at = w.used - 1; // the leaf's own slot (reserved by the caller)
  sheetSums.max[at] = sheetMax;
  sheetSums.flags[at] =
    (survey ? LEAF_SURVEY : 0) |
    (notApplicable ? LEAF_NOT_APPLICABLE : 0) |
    (marked ? LEAF_MARKED : 0) |
    (section === "bonus" ? LEAF_BONUS : section === "penalty" ? LEAF_PENALTY : 0) |
    (rule === null && !survey && !marked && section !== "penalty" ? plainLeaf(t, sheetMax) : 0);
  sheetSums.rules[at] = rule; // room made by reserve
  leafInto(t, t, sheetMax, section, notApplicable, survey, rule, w, p, slot, start, cols);
  return (notApplicable ? NOT_APPLICABLE_BIT : 0) | (survey ? SURVEY_BIT : 0);
}

/**
 * LEAF_PLAIN (| LEAF_SCORED when its self-assessment is above 0) for a sheet-only leaf in the
 * main or bonus section, without rule, survey or N/A mark, whose cells validation has nothing to
 * say about: no declared figure; its maximum, a number (`max`); its self-assessment, a number
 * from 0 to `max`; each appraisal round a number from 0 to `max` or blank without a formula.
 * Else 0. Validation (validate-table.ts walkSheet) then runs only the evidence checks on it.
 */
export function plainLeaf(t: TableNode, max: number): number {
  if (t.declared !== null) return 0;
  const m = t.max;
  if (m === null || m.parsed.kind !== "number") return 0;
  const s = t.self;
  if (s === null) return 0;
  const sp = s.parsed;
  if (sp.kind !== "number" || !(sp.value >= 0 && sp.value <= max)) return 0;
  const rounds = t.appraisals;
  for (let k = 0; k < rounds.length; k++) {
    const r = rounds[k]!;
    const p = r.parsed;
    if (p.kind === "number") {
      if (!(p.value >= 0 && p.value <= max)) return 0;
    } else if (p.kind !== "blank" || r.formula !== null) return 0;
  }
  return sp.value > 0 ? LEAF_PLAIN | LEAF_SCORED : LEAF_PLAIN;
}

/**
 * A sheet-only node (no reference set), summed into its report row in one walk over the table,
 * without a score node: what validation needs of the leaves goes to SheetSums' facts, and the
 * tree, when someone asks for it, is built from the table (buildScoreTree: the same nodes). Same
 * order as buildScoreTree + visit: parents' rows first, leaves' survey judgements in tree order.
 * Sheet-only nodes have no set, so no N/A policy applies under them. `field`: the top-level
 * node's index (a cap event names it). Returns its NOT_APPLICABLE_BIT | SURVEY_BIT.
 */
function visitSheet(
  node: TableNode,
  parentSection: Section | null,
  topLevel: boolean,
  allowNA: boolean,
  w: Walk,
  d: number,
  field: number,
): number {
  const allowed = sheetAllowsNotApplicable(node, allowNA);
  const section: Section = node.section ?? parentSection ?? "main";
  const slot = reserve(w, d);
  const f = d * FRAME;
  const kids = node.children;
  let bits: number;
  /** A bonus/penalty content's cap: the most points it can contribute (sheetScoreNode). */
  let cap: number | null;
  if (kids.length === 0) {
    bits = sheetLeaf(node, section, allowed, w, f, -1, -1, 0);
    sheetSums.starts[slot] = w.sumStart = -1;
    const sheetMax = sheetSums.max[slot]!;
    cap = sheetCap(topLevel, section, sheetMax);
  } else {
    // A parent below the top takes its children's sum and has no cap: its own maximum cell is
    // not read (sheetScoreNode).
    const sheetMax = topLevel ? (numberOf(node.max) ?? 0) : 0;
    clearFrame(w.frames, f);
    const c = f + FRAME;
    // The sheet's own sums for validation (SheetSums), from the cells this visit reads anyway.
    const cols = node.appraisals.length + 1;
    const start = sumsUsed;
    sumsUsed += cols + 1;
    if (sumsUsed > sheetSums.sums.length) sheetSums.sums = grown(sheetSums.sums, sumsUsed);
    const sums = sheetSums.sums;
    for (let k = 0; k <= cols; k++) sums[start + k] = 0;
    // Every child is not applicable / scored by the survey (finishParent).
    let every = NOT_APPLICABLE_BIT | SURVEY_BIT;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      if (kid.children.length === 0) {
        // A leaf below the top has no cap: its sums go straight into this frame, with its row.
        const kidSlot = reserve(w, d + 1);
        sheetSums.starts[kidSlot] = -1;
        every &= sheetLeaf(kid, section, sheetAllowsNotApplicable(kid, allowed), w, f, kidSlot, start, cols);
      } else {
        every &= visitSheet(kid, section, false, allowed, w, d + 1, field);
        if (!(Math.abs(w.frames[c + MAX]!) <= ROUND_TRIP_UNITS)) w.bigMax = true;
        addFrame(w.frames, f, c);
        addSums(kid, w.sumStart, start, cols);
      }
    }
    sheetSums.starts[slot] = w.sumStart = start;
    subtreeEnd[slot] = w.used;
    bits = every;
    // finishParent: the children's maxima summed (the frame's MAX within ROUND_TRIP_UNITS: see
    // Walk.bigMax); a bonus/penalty content's own maximum is its cap.
    cap = sheetCap(topLevel, section, sheetMax);
    const max =
      section === "main" || cap === null
        ? fromUnits(w.bigMax ? kidsMaxUnits(kids, slot) : w.frames[f + MAX]!)
        : sheetMax;
    sheetSums.max[slot] = max;
    if (section !== "main") {
      const fr = w.frames;
      fr[f + MAX] = fr[f + APPLICABLE_MAX] = toUnits(max);
    }
  }
  const before = w.caps.length;
  capAndWriteRow(
    node,
    null,
    section,
    cap,
    (bits & NOT_APPLICABLE_BIT) !== 0,
    (bits & SURVEY_BIT) !== 0,
    w,
    f,
    slot,
  );
  for (let k = before; k < w.caps.length; k++) w.capFields.push(field);
  return bits;
}

/** Σ toUnits(child's maximum) over a parent's children (at slot + 1 on), as finishParent sums them. */
function kidsMaxUnits(kids: readonly TableNode[], slot: number): number {
  let u = 0;
  let at = slot + 1;
  for (let i = 0; i < kids.length; i++) {
    u += toUnits(sheetSums.max[at]!);
    at = kids[i]!.children.length === 0 ? at + 1 : subtreeEnd[at]!;
  }
  return u;
}

/** The whole computation, with the tree and the caps applied (validation reports those). */
export function computeDetailed(table: ScoringTable, options: TotalsOptions = {}): DetailedTotals {
  const set = options.set ?? null;
  // Without a set the score tree mirrors the table: the table is summed in one walk (visitSheet)
  // and the tree is built only when asked for (SheetTotals).
  const tree = set === null ? null : buildScoreTree(table, options);
  if (set === null) startScoreTree();
  const survey = options.survey ?? null;
  const w: Walk = {
    frames: sharedFrames,
    survey,
    caps: [],
    nodes: [],
    used: 0,
    round: 0,
    appraisedLeaves: 0,
    selfLeaves: 0,
    sumStart: -1,
    bigMax: false,
    capFields: [],
  };
  if (set === null) {
    sumsUsed = 0;
    sheetSums.fields.length = 0;
  }
  // Until this sheet-only walk is done, no computation's sums are valid.
  sumsTable = sumsNodes = null;
  const caps = w.caps;
  const nodes = w.nodes;
  let max = 0;
  let applicableMax = 0;
  let selfMax = 0;
  let surveyMax = 0;
  let self = 0;
  let appraised = 0;
  let surveyPts = 0;
  let bonus = 0;
  let penalty = 0;
  const count = tree === null ? table.fields.length : tree.length;
  for (let i = 0; i < count; i++) {
    let section: Section;
    if (tree === null) {
      const field = table.fields[i]!;
      visitSheet(field, null, true, false, w, 0, i);
      sheetSums.fields.push(w.sumStart);
      section = field.section ?? "main";
    } else {
      visit(tree[i]!, w, 0);
      section = tree[i]!.section;
    }
    const a = w.frames;
    bonus += a[BONUS]!;
    penalty += a[PENALTY]!;
    if (section !== "main") continue;
    max += a[MAX]!;
    applicableMax += a[APPLICABLE_MAX]!;
    selfMax += a[SELF_MAX]!;
    surveyMax += a[SURVEY_MAX]!;
    self += a[SELF]!;
    appraised += a[APPRAISED]!;
    surveyPts += a[SURVEY]!;
  }
  if (survey?.total !== undefined && Number.isFinite(survey.total)) surveyPts = toUnits(survey.total);
  if (surveyMax === 0 && survey?.max !== undefined && Number.isFinite(survey.max) && survey.max > 0) {
    const m = toUnits(survey.max);
    surveyMax = m;
    max += m;
    applicableMax += m;
  }
  // A set may declare the range the total is held in (e.g. bonus cannot lift it above 100).
  const range = set?.classification.totalRange;
  const final = range
    ? toUnits(clampTotal(fromUnits(appraised + surveyPts + bonus - penalty), range))
    : appraised + surveyPts + bonus - penalty;
  const { round, appraisedLeaves, selfLeaves } = w;
  const surveyGiven =
    survey !== null &&
    ((survey.total !== undefined && Number.isFinite(survey.total)) ||
      Object.values(survey.byCriterion ?? {}).some((v) => Number.isFinite(v)));
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
    index: null, // set below
    appraisalRound: round,
    basis: appraisedLeaves === 0 ? "self" : selfLeaves === 0 ? "appraised" : "mixed",
    surveyGiven,
  };
  // Both in micro-units: one division, no rounding. Stored into a field that already holds null:
  // computed inside the literal, V8's optimised code took the quotient for a boxed double and
  // deoptimised computeDetailed whenever a table's index was a whole number (50 %), then
  // re-optimised it on the same assumption — a deopt loop (113 deopts in one bench run).
  if (applicableMax !== 0) totals.index = (final * 100) / applicableMax;
  if (tree !== null) return { totals, nodes, tree, caps };
  const detailed = new SheetTotals(totals, nodes, caps, table);
  if (caps.length > 0) {
    // The events name the score nodes of the top-level nodes capped: the tree is built for them.
    const built = detailed.tree;
    for (let k = 0; k < caps.length; k++) caps[k]!.node = built[w.capFields[k]!]!;
  }
  sumsTable = table;
  sumsNodes = nodes;
  return detailed;
}

/**
 * A sheet-only computation's result: its score tree is built from the table on first use
 * (buildScoreTree gives the nodes the walk summed; checkSheet's validation reads SheetSums'
 * facts instead, so most tables never build one).
 */
class SheetTotals implements DetailedTotals {
  private built: ScoreNode[] | null = null;
  constructor(
    public totals: TableTotals,
    public nodes: NodeTotals[],
    public caps: CapEvent[],
    private readonly table: ScoringTable,
  ) {}

  get tree(): ScoreNode[] {
    return (this.built ??= buildScoreTree(this.table));
  }
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
