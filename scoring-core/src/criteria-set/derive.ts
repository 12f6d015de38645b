/**
 * A criteria set from an official annex pasted into a sheet: the reader's tree (read with the
 * "annex" profile: maxima, no score columns) becomes the set's tree (codes, titles, maxima, per
 * unit type where the annex has "Điểm tối đa Sở" | "Điểm tối đa xã" columns), rule texts become
 * structured rules where they are clear, and the set is then checked like any other — so the
 * published mistakes (children that do not add up, a total row that disagrees) are reported, not
 * copied silently, each naming the annex row and cell it is about.
 */
import { foldText } from "../grid/fold-text";
import type { Lang } from "../messages/lang";
import { compare, sum } from "../numbers/decimal";
import type { NumberRead, ScoringTable, Section, TableNode } from "../table/types";
import { makeIssue, type Issue } from "../issues/issue";
import { formatZodPath, zodReason } from "./load";
import { parseRuleText } from "./rule-text";
import { notApplicableCell, splitNotApplicable, type NotApplicableStated } from "./not-applicable-text";
import { CLASSIFICATION_PRESETS, CriteriaSetSchema, type Criterion, type CriteriaSet } from "./schema";
import { validateCriteriaSet } from "./validate-set";
import { annexSaysSample } from "./annex-sample";
import type { Grid } from "../grid/grid";

export interface DeriveMeta {
  id: string;
  name: string;
  year: number;
  unitTypes: string[];
  decision?: string;
  /** A sample set (not official): every output made with it says so. See deriveAnnexSet. */
  sample?: boolean;
}

/**
 * A title names the survey as the scorer ("Đánh giá qua ĐTXHH", "Điểm điều tra xã hội học",
 * "(ĐTXHH)"), not as a task ("Tổ chức điều tra xã hội học về sự hài lòng" is self-scored).
 */
const SURVEY_TITLE =
  /\b(?:qua|bang|theo|do|tu|ket qua|diem) (?:dieu tra xa hoi hoc|dtxhh)\b|\(dtxhh\)|^(?:dieu tra xa hoi hoc|dtxhh)$/;

function titleNamesSurvey(title: string): boolean {
  return SURVEY_TITLE.test(foldText(title));
}

/** Derives a criteria set from a scoring table (an official annex pasted into a sheet). */
export function deriveCriteriaSet(
  table: ScoringTable,
  meta: DeriveMeta,
  lang: Lang = "vi",
): { set: CriteriaSet; issues: Issue[] } {
  const issues: Issue[] = [];
  const sheet = table.sheet;
  const ruleCol = table.columns.rule?.letter ?? null;
  // Unit types with their own maximum column, in column order (first column per type).
  const unitColumns = [...new Set((table.unitMaxima ?? []).map((u) => u.unitType))];
  const unitTypes = unitColumns.length > 0 ? unitColumns : meta.unitTypes;
  const primary =
    unitColumns.length > 0 ? (unitTypes.find((t) => meta.unitTypes.includes(t)) ?? unitTypes[0]!) : null;
  const byNode = new Map<string, TableNode>();

  /** A unit type's maximum of a node: its cell, else its children's; null: does not apply. */
  const unitMax = (node: TableNode, children: Criterion[], t: string): number | null => {
    const read: NumberRead | undefined = node.maxByUnitType?.[t];
    if (read?.parsed.kind === "number") return read.parsed.value;
    const kids = children.filter((c) => !c.unitTypes || c.unitTypes.includes(t));
    if (children.length > 0 && kids.length > 0) return sum(kids.map((c) => c.maxByUnitType?.[t] ?? c.max));
    return null;
  };

  const maxOf = (node: TableNode, children: Criterion[]): { max: number; written: boolean } => {
    const read = primary !== null ? (node.maxByUnitType?.[primary] ?? node.max) : node.max;
    if (read?.parsed.kind === "number") return { max: read.parsed.value, written: true };
    if (children.length > 0) return { max: sum(children.map((c) => c.max)), written: false };
    if (read?.parsed.kind === "error") {
      issues.push(
        makeIssue(
          "formula-error",
          {
            sheet,
            cell: read.cell,
            row: read.row,
            column: read.column,
            criterion: node.code,
            value: read.parsed.error,
          },
          lang,
        ),
      );
    } else if (primary !== null && unitTypes.some((t) => unitMax(node, children, t) !== null)) {
      // Blank for this unit type but set for another: the item does not apply to it.
    } else {
      // A leaf needs its maximum: blank, "Không áp dụng" or text is reported and counted as 0.
      issues.push(
        makeIssue(
          "number-invalid",
          {
            sheet,
            cell: read?.cell ?? null,
            row: read?.row ?? node.row,
            column: read?.column ?? null,
            criterion: node.code,
            value: read?.text ?? "",
          },
          lang,
        ),
      );
    }
    return { max: 0, written: false };
  };

  /** "Không áp dụng" as the annex states it: its column wins over a clause of the rule text. */
  const notApplicableOf = (
    node: TableNode,
    fromText: NotApplicableStated | null,
  ): NotApplicableStated | null => {
    const cell = node.notApplicable;
    if (!cell || cell.text.trim() === "") return fromText;
    const read = notApplicableCell(cell.text);
    if (read && !read.understood)
      issues.push(
        makeIssue(
          "set-not-applicable-unclear",
          {
            sheet,
            cell: cell.cell,
            row: cell.row,
            column: cell.column,
            criterion: node.code,
            value: cell.text,
          },
          lang,
        ),
      );
    return read ? (read.policy ? { allowed: true, policy: read.policy } : { allowed: true }) : null;
  };

  const convert = (
    node: TableNode,
    parentSection: Section | null,
    parentSurvey: boolean,
    parentAppraiser: string | null,
  ): Criterion => {
    const section: Section = node.section ?? parentSection ?? "main";
    const ruleText = node.ruleText
      .map((t) => t.trim())
      .filter((t) => t !== "")
      .join("\n");
    // "Trường hợp không phát sinh … thì được điểm tối đa" is about N/A, not the scoring rule.
    const { rule: scoringText, stated } = splitNotApplicable(ruleText);
    // A rule text that only names the survey ("Điểm do ĐTXHH") makes the node survey-scored.
    const textSurvey = scoringText !== "" && parseRuleText(scoringText, 1)?.kind === "survey";
    const survey = parentSurvey || titleNamesSurvey(node.title) || textSurvey;
    // Who appraises: the annex names it on a field (its items inherit) or on an item.
    const named = node.appraiser?.text.trim() || null;
    const appraiser = named ?? parentAppraiser;
    const children = node.children.map((c) => convert(c, section, survey, appraiser));
    let { max, written } = maxOf(node, children);
    let perType: Record<string, number> | undefined;
    let applies: string[] | undefined;
    if (primary !== null) {
      const maxima = unitTypes.map((t) => [t, unitMax(node, children, t)] as const);
      const own = maxima.find(([t]) => t === primary)![1];
      const first = maxima.find(([, m]) => m !== null)?.[1] ?? null;
      if (own === null && first !== null) ({ max, written } = { max: first, written: true });
      const differ = maxima.filter(([, m]) => m !== null && compare(m, max) !== 0);
      if (differ.length > 0) perType = Object.fromEntries(differ) as Record<string, number>;
      const on = maxima.filter(([, m]) => m !== null).map(([t]) => t);
      if (on.length > 0 && on.length < unitTypes.length) applies = on;
    }
    byNode.set(node.code, node);
    const out: Criterion = { code: node.code, title: node.title.trim() || node.code, max };
    if (perType) out.maxByUnitType = perType;
    if (applies) out.unitTypes = applies;
    if (ruleText) out.ruleText = ruleText;
    if (named && named !== parentAppraiser) out.appraiser = named;
    const na = notApplicableOf(node, stated);
    if (na?.allowed) {
      out.mayBeNotApplicable = true;
      if (na.policy) out.notApplicablePolicy = na.policy;
    }
    if (children.length === 0) {
      if (survey) out.rule = { kind: "survey" };
      else if (scoringText) {
        const rule = parseRuleText(scoringText, max);
        if (rule) out.rule = rule;
        else
          issues.push(
            makeIssue(
              "rule-not-parsed",
              {
                sheet,
                cell: ruleCol ? `${ruleCol}${node.row}` : null,
                row: node.row,
                column: ruleCol,
                criterion: node.code,
              },
              lang,
            ),
          );
      }
      if (out.rule?.kind === "survey") out.surveyScored = true;
    } else if (survey || children.every((c) => c.surveyScored)) out.surveyScored = true;
    const evidence = node.evidence?.text.trim();
    if (evidence) out.evidence = evidence;
    // Flag where a bonus/penalty part starts (its descendants inherit), or a negative maximum.
    const parentFlag = parentSection ?? "main";
    if (section !== "main" && section !== parentFlag) {
      if (section === "bonus") out.bonus = true;
      else out.penalty = true;
    }
    // In a bonus/penalty part a written maximum below its items' sum is a cap ("tối đa 3 điểm").
    // A combined "Điểm thưởng, điểm trừ" content is no cap: its bonus and penalty parts carry theirs.
    if (section !== "main" && children.length > 0 && written && !node.mixedSection) out.cap = Math.abs(max);
    else if (section === "main" && compare(max, 0) < 0) out.penalty = true;
    if (children.length > 0) out.children = children;
    return out;
  };

  const fields = table.fields.map((f) => convert(f, null, false, null));
  const totalMax = table.totalRow?.max;
  const raw: CriteriaSet = {
    schemaVersion: 1,
    id: meta.id,
    name: meta.name,
    year: meta.year,
    unitTypes,
    sample: meta.sample === true,
    source: meta.decision ? { decision: meta.decision } : {},
    ...(totalMax?.parsed.kind === "number" ? { declaredTotal: totalMax.parsed.value } : {}),
    fields,
    classification: CLASSIFICATION_PRESETS["five-level"]!,
    tieRule: { mode: "dense", decimals: 2 },
    rounding: { decimals: 2, mode: "half-away-from-zero" },
  };
  const parsed = CriteriaSetSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      issues.push(
        makeIssue(
          "set-schema",
          { sheet, params: { path: formatZodPath(issue.path, lang), reason: zodReason(issue, lang) } },
          lang,
        ),
      );
    return { set: raw, issues };
  }
  const located = validateCriteriaSet(parsed.data, lang).map((issue) => locate(issue, table, byNode));
  return { set: parsed.data, issues: [...issues, ...located] };
}

/**
 * A set from the annex sheet the table was read from: deriveCriteriaSet, marked a sample set when
 * the annex's title rows say "DỮ LIỆU MẪU" (annexSaysSample). Every caller with the sheet (cli
 * `framework`, the hosts' import and check from an annex) goes through here: one rule.
 */
export function deriveAnnexSet(
  grid: Grid,
  table: ScoringTable,
  meta: DeriveMeta,
  lang: Lang = "vi",
): { set: CriteriaSet; issues: Issue[] } {
  return deriveCriteriaSet(
    table,
    { ...meta, sample: meta.sample === true || annexSaysSample(grid, table) },
    lang,
  );
}

/** Sum and maximum issues point at the maximum cell; others at the numbering cell. */
const AT_MAX = new Set(["set-children-sum", "set-declared-total", "set-rule-invalid"]);

/** A set issue names the annex row and cell of the node it is about (or the total row). */
function locate(issue: Issue, table: ScoringTable, byNode: Map<string, TableNode>): Issue {
  const node = issue.criterion ? byNode.get(issue.criterion) : undefined;
  const numbering = table.columns.code?.letter ?? table.columns.title?.letter ?? null;
  if (node) {
    const max = AT_MAX.has(issue.code) ? node.max : null;
    const column = max?.column ?? numbering;
    return {
      ...issue,
      sheet: table.sheet,
      row: node.row,
      column,
      cell: max?.cell ?? (column ? `${column}${node.row}` : null),
    };
  }
  const total = table.totalRow?.max;
  if (issue.code === "set-declared-total" && total)
    return { ...issue, sheet: table.sheet, row: total.row, column: total.column, cell: total.cell };
  return { ...issue, sheet: table.sheet };
}
