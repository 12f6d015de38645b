/**
 * Validation of a read table: every issue names a sheet, a cell and a criterion. Scoring checks
 * use the score tree (totals/score-tree.ts), so with a reference set its maxima and rules win
 * over the sheet's; subtotal checks use the sheet's own figures, which are compared, never trusted.
 */
import type { CriteriaSet, ScoringRule } from "../../src/criteria-set/schema";
import { indexSet } from "../../src/criteria-set/lookup";
import { foldText } from "../../src/grid/fold-text";
import type { Lang } from "../../src/messages/lang";
import { formatNumber } from "../../src/messages/format-number";
import { equals, fromUnits, isMultipleOf, toPrecision15, toUnits } from "../../src/numbers/decimal";
import type { CellRead, ColumnRole, NumberRead, ScoringTable, TableNode } from "../../src/table/types";
import { computeDetailed, type DetailedTotals } from "./compute-totals";
import { numberOf, titleSaysSurvey, type ScoreNode } from "./score-tree";
import { parseRuleText } from "../../src/criteria-set/rule-text";
import { countOf, perCountPoints } from "../../src/criteria-set/rule-eval";
import type { IssueCollector } from "./issue";
import {
  evidenceVerdict,
  periodBounds,
  type PeriodBounds,
  formatEvidenceDate,
  formatIsoDate,
  periodForYear,
  type Period,
} from "./evidence";
import { expectedPoints, parseDeclaredFigure } from "./declared-figure";

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

/** The sheet's own rule text says the item is scored by the survey. */
function ruleSaysSurvey(t: TableNode, max: number): boolean {
  try {
    return parseRuleText(t.ruleText.join("\n"), max)?.kind === "survey";
  } catch {
    return false;
  }
}

/** Equal as Excel shows numbers: 15 significant digits (equal micro-units first: the common case, no strings). */
function equal15(a: number, b: number): boolean {
  return toUnits(a) === toUnits(b) || toPrecision15(a) === toPrecision15(b);
}

/** A formula saved without its value (never recalculated) is not a missing score: say so. */
function uncalculated(r: NumberRead | null): boolean {
  return r !== null && r.formula !== null && r.parsed.kind === "blank";
}

class TableValidator {
  private readonly lang: Lang;
  /** Table node → its score node, built only when the trees do not line up (a reference set). */
  private scoreOf: Map<TableNode, ScoreNode> | null = null;
  private readonly setIndex: Map<string, unknown> | null;
  private readonly period: Period | null;
  private readonly bounds: PeriodBounds | null;
  /** Column sums under each parent (index 0: self, k + 1: appraisal round k), computed once. */
  private readonly sums = new Map<TableNode, number[]>();
  /** The same sums without the numbers stored as text: what the sheet's own SUM gives. */
  private readonly sheetSums = new Map<TableNode, number[]>();
  /** Leaf score cells holding a number typed as text → their criterion code. */
  private readonly textNumbers = new Map<NumberRead, string>();
  /** Those cells → the subtotal/total cells they throw off (only cells that throw one off). */
  private readonly offSums = new Map<NumberRead, string[]>();

  constructor(
    private readonly table: ScoringTable,
    private readonly issues: IssueCollector,
    private readonly options: ValidateOptions,
    private readonly detailed: DetailedTotals,
  ) {
    this.lang = issues.lang;
    this.setIndex = options.set ? indexSet(options.set) : null;
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

  run(): void {
    // Without a set the score tree mirrors the table node for node (score-tree.ts fromTable), so
    // the two are walked side by side; a node that does not line up is looked up instead. A table
    // node stands in the score tree at most once, so the node found side by side is the first.
    const walk = (
      nodes: readonly TableNode[],
      scores: readonly ScoreNode[] | null,
      parentUnknown: boolean,
    ) => {
      for (let i = 0; i < nodes.length; i++) {
        const t = nodes[i]!;
        const s = scores !== null && i < scores.length ? scores[i]! : null;
        const sn = s !== null && s.table === t ? s : this.scoreNodeOf(t);
        const unknown = this.checkNode(t, sn, parentUnknown);
        walk(t.children, sn !== null && sn.table === t ? sn.children : null, unknown);
      }
    };
    this.findTextNumbers(this.table.fields);
    walk(this.table.fields, this.detailed.tree, false);
    this.checkTotalRow();
    this.checkCaps();
    this.checkMissing();
    this.reportTextNumbers();
  }

  /** Leaf scores typed as text ("1,25" in a text cell): counted by the tool, skipped by SUM. */
  private findTextNumbers(nodes: readonly TableNode[]): void {
    for (const t of nodes) {
      if (t.children.length > 0) {
        this.findTextNumbers(t.children);
        continue;
      }
      this.noteTextNumber(t.self, t.code);
      for (const a of t.appraisals) this.noteTextNumber(a, t.code);
    }
  }

  private noteTextNumber(r: NumberRead | null, code: string): void {
    if (r && r.parsed.kind === "number" && typeof r.raw === "string") {
      this.textNumbers.set(r, code);
    }
  }

  /** One issue per text cell, naming the sums it throws off (reported once, here). */
  private reportTextNumbers(): void {
    for (const [r, code] of this.textNumbers) {
      // Where every figure of the sheet adds up with it counted, it did no harm: not reported.
      const cells = this.offSums.get(r);
      if (cells === undefined) continue;
      const consequences =
        cells.length === 0
          ? ""
          : this.lang === "vi"
            ? `; vì vậy tổng ở ô ${cells.join(", ")} lệch theo`
            : `; the sums in ${cells.join(", ")} are off because of it`;
      this.issues.add("number-stored-as-text", {
        cell: r.cell,
        row: r.row,
        column: r.column,
        criterion: code,
        value: r.text,
        params: { consequences },
      });
    }
  }

  /**
   * A sum that matches once the text numbers under it are skipped is their consequence: the
   * cell is added to each of them instead of a separate mismatch.
   */
  private explainedByText(t: TableNode[], round: number, value: number, cell: string): boolean {
    if (this.textNumbers.size === 0) return false;
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
        if (r && this.textNumbers.has(r)) {
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
      if (r && this.textNumbers.has(r)) return 0;
      const v = numberOf(r);
      return v === null ? 0 : toUnits(v);
    }
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
  private checkNode(t: TableNode, sn: ScoreNode | null, parentUnknown: boolean): boolean {
    this.checkCells(t);
    if (this.setIndex && !sn) {
      const known = this.setIndex.has(t.code);
      if (!known && !parentUnknown) {
        this.issues.add("criterion-unknown", {
          row: t.row,
          criterion: t.code,
          cell: t.self?.cell ?? null,
          value: t.title,
        });
      }
      this.checkEvidenceText(t);
      return !known;
    }
    if (sn?.crit && sn.table === t) this.checkAgainstSet(t, sn);
    if (t.children.length > 0) this.checkSubtotals(t);
    if (sn && sn.children.length === 0) this.checkLeaf(t, sn);
    this.checkEvidenceText(t);
    return false;
  }

  private checkCells(t: TableNode): void {
    this.checkNumberCell(t.max, t.code);
    this.checkNumberCell(t.self, t.code);
    for (const a of t.appraisals) this.checkNumberCell(a, t.code);
    if (t.declared && t.declared.text.startsWith("#") && SPREADSHEET_ERROR.test(t.declared.text)) {
      this.issues.add("formula-error", {
        ...this.at(t.declared, "declared", t.row),
        criterion: t.code,
        value: t.declared.text,
      });
    }
  }

  private checkNumberCell(r: NumberRead | null, criterion: string | null): void {
    if (!r) return;
    const p = r.parsed;
    if (p.kind !== "invalid" && p.kind !== "error") return; // the common case: nothing built
    const where = { cell: r.cell, row: r.row, column: r.column, criterion };
    if (p.kind === "invalid") this.issues.add("number-invalid", { ...where, value: p.text });
    else this.issues.add("formula-error", { ...where, value: p.error });
  }

  private checkAgainstSet(t: TableNode, sn: ScoreNode): void {
    const sheetMax = numberOf(t.max);
    if (sheetMax !== null && !equals(sheetMax, sn.max)) {
      this.issues.add("max-mismatch", {
        ...this.at(t.max, "max", t.row),
        criterion: t.code,
        value: sheetMax,
        params: { expected: sn.max },
      });
    }
    const norm = (s: string) =>
      foldText(s)
        .replace(/[.:;,]+$/, "")
        .trim();
    if (t.title.trim() !== "" && sn.crit && norm(t.title) !== norm(sn.crit.title)) {
      this.issues.add("title-changed", {
        row: t.row,
        cell: this.address("title", t.row),
        column: this.table.columns.title?.letter ?? null,
        criterion: t.code,
        value: t.title,
        params: { expected: sn.crit.title },
      });
    }
  }

  private selfAt(t: TableNode) {
    return { ...this.at(t.self, "self", t.row), criterion: t.code };
  }

  private checkLeaf(t: TableNode, sn: ScoreNode): void {
    const self = numberOf(t.self);
    // Built only when an issue needs it: most leaves have none.
    const selfAt = () => this.selfAt(t);
    const penalty = sn.section === "penalty";
    const maxKnown = sn.crit !== null || numberOf(t.max) !== null;
    const max = sn.max;

    if (sn.surveyScored) {
      if (self !== null) this.issues.add("survey-item-self-scored", { ...selfAt(), value: self });
      return;
    }
    if (sn.notApplicable) return;
    if (sn.markedNotApplicable) {
      // Marked but not allowed: the item keeps its maximum and scores 0 (never a silent rise).
      const fromSelf = t.self?.parsed.kind === "not-applicable";
      const read = fromSelf ? t.self : (t.declared ?? t.self);
      const at = fromSelf ? selfAt() : { ...this.at(read, "declared", t.row), criterion: t.code };
      if (sn.crit) this.issues.add("not-applicable-disallowed", { ...at, value: read?.text ?? null });
      else
        this.issues.add("not-applicable-unconfirmed", {
          ...at,
          value: read?.text ?? null,
          params: { max },
        });
      return;
    }
    if (uncalculated(t.self))
      this.issues.add("formula-not-calculated", { ...selfAt(), value: t.self!.formula });
    else if (t.self?.parsed.kind === "blank" || (!t.self && this.table.columns.self)) {
      // A row the sheet itself says is scored by the survey is never "missing a self-score",
      // whatever the set says (the modes must not give opposite advice).
      const sheetSaysSurvey = titleSaysSurvey(t.title) || (t.ruleText.length > 0 && ruleSaysSurvey(t, max));
      if (sn.section === "main" && !sheetSaysSurvey) this.issues.add("score-missing", selfAt());
    }
    for (const a of t.appraisals)
      if (uncalculated(a))
        this.issues.add("formula-not-calculated", {
          cell: a.cell,
          row: a.row,
          column: a.column,
          criterion: t.code,
          value: a.formula!,
        });
    if (self !== null && this.options.set)
      this.checkPrecision(self, selfAt, this.options.set.rounding.decimals);
    if (self !== null) {
      if (penalty) {
        if (self > 0) this.issues.add("penalty-positive", { ...selfAt(), value: self });
        else if (maxKnown && max !== 0 && Math.abs(self) > Math.abs(max)) {
          this.issues.add("score-exceeds-max", { ...selfAt(), value: self, params: { max } });
        }
      } else if (self < 0) this.issues.add("score-negative", { ...selfAt(), value: self });
      else if (maxKnown && toUnits(self) > toUnits(max))
        this.issues.add("score-exceeds-max", { ...selfAt(), value: self, params: { max } });
      else if (sn.rule && !isAllowed(sn.rule, self, max)) {
        this.issues.add("score-not-allowed", {
          ...selfAt(),
          value: self,
          params: { allowed: allowedValues(sn.rule, max, this.lang) ?? "" },
        });
      }
    }
    if (sn.rule && (sn.rule.kind === "thresholds" || sn.rule.kind === "ratio"))
      this.checkDeclared(t, sn, self);
    if (sn.rule?.kind === "per-count") this.checkCount(t, sn, self);
    this.checkEvidencePresent(t, sn, self);
    for (const a of t.appraisals) {
      const v = numberOf(a);
      if (v === null) continue;
      const at = { cell: a.cell, row: a.row, column: a.column, criterion: t.code, value: v };
      if (penalty) {
        if (maxKnown && max !== 0 && Math.abs(v) > Math.abs(max))
          this.issues.add("appraisal-exceeds-max", { ...at, params: { max } });
      } else if (v < 0) this.issues.add("appraisal-negative", at);
      else if (maxKnown && toUnits(v) > toUnits(max))
        this.issues.add("appraisal-exceeds-max", { ...at, params: { max } });
    }
  }

  /** A score with more decimals than the set's published precision (e.g. 0,125 where 2 are used). */
  private checkPrecision(
    value: number,
    at: () => { cell: string | null; row: number; column: string | null; criterion: string },
    decimals: number,
  ): void {
    if (toUnits(value) % 10 ** (6 - Math.min(6, decimals)) !== 0) {
      this.issues.add("number-too-precise", { ...at(), value, params: { decimals } });
    }
  }

  private checkDeclared(t: TableNode, sn: ScoreNode, self: number | null): void {
    const rule = sn.rule!;
    const figure = parseDeclaredFigure(t.declared?.raw ?? null);
    const expected = expectedPoints(rule, figure, sn.max);
    const at = {
      ...this.at(t.declared, this.table.columns.declared ? "declared" : "self", t.row),
      criterion: t.code,
    };
    if (expected.kind === "no-figure") this.issues.add("declared-missing", at);
    else if (expected.kind === "points" && self !== null && !equals(self, expected.points)) {
      this.issues.add("score-inconsistent", {
        ...this.at(t.self, "self", t.row),
        criterion: t.code,
        value: self,
        params: { declared: t.declared?.text ?? "", expected: expected.points },
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
      this.issues.add("score-inconsistent", {
        ...this.at(t.self, "self", t.row),
        criterion: t.code,
        value: self,
        params: { declared: t.declared?.text ?? String(count), expected },
      });
  }

  private checkEvidencePresent(t: TableNode, sn: ScoreNode, self: number | null): void {
    if (self === null || self <= 0 || sn.section === "penalty") return;
    if (sn.crit?.evidenceRequired === false) return;
    const cols = this.table.columns;
    if (!cols.evidence && !cols.explanation) return;
    if ((t.evidence?.text ?? "") !== "" || (t.explanation?.text ?? "") !== "") return;
    const role: ColumnRole = cols.evidence ? "evidence" : "explanation";
    this.issues.add("evidence-missing", {
      ...this.at(role === "evidence" ? t.evidence : t.explanation, role, t.row),
      criterion: t.code,
      value: self,
    });
  }

  private checkEvidenceText(t: TableNode): void {
    const ev = t.evidence;
    if (!ev || ev.text === "") return;
    // A date is checked against the period even without a document number: a cell holding a
    // real date (Sheets and Excel hand it over as "dd/mm/yyyy") is a date like a typed one.
    const bounds = this.period ? this.bounds : null;
    const { recognised, outside } = evidenceVerdict(ev.text, bounds);
    const at = () => ({ cell: ev.cell, row: ev.row, column: ev.column, criterion: t.code, value: ev.text });
    if (!recognised) this.issues.add("evidence-unrecognised", at());
    if (!this.period || outside.length === 0) return;
    const seen: string[] = [];
    for (const d of outside) {
      const date = formatEvidenceDate(d);
      if (seen.includes(date)) continue;
      seen.push(date);
      this.issues.add("evidence-out-of-period", {
        ...at(),
        params: { date, from: formatIsoDate(this.period.from), to: formatIsoDate(this.period.to) },
      });
    }
  }

  // --- the sheet's own sums --------------------------------------------------------------

  /**
   * Sum of the sheet's leaf figures in one column under a node (round -1: self; k: appraisal
   * round k), blanks as 0 — what a =SUM over that column gives, so a subtotal formula matches.
   */
  private sheetSum(t: TableNode, round: number): number {
    if (t.children.length === 0) {
      const v = numberOf(round < 0 ? t.self : t.appraisals[round]);
      return v === null ? 0 : toUnits(v);
    }
    let cached = this.sums.get(t);
    if (!cached) {
      cached = new Array<number>(t.appraisals.length + 1).fill(0);
      for (const c of t.children) {
        for (let k = -1; k < cached.length - 1; k++) cached[k + 1]! += this.sheetSum(c, k);
      }
      this.sums.set(t, cached);
    }
    return cached[round + 1] ?? 0;
  }

  /**
   * Like sheetSum, but a bonus or penalty content is clamped to its own maximum (a cap), as the
   * core's totals and the template's MIN/MAX formulas do. A mixed "thưởng, trừ" container is not
   * clamped itself: its parts carry the caps.
   */
  private cappedSum(t: TableNode, round: number): number {
    if (t.children.length === 0) return this.sheetSum(t, round);
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

  private checkSubtotals(t: TableNode): void {
    const self = numberOf(t.self);
    if (self !== null) {
      const expected = fromUnits(this.sheetSum(t, -1));
      if (
        !equal15(self, expected) &&
        !equal15(self, fromUnits(this.cappedSum(t, -1))) &&
        !this.explainedByText([t], -1, self, t.self!.cell)
      )
        this.issues.add("subtotal-mismatch", {
          ...this.at(t.self, "self", t.row),
          criterion: t.code,
          value: self,
          params: { expected },
        });
    }
    t.appraisals.forEach((a, k) => {
      const v = numberOf(a);
      if (v === null) return;
      const expected = fromUnits(this.sheetSum(t, k));
      if (
        !equal15(v, expected) &&
        !equal15(v, fromUnits(this.cappedSum(t, k))) &&
        !this.explainedByText([t], k, v, a.cell)
      )
        this.issues.add("subtotal-mismatch", {
          cell: a.cell,
          row: a.row,
          column: a.column,
          criterion: t.code,
          value: v,
          params: { expected },
        });
    });
    const ownMax = numberOf(t.max);
    if (ownMax !== null && t.section === "main") {
      let u = 0;
      for (const c of t.children) {
        const m = this.sheetMax(c);
        if (m === null) return;
        u += m;
      }
      const expected = fromUnits(u);
      if (!equal15(ownMax, expected))
        this.issues.add("max-total-mismatch", {
          ...this.at(t.max, "max", t.row),
          criterion: t.code,
          value: ownMax,
          params: { expected },
        });
    }
  }

  private checkTotalRow(): void {
    const tr = this.table.totalRow;
    if (!tr) return;
    const main = this.table.fields.filter((f) => f.section === "main");
    const hasExtra = main.length !== this.table.fields.length;
    const compare = (read: NumberRead | null, round: number) => {
      const v = numberOf(read);
      if (v === null || !read) return;
      const mainSum = fromUnits(main.reduce((s, f) => s + this.sheetSum(f, round), 0));
      const allSum = fromUnits(this.table.fields.reduce((s, f) => s + this.sheetSum(f, round), 0));
      const allCapped = fromUnits(this.table.fields.reduce((s, f) => s + this.cappedSum(f, round), 0));
      if (equal15(v, mainSum) || equal15(v, allSum) || equal15(v, allCapped)) return;
      if (this.explainedByText(main, round, v, read.cell)) return;
      if (hasExtra && this.explainedByText(this.table.fields, round, v, read.cell)) return;
      this.issues.add("total-mismatch", {
        cell: read.cell,
        row: read.row,
        column: read.column,
        value: v,
        params: { expected: hasExtra ? allSum : mainSum },
      });
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
      const expected = fromUnits(u);
      if (!equal15(max, expected)) {
        this.issues.add("max-total-mismatch", {
          cell: tr.max.cell,
          row: tr.row,
          column: tr.max.column,
          criterion: this.lang === "vi" ? "Tổng cộng" : "Total",
          value: max,
          params: { expected },
        });
      }
    }
    for (const r of [tr.max, tr.self, ...tr.appraisals]) this.checkNumberCell(r, null);
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
      this.issues.add("bonus-cap-exceeded", {
        cell: t?.self?.cell ?? null,
        row: e.node.row,
        column: t?.self?.column ?? null,
        criterion: e.node.code,
        value: e.value,
        params: { kind, cap: e.cap },
      });
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
