/**
 * Validation of a read table: every issue names a sheet, a cell and a criterion. Scoring checks
 * use the score tree (totals/score-tree.ts), so with a reference set its maxima and rules win
 * over the sheet's; subtotal checks use the sheet's own figures, which are compared, never trusted.
 */
import type { CriteriaSet, ScoringRule } from "../criteria-set/schema";
import { indexSet } from "../criteria-set/lookup";
import type { Lang } from "../messages/lang";
import { formatNumber } from "../messages/format-number";
import { equals, fromUnits, isMultipleOf, toUnits } from "../numbers/decimal";
import type { CellRead, ColumnRole, NumberRead, ScoringTable, TableNode } from "../table/types";
import {
  computeDetailed,
  LEAF_BONUS,
  LEAF_MARKED,
  LEAF_NOT_APPLICABLE,
  LEAF_PENALTY,
  LEAF_PLAIN,
  LEAF_SCORED,
  LEAF_SURVEY,
  sheetSumsOf,
  type DetailedTotals,
  type SheetSums,
} from "../totals/compute-totals";
import {
  numberOf,
  ruleFromText,
  scratchScoreNode,
  titleSaysSurvey,
  type ScoreNode,
} from "../totals/score-tree";
import { countOf, perCountPoints } from "../criteria-set/rule-eval";
import type { IssueCollector } from "../issues/issue";
import type { IssueCode } from "../issues/catalogue";
import {
  evidenceVerdictOfNfc,
  periodBounds,
  type PeriodBounds,
  formatEvidenceDate,
  formatIsoDate,
  periodForYear,
  type Period,
} from "./evidence";
import { expectedPoints, parseDeclaredFigure } from "./declared-figure";
import { sameTitle } from "./title-key";
import { equal15, equal15Units, onPrecisionGrid } from "./precision";
import { grown } from "../memo/grown-array";

// Evidence recognition is exported for the UI (highlighting references and dates) through here,
// since the package index re-exports this module.
export {
  analyseEvidence,
  datesOutsidePeriod,
  formatEvidenceDate,
  periodForYear,
  type DocumentReference,
  type EvidenceAnalysis,
  type EvidenceDate,
} from "./evidence";

export interface ValidateOptions {
  /** Reference set: enables criterion-missing/unknown, max-mismatch, title-changed, rule checks. */
  set?: CriteriaSet | null;
  unitType?: string | null;
  /** Evidence dated outside is suspect (ISO dates); defaults to the set's period or the table's year. */
  evidencePeriod?: { from: string; to: string } | null;
}

const SPREADSHEET_ERROR = /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** The evidence period in force: the option, else the set's, else the table's year, else the set's year. */
export function evidencePeriodFor(table: ScoringTable, options: ValidateOptions): Period | null {
  if (options.evidencePeriod) return options.evidencePeriod;
  if (options.set?.evidencePeriod) return options.set.evidencePeriod;
  if (table.year !== null) return periodForYear(table.year);
  if (options.set) return periodForYear(options.set.year);
  return null;
}

/** Values a rule allows, for the "allowed" parameter: "0; 0,5; 1" (";" because "," is the decimal comma). */
export function allowedValues(rule: ScoringRule, max: number, lang: Lang): string | null {
  const fmt = (v: number) => formatNumber(v, lang, 6);
  switch (rule.kind) {
    case "levels":
      return [...new Set(rule.levels.map((l) => l.points))]
        .sort((a, b) => a - b)
        .map(fmt)
        .join("; ");
    case "yes-no":
      return `0; ${fmt(max)}`;
    case "range": {
      if (!rule.step) return null;
      const steps = Math.floor(toUnits(max) / toUnits(rule.step));
      if (steps <= 8)
        return Array.from({ length: steps + 1 }, (_, i) => fmt(fromUnits(i * toUnits(rule.step!)))).join(
          "; ",
        );
      return lang === "vi"
        ? `0 – ${fmt(max)}, bước ${fmt(rule.step)}`
        : `0 – ${fmt(max)} in steps of ${fmt(rule.step)}`;
    }
    default:
      return null;
  }
}

export function isAllowed(rule: ScoringRule, value: number, max: number): boolean {
  switch (rule.kind) {
    case "levels":
      return rule.levels.some((l) => equals(l.points, value));
    case "yes-no":
      return equals(value, 0) || equals(value, max);
    case "range":
      return !rule.step || isMultipleOf(value, rule.step);
    case "per-count":
      // Whole cases only: points on the grid of one case's points (criteria-set/rule-eval.ts).
      return isMultipleOf(value, Math.abs(rule.each)) || equals(value, max);
    default:
      return true;
  }
}

/** The sheet's own rule text says the item is scored by the survey (the totals' memoised reading). */
function ruleSaysSurvey(t: TableNode, max: number): boolean {
  return ruleFromText(t, max)?.kind === "survey";
}

/** A number typed as text ("1,25" in a text cell): counted by the tool, skipped by the sheet's SUM. */
function isTextNumber(r: NumberRead | null | undefined): boolean {
  return r != null && r.parsed.kind === "number" && typeof r.raw === "string";
}

/** A leaf's figure in one column (round -1: self; k: appraisal round k) in micro-units, blank as 0. */
function leafUnits(t: TableNode, round: number): number {
  const v = numberOf(round < 0 ? t.self : t.appraisals[round]);
  return v === null ? 0 : toUnits(v);
}

/** A score cell's number in micro-units, blank (or not a number) as 0. */
function cellUnits(r: NumberRead | null): number {
  if (!r) return 0;
  const p = r.parsed;
  return p.kind === "number" ? toUnits(p.value) : 0;
}

/** A formula saved without its value (never recalculated) is not a missing score: say so. */
function uncalculated(r: NumberRead | null): boolean {
  return r !== null && r.formula !== null && r.parsed.kind === "blank";
}

/**
 * Scratch arrays for fillSums, shared by every validation (one runs at a time: the core is
 * synchronous) and grown when a table needs more: nothing allocated per table.
 */
let sharedSums: Float64Array = new Float64Array(1024);
let sharedStarts: Int32Array = new Int32Array(512);
/** A sheet-only leaf's score node as the checks read it, filled from SheetSums' facts (walkSheet). */
const leafView: ScoreNode = scratchScoreNode();

class TableValidator {
  private readonly lang: Lang;
  /** Table node → its score node, built only when the trees do not line up (a reference set). */
  private scoreOf: Map<TableNode, ScoreNode> | null = null;
  /** The set's codes, indexed only when a table node has no score node (rare: most tables follow the set). */
  private setIndex: Map<string, unknown> | null = null;
  private readonly period: Period | null;
  private readonly bounds: PeriodBounds | null;
  /**
   * Column sums under every parent, in micro-units (self, then each appraisal round), then the
   * sum of its children's maxima (sheetMax; NaN when one is unknown): worked out once, bottom
   * up, before the walk (fillSums), in one flat array.
   */
  private sums: Float64Array = sharedSums;
  private sumsUsed = 0;
  /** Per table node in tree order (as the walk visits them): where its sums start; -1 for a leaf. */
  private sumStart: Int32Array = sharedStarts;
  private nodesSeen = 0;
  /** The same for the top-level nodes, by their index in table.fields. */
  private fieldSumStart: number[] = [];
  /** The walk's position in tree order. */
  private visited = 0;
  /** The same sums without the numbers stored as text: what the sheet's own SUM gives. */
  private sheetSums: Map<TableNode, number[]> | null = null;
  /** Whether any leaf score cell holds a number typed as text: looked up on the first sum that is off. */
  private hasTextNumbers: boolean | null = null;
  /** Those cells → the subtotal/total cells they throw off (only cells that throw one off). */
  private offSums: Map<NumberRead, string[]> | null = null;

  constructor(
    private readonly table: ScoringTable,
    private readonly issues: IssueCollector,
    private readonly options: ValidateOptions,
    private readonly detailed: DetailedTotals,
  ) {
    this.lang = issues.lang;
    this.period = evidencePeriodFor(table, options);
    this.bounds = periodBounds(this.period);
  }

  /** The first score node (tree order) standing for a table node, else null. */
  private scoreNodeOf(t: TableNode): ScoreNode | null {
    if (this.scoreOf === null) {
      const map = new Map<TableNode, ScoreNode>();
      const index = (nodes: readonly ScoreNode[]): void => {
        for (const n of nodes) {
          if (n.table && !map.has(n.table)) map.set(n.table, n);
          index(n.children);
        }
      };
      index(this.detailed.tree);
      this.scoreOf = map;
    }
    return this.scoreOf.get(t) ?? null;
  }

  private address(role: ColumnRole, row: number): string | null {
    const c = this.table.columns[role];
    return c ? `${c.letter}${row}` : null;
  }

  private at(read: CellRead | null | undefined, role: ColumnRole, row: number) {
    const cell = read?.cell ?? this.address(role, row);
    return { cell, row, column: read?.column ?? this.table.columns[role]?.letter ?? null };
  }

  /**
   * An issue at a cell read, else at the role's column on the row: add(code, { ...at(…),
   * criterion, value, params }) built directly (no input object, no spread).
   */
  private addAt(
    code: IssueCode,
    read: CellRead | null | undefined,
    role: ColumnRole,
    row: number,
    criterion: string | null,
    value: string | number | boolean | null,
    params?: Record<string, string | number>,
  ): void {
    const cell = read != null ? read.cell : this.address(role, row);
    const column = read != null ? read.column : (this.table.columns[role]?.letter ?? null);
    this.issues.addAt(code, cell, row, column, criterion, value, params);
  }

  /** An issue at a node's self-assessed score cell. */
  private addSelf(
    code: IssueCode,
    t: TableNode,
    value: string | number | boolean | null,
    params?: Record<string, string | number>,
  ): void {
    this.addAt(code, t.self, "self", t.row, t.code, value, params);
  }

  /** An issue at a cell read, on its own row. */
  private addCell(
    code: IssueCode,
    r: CellRead,
    criterion: string | null,
    value: string | number | boolean | null,
    params?: Record<string, string | number>,
  ): void {
    this.issues.addAt(code, r.cell, r.row, r.column, criterion, value, params);
  }

  run(): void {
    const fields = this.table.fields;
    // The sheet-only totals walk worked the sums out as it read the cells; else (a set) fillSums.
    const given = sheetSumsOf(this.table, this.detailed);
    if (given !== null) {
      this.sums = given.sums;
      this.sumStart = given.starts;
      this.fieldSumStart = given.fields;
      // The same checks as walk's, reading each leaf's facts instead of its score node.
      this.walkSheet(fields, given);
    } else {
      for (let i = 0; i < fields.length; i++) this.fieldSumStart.push(this.fillSums(fields[i]!));
      this.walk(fields, this.detailed.tree, false);
    }
    this.checkTotalRow();
    this.checkCaps();
    this.checkMissing();
    if (this.offSums !== null) this.reportTextNumbers(this.table.fields);
  }

  /**
   * Without a set the score tree mirrors the table node for node (score-tree.ts fromTable), so
   * the two are walked side by side; a node that does not line up is looked up instead. A table
   * node stands in the score tree at most once, so the node found side by side is the first.
   */
  private walk(
    nodes: readonly TableNode[],
    scores: readonly ScoreNode[] | null,
    parentUnknown: boolean,
  ): void {
    for (let i = 0; i < nodes.length; i++) {
      const t = nodes[i]!;
      const s = scores !== null && i < scores.length ? scores[i]! : null;
      const sn = s !== null && s.table === t ? s : this.scoreNodeOf(t);
      const unknown = this.checkNode(t, sn, parentUnknown, this.sumStart[this.visited++]!);
      if (t.children.length > 0)
        this.walk(t.children, sn !== null && sn.table === t ? sn.children : null, unknown);
    }
  }

  /**
   * walk for a sheet-only computation (no set: every table node has its score node, which holds
   * what SheetSums' facts say): checkNode's checks in its order, a leaf's from `leafView`.
   */
  private walkSheet(nodes: readonly TableNode[], facts: SheetSums): void {
    for (let i = 0; i < nodes.length; i++) {
      const t = nodes[i]!;
      const k = this.visited++;
      if (t.children.length > 0) {
        this.checkCells(t);
        this.checkSubtotals(t, this.sumStart[k]!);
        this.checkEvidenceText(t);
        this.walkSheet(t.children, facts);
        continue;
      }
      const sn = leafView;
      const flags = facts.flags[k]!;
      if ((flags & LEAF_PLAIN) !== 0) {
        // Plain (compute-totals.ts LEAF_PLAIN): checkCells and checkLeaf find nothing but, for a
        // score above 0, missing evidence (section main or bonus, no criterion of a set).
        if ((flags & LEAF_SCORED) !== 0) {
          sn.section = flags & LEAF_BONUS ? "bonus" : "main";
          sn.crit = null;
          this.checkEvidencePresent(t, sn);
        }
        this.checkEvidenceText(t);
        continue;
      }
      this.checkCells(t);
      sn.max = facts.max[k]!;
      sn.rule = facts.rules[k]!;
      sn.section = flags & LEAF_BONUS ? "bonus" : flags & LEAF_PENALTY ? "penalty" : "main";
      sn.surveyScored = (flags & LEAF_SURVEY) !== 0;
      sn.notApplicable = (flags & LEAF_NOT_APPLICABLE) !== 0;
      sn.markedNotApplicable = (flags & LEAF_MARKED) !== 0;
      this.checkLeaf(t, sn);
      this.checkEvidenceText(t);
    }
  }

  /** Any leaf score typed as text ("1,25" in a text cell): counted by the tool, skipped by SUM. */
  private anyTextNumber(nodes: readonly TableNode[]): boolean {
    for (const t of nodes) {
      if (t.children.length > 0) {
        if (this.anyTextNumber(t.children)) return true;
        continue;
      }
      if (isTextNumber(t.self)) return true;
      for (const a of t.appraisals) if (isTextNumber(a)) return true;
    }
    return false;
  }

  /** One issue per text cell that throws a sum off, naming the sums, in tree order (self, then rounds). */
  private reportTextNumbers(nodes: readonly TableNode[]): void {
    for (const t of nodes) {
      if (t.children.length > 0) {
        this.reportTextNumbers(t.children);
        continue;
      }
      if (isTextNumber(t.self)) this.reportTextNumber(t.self!, t.code);
      for (const a of t.appraisals) if (isTextNumber(a)) this.reportTextNumber(a, t.code);
    }
  }

  private reportTextNumber(r: NumberRead, code: string): void {
    // Where every figure of the sheet adds up with it counted, it did no harm: not reported.
    const cells = this.offSums!.get(r);
    if (cells === undefined) return;
    const consequences =
      cells.length === 0
        ? ""
        : this.lang === "vi"
          ? `; vì vậy tổng ở ô ${cells.join(", ")} lệch theo`
          : `; the sums in ${cells.join(", ")} are off because of it`;
    this.addCell("number-stored-as-text", r, code, r.text, { consequences });
  }

  /**
   * A sum that matches once the text numbers under it are skipped is their consequence: the
   * cell is added to each of them instead of a separate mismatch.
   */
  private explainedByText(t: TableNode[], round: number, value: number, cell: string): boolean {
    this.hasTextNumbers ??= this.anyTextNumber(this.table.fields);
    if (!this.hasTextNumbers) return false;
    const withoutText = t.reduce((s, n) => s + this.sheetSumNoText(n, round), 0);
    if (!equal15(value, fromUnits(withoutText))) return false;
    let any = false;
    const mark = (nodes: readonly TableNode[]) => {
      for (const n of nodes) {
        if (n.children.length > 0) {
          mark(n.children);
          continue;
        }
        const r = round < 0 ? n.self : n.appraisals[round];
        if (r && isTextNumber(r)) {
          this.offSums ??= new Map();
          const list = this.offSums.get(r);
          if (list === undefined) this.offSums.set(r, [cell]);
          else if (!list.includes(cell)) list.push(cell);
          any = true;
        }
      }
    };
    mark(t);
    return any;
  }

  private sheetSumNoText(t: TableNode, round: number): number {
    if (t.children.length === 0) {
      const r = round < 0 ? t.self : t.appraisals[round];
      if (r && isTextNumber(r)) return 0;
      const v = numberOf(r);
      return v === null ? 0 : toUnits(v);
    }
    this.sheetSums ??= new Map(); // only when a sum is off and text numbers are about
    let cached = this.sheetSums.get(t);
    if (!cached) {
      cached = new Array<number>(t.appraisals.length + 1).fill(0);
      for (const c of t.children) {
        for (let k = -1; k < cached.length - 1; k++) cached[k + 1]! += this.sheetSumNoText(c, k);
      }
      this.sheetSums.set(t, cached);
    }
    return cached[round + 1] ?? 0;
  }

  /** Returns true when the node is unknown to the reference set. */
  private checkNode(t: TableNode, sn: ScoreNode | null, parentUnknown: boolean, sums: number): boolean {
    this.checkCells(t);
    if (this.options.set && !sn) {
      this.setIndex ??= indexSet(this.options.set);
      const known = this.setIndex.has(t.code);
      if (!known && !parentUnknown) {
        this.issues.addAt("criterion-unknown", t.self?.cell ?? null, t.row, null, t.code, t.title);
      }
      this.checkEvidenceText(t);
      return !known;
    }
    if (sn?.crit && sn.table === t) this.checkAgainstSet(t, sn);
    if (t.children.length > 0) this.checkSubtotals(t, sums);
    if (sn && sn.children.length === 0) this.checkLeaf(t, sn);
    this.checkEvidenceText(t);
    return false;
  }

  private checkCells(t: TableNode): void {
    this.checkNumberCell(t.max, t.code);
    this.checkNumberCell(t.self, t.code);
    // Indexed, not for…of (no iterator to close); `== null`, not `!r` (no full truthiness test).
    const rounds = t.appraisals;
    for (let k = 0; k < rounds.length; k++) this.checkNumberCell(rounds[k]!, t.code);
    const declared = t.declared;
    if (declared != null && declared.text.startsWith("#") && SPREADSHEET_ERROR.test(declared.text)) {
      this.addAt("formula-error", declared, "declared", t.row, t.code, declared.text);
    }
  }

  private checkNumberCell(r: NumberRead | null, criterion: string | null): void {
    if (r == null) return;
    const p = r.parsed;
    const kind = p.kind;
    if (kind === "number" || kind === "blank") return; // the common case: nothing built
    if (p.kind === "invalid") this.addCell("number-invalid", r, criterion, p.text);
    else if (p.kind === "error") this.addCell("formula-error", r, criterion, p.error);
  }

  private checkAgainstSet(t: TableNode, sn: ScoreNode): void {
    const sheetMax = numberOf(t.max);
    if (sheetMax !== null && !equals(sheetMax, sn.max)) {
      this.addAt("max-mismatch", t.max, "max", t.row, t.code, sheetMax, { expected: sn.max });
    }
    if (t.title.trim() !== "" && sn.crit && !sameTitle(t.title, sn.crit.title)) {
      this.addAt("title-changed", null, "title", t.row, t.code, t.title, { expected: sn.crit.title });
    }
  }

  private selfAt(t: TableNode) {
    return { ...this.at(t.self, "self", t.row), criterion: t.code };
  }

  /**
   * A leaf's own checks. Sheet-only leaves that compute-totals.ts's sheetLeaf marks LEAF_PLAIN skip them
   * and checkCells (walkSheet): a check added to either must make that test refuse the leaves it can flag;
   * test/totals/lazy-tree.test.ts compares the two paths.
   */
  private checkLeaf(t: TableNode, sn: ScoreNode): void {
    if (sn.surveyScored || sn.notApplicable || sn.markedNotApplicable) {
      this.checkSetAsideLeaf(t, sn);
      return;
    }
    // Each cell's reading is looked at once (this runs for nearly every row of every table).
    const selfRead = t.self;
    const parsed = selfRead ? selfRead.parsed : null;
    const self = parsed !== null && parsed.kind === "number" ? parsed.value : null;
    if (parsed !== null ? parsed.kind === "blank" : Boolean(this.table.columns.self)) {
      if (selfRead && selfRead.formula !== null) this.addSelf("formula-not-calculated", t, selfRead.formula);
      else {
        // A row the sheet itself says is scored by the survey is never "missing a self-score",
        // whatever the set says (the modes must not give opposite advice).
        const sheetSaysSurvey =
          titleSaysSurvey(t.title) || (t.ruleText.length > 0 && ruleSaysSurvey(t, sn.max));
        if (sn.section === "main" && !sheetSaysSurvey) this.addSelf("score-missing", t, null);
      }
    }
    const rounds = t.appraisals;
    // Whether a round holds a number: else (a self-assessed table) the appraisal checks below are skipped.
    let appraised = false;
    for (let k = 0; k < rounds.length; k++) {
      const a = rounds[k]!;
      if (a.parsed.kind === "number") appraised = true;
      else if (uncalculated(a)) this.addCell("formula-not-calculated", a, t.code, a.formula!);
    }
    if (self !== null) {
      if (this.options.set) this.checkPrecision(self, t, this.options.set.rounding.decimals);
      const max = sn.max;
      if (sn.section === "penalty") {
        if (self > 0) this.addSelf("penalty-positive", t, self);
        else if (this.maxKnown(t, sn) && max !== 0 && Math.abs(self) > Math.abs(max)) {
          this.addSelf("score-exceeds-max", t, self, { max });
        }
      } else if (self < 0) this.addSelf("score-negative", t, self);
      // toUnits never orders two numbers the other way round: compared in micro-units only when
      // self is above max (or either is NaN).
      else if (!(self <= max) && toUnits(self) > toUnits(max) && this.maxKnown(t, sn))
        this.addSelf("score-exceeds-max", t, self, { max });
      else if (sn.rule && !isAllowed(sn.rule, self, max)) {
        this.addSelf("score-not-allowed", t, self, {
          allowed: allowedValues(sn.rule, max, this.lang) ?? "",
        });
      }
    }
    const rule = sn.rule;
    if (rule !== null) {
      if (rule.kind === "thresholds" || rule.kind === "ratio") this.checkDeclared(t, sn, self);
      else if (rule.kind === "per-count") this.checkCount(t, sn, self);
    }
    // A boolean, not the score: a double passed to a call is boxed (a heap number per leaf).
    if (self !== null && self > 0) this.checkEvidencePresent(t, sn);
    if (!appraised) return;
    for (let k = 0; k < rounds.length; k++) {
      const a = rounds[k]!;
      const ap = a.parsed;
      if (ap.kind !== "number") continue;
      // The issue's fields are built only when one is raised (most appraisals raise none).
      const v = ap.value;
      const max = sn.max;
      if (sn.section === "penalty") {
        if (max !== 0 && Math.abs(v) > Math.abs(max) && this.maxKnown(t, sn))
          this.addCell("appraisal-exceeds-max", a, t.code, v, { max });
      } else if (v < 0) this.addCell("appraisal-negative", a, t.code, v);
      else if (!(v <= max) && toUnits(v) > toUnits(max) && this.maxKnown(t, sn))
        this.addCell("appraisal-exceeds-max", a, t.code, v, { max });
    }
  }

  /** Whether the leaf's maximum is known: the set gives it, or the sheet's own cell holds a number. */
  private maxKnown(t: TableNode, sn: ScoreNode): boolean {
    return sn.crit !== null || numberOf(t.max) !== null;
  }

  /** A leaf scored by the survey, not applicable, or marked so without leave. */
  private checkSetAsideLeaf(t: TableNode, sn: ScoreNode): void {
    if (sn.surveyScored) {
      const self = numberOf(t.self);
      if (self !== null) this.addSelf("survey-item-self-scored", t, self);
      return;
    }
    if (sn.notApplicable) return;
    // Marked but not allowed: the item keeps its maximum and scores 0 (never a silent rise).
    const fromSelf = t.self?.parsed.kind === "not-applicable";
    const read = fromSelf ? t.self : (t.declared ?? t.self);
    const at = fromSelf ? this.selfAt(t) : { ...this.at(read, "declared", t.row), criterion: t.code };
    if (sn.crit) this.issues.add("not-applicable-disallowed", { ...at, value: read?.text ?? null });
    else
      this.issues.add("not-applicable-unconfirmed", {
        ...at,
        value: read?.text ?? null,
        params: { max: sn.max },
      });
  }

  /** A score with more decimals than the set's published precision (e.g. 0,125 where 2 are used). */
  private checkPrecision(value: number, t: TableNode, decimals: number): void {
    if (!onPrecisionGrid(toUnits(value), decimals)) {
      this.addSelf("number-too-precise", t, value, { decimals });
    }
  }

  private checkDeclared(t: TableNode, sn: ScoreNode, self: number | null): void {
    const rule = sn.rule!;
    const figure = parseDeclaredFigure(t.declared?.raw ?? null);
    const expected = expectedPoints(rule, figure, sn.max);
    if (expected.kind === "no-figure") {
      // At the declared cell, else where it would be (its column, else the score's), on the row.
      const role: ColumnRole = this.table.columns.declared ? "declared" : "self";
      this.addAt("declared-missing", t.declared, role, t.row, t.code, null);
    } else if (expected.kind === "points" && self !== null && !equals(self, expected.points)) {
      this.addSelf("score-inconsistent", t, self, {
        declared: t.declared?.text ?? "",
        expected: expected.points,
      });
    }
  }

  /**
   * A per-count item whose count is given: totals use the rule's points for it, so a typed score
   * that differs is said (score-inconsistent), never silently replaced.
   */
  private checkCount(t: TableNode, sn: ScoreNode, self: number | null): void {
    if (sn.rule?.kind !== "per-count") return;
    const count = countOf(t.declared?.raw ?? null);
    if (count === null || self === null) return;
    const expected = perCountPoints(sn.rule, sn.max, count);
    if (!equals(self, expected))
      this.addSelf("score-inconsistent", t, self, {
        declared: t.declared?.text ?? String(count),
        expected,
      });
  }

  /** A leaf scored above 0 (self-assessed) needs evidence or an explanation. */
  private checkEvidencePresent(t: TableNode, sn: ScoreNode): void {
    if (sn.section === "penalty") return;
    if (sn.crit?.evidenceRequired === false) return;
    const cols = this.table.columns;
    if (!cols.evidence && !cols.explanation) return;
    if ((t.evidence?.text ?? "") !== "" || (t.explanation?.text ?? "") !== "") return;
    const role: ColumnRole = cols.evidence ? "evidence" : "explanation";
    const read = role === "evidence" ? t.evidence : t.explanation;
    this.addAt("evidence-missing", read, role, t.row, t.code, numberOf(t.self));
  }

  private checkEvidenceText(t: TableNode): void {
    const ev = t.evidence;
    if (ev == null || ev.text === "") return;
    // A date is checked against the period even without a document number: a cell holding a
    // real date (Sheets and Excel hand it over as "dd/mm/yyyy") is a date like a typed one.
    const bounds = this.period ? this.bounds : null;
    // CellRead texts are NFC (the reader's cleanString normalises them): the one-scan path holds.
    const { recognised, outside } = evidenceVerdictOfNfc(ev.text, bounds);
    if (recognised && (!this.period || outside.length === 0)) return; // the common case: nothing built
    if (!recognised) this.addCell("evidence-unrecognised", ev, t.code, ev.text);
    if (!this.period || outside.length === 0) return;
    const seen: string[] = [];
    for (const d of outside) {
      const date = formatEvidenceDate(d);
      if (seen.includes(date)) continue;
      seen.push(date);
      this.addCell("evidence-out-of-period", ev, t.code, ev.text, {
        date,
        from: formatIsoDate(this.period.from),
        to: formatIsoDate(this.period.to),
      });
    }
  }

  // --- the sheet's own sums --------------------------------------------------------------

  /**
   * The sum of the sheet's leaf figures in one column under a node (round -1: self; k: appraisal
   * round k), blanks as 0 — what a =SUM over that column gives, so a subtotal formula matches —
   * as fillSums stored it at `start` (-1: a leaf). A parent sums as many columns as it has itself.
   */
  private storedSum(t: TableNode, start: number, round: number): number {
    if (start < 0) return leafUnits(t, round);
    return round < t.appraisals.length ? this.sums[start + round + 1]! : 0;
  }

  /**
   * Stores the column sums of a node and of every parent under it (tree order, as the walk will
   * visit them); returns where the node's own start, or -1 for a leaf.
   */
  private fillSums(t: TableNode): number {
    const id = this.nodesSeen++;
    if (id >= this.sumStart.length) this.sumStart = sharedStarts = grown(this.sumStart, id + 1);
    const kids = t.children;
    if (kids.length === 0) {
      this.sumStart[id] = -1;
      return -1;
    }
    const n = t.appraisals.length + 1;
    const start = this.sumsUsed;
    this.sumsUsed += n + 1;
    if (this.sumsUsed > this.sums.length) this.sums = sharedSums = grown(this.sums, this.sumsUsed);
    let sums = this.sums;
    for (let k = 0; k < n; k++) sums[start + k] = 0;
    // The children's maxima (sheetMax each: a number in its own cell, else its children's sum).
    let maxU = 0;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      const cMax = c.max != null && c.max.parsed.kind === "number" ? c.max.parsed.value : null;
      if (c.children.length === 0) {
        maxU += cMax === null ? NaN : toUnits(cMax);
        // A leaf child inline: its place in tree order, and its figures (blank as 0).
        const cid = this.nodesSeen++;
        if (cid >= this.sumStart.length) this.sumStart = sharedStarts = grown(this.sumStart, cid + 1);
        this.sumStart[cid] = -1;
        sums[start] += cellUnits(c.self);
        const rounds = c.appraisals;
        const m = Math.min(n - 1, rounds.length);
        for (let k = 0; k < m; k++) sums[start + 1 + k] += cellUnits(rounds[k]!);
      } else {
        const cs = this.fillSums(c);
        sums = this.sums; // read after the child's fill: it may have grown the array
        const cn = Math.min(n, c.appraisals.length + 1);
        for (let k = 0; k < cn; k++) sums[start + k] += sums[cs + k]!;
        maxU += cMax === null ? sums[cs + c.appraisals.length + 1]! : toUnits(cMax);
      }
    }
    sums[start + n] = maxU;
    this.sumStart[id] = start;
    return start;
  }

  /**
   * Like storedSum, but a bonus or penalty content is clamped to its own maximum (a cap), as the
   * core's totals and the template's MIN/MAX formulas do. A mixed "thưởng, trừ" container is not
   * clamped itself: its parts carry the caps.
   */
  private cappedSum(t: TableNode, round: number): number {
    if (t.children.length === 0) return leafUnits(t, round);
    let u = 0;
    for (const c of t.children) u += this.cappedSum(c, round);
    const cap = t.section !== "main" && !t.mixedSection ? numberOf(t.max) : null;
    if (cap === null) return u;
    const capU = toUnits(cap);
    return capU >= 0 ? Math.min(u, capU) : Math.max(u, capU);
  }

  /** The sheet's maximum of a node: its own cell, else its children's; null when unknown. */
  private sheetMax(t: TableNode): number | null {
    const own = numberOf(t.max);
    if (own !== null) return toUnits(own);
    if (t.children.length === 0) return null;
    let u = 0;
    for (const c of t.children) {
      const m = this.sheetMax(c);
      if (m === null) return null;
      u += m;
    }
    return u;
  }

  private checkSubtotals(t: TableNode, sums: number): void {
    const self = numberOf(t.self);
    if (self !== null) {
      const u = this.storedSum(t, sums, -1);
      if (
        !equal15Units(self, u) &&
        !equal15(self, fromUnits(this.cappedSum(t, -1))) &&
        !this.explainedByText([t], -1, self, t.self!.cell)
      )
        this.addSelf("subtotal-mismatch", t, self, { expected: fromUnits(u) });
    }
    for (let k = 0; k < t.appraisals.length; k++) {
      const a = t.appraisals[k]!;
      const v = numberOf(a);
      if (v === null) continue;
      const u = this.storedSum(t, sums, k);
      if (
        !equal15Units(v, u) &&
        !equal15(v, fromUnits(this.cappedSum(t, k))) &&
        !this.explainedByText([t], k, v, a.cell)
      )
        this.addCell("subtotal-mismatch", a, t.code, v, { expected: fromUnits(u) });
    }
    const ownMax = numberOf(t.max);
    if (ownMax !== null && t.section === "main") {
      // The children's sheetMax sum, as fillSums stored it after the column sums.
      const u = this.sums[sums + t.appraisals.length + 1]!;
      if (Number.isNaN(u)) return;
      if (!equal15Units(ownMax, u))
        this.addAt("max-total-mismatch", t.max, "max", t.row, t.code, ownMax, { expected: fromUnits(u) });
    }
  }

  private checkTotalRow(): void {
    const tr = this.table.totalRow;
    if (!tr) return;
    const fields = this.table.fields;
    const main = fields.filter((f) => f.section === "main");
    const hasExtra = main.length !== this.table.fields.length;
    const compare = (read: NumberRead | null, round: number) => {
      const v = numberOf(read);
      if (v === null || !read) return;
      // Each sum is worked out only when the one before does not match (the common case: the first).
      let mainU = 0;
      let allU = 0;
      for (let i = 0; i < fields.length; i++) {
        const u = this.storedSum(fields[i]!, this.fieldSumStart[i]!, round);
        allU += u;
        if (fields[i]!.section === "main") mainU += u;
      }
      if (equal15Units(v, mainU)) return;
      const mainSum = fromUnits(mainU);
      const allSum = fromUnits(allU);
      if (equal15(v, allSum)) return;
      const allCapped = fromUnits(this.table.fields.reduce((s, f) => s + this.cappedSum(f, round), 0));
      if (equal15(v, allCapped)) return;
      if (this.explainedByText(main, round, v, read.cell)) return;
      if (hasExtra && this.explainedByText(this.table.fields, round, v, read.cell)) return;
      this.addCell("total-mismatch", read, null, v, { expected: hasExtra ? allSum : mainSum });
    };
    compare(tr.self, -1);
    tr.appraisals.forEach((a, k) => compare(a, k));
    const max = numberOf(tr.max);
    if (max !== null && tr.max) {
      let u = 0;
      for (const f of main) {
        const m = this.sheetMax(f);
        if (m === null) return;
        u += m;
      }
      if (!equal15Units(max, u)) {
        const criterion = this.lang === "vi" ? "Tổng cộng" : "Total";
        this.issues.addAt("max-total-mismatch", tr.max.cell, tr.row, tr.max.column, criterion, max, {
          expected: fromUnits(u),
        });
      }
    }
    this.checkNumberCell(tr.max, null);
    this.checkNumberCell(tr.self, null);
    for (let k = 0; k < tr.appraisals.length; k++) this.checkNumberCell(tr.appraisals[k]!, null);
  }

  private checkCaps(): void {
    for (const e of this.detailed.caps) {
      const kind =
        e.kind === "bonus"
          ? this.lang === "vi"
            ? "thưởng"
            : "Bonus"
          : this.lang === "vi"
            ? "trừ"
            : "Penalty";
      const t = e.node.table;
      this.issues.addAt(
        "bonus-cap-exceeded",
        t?.self?.cell ?? null,
        e.node.row,
        t?.self?.column ?? null,
        e.node.code,
        e.value,
        { kind, cap: e.cap },
      );
    }
  }

  private checkMissing(): void {
    if (!this.options.set) return;
    const walk = (nodes: ScoreNode[]) => {
      for (const n of nodes) {
        if (n.crit && !n.table) {
          // The topmost missing node stands for its whole subtree.
          this.issues.add("criterion-missing", { criterion: n.code, params: { title: n.title } });
          continue;
        }
        if (n.crit) walk(n.children);
      }
    };
    walk(this.detailed.tree);
  }
}

/** Checks a table with totals already computed (checkSheet shares them with the report). */
export function validateWithTotals(
  table: ScoringTable,
  issues: IssueCollector,
  options: ValidateOptions,
  detailed: DetailedTotals,
): void {
  new TableValidator(table, issues, options, detailed).run();
}

/** Checks a read table and adds every issue found to the collector. */
export function validateTable(
  table: ScoringTable,
  issues: IssueCollector,
  options: ValidateOptions = {},
): void {
  validateWithTotals(
    table,
    issues,
    options,
    computeDetailed(table, { set: options.set ?? null, unitType: options.unitType ?? null }),
  );
}
