/**
 * A blank official scoring table for one unit, from a criteria set, as a host-neutral spec.
 *
 * Layout: title rows, a one-row header the table reader recognises, one row per node (Arabic
 * numbering "1", "1.1", "1.1.1", as the set stores it), a "Tổng cộng" row.
 * Formulas (English names, A1):
 * - main parents: max, self and appraisal cells = SUM of their direct children's cells;
 * - bonus/penalty parts: max is the set's (the cap), points = MIN(SUM(items), cap) for a bonus,
 *   MAX(SUM(items), −cap) for a penalty (penalty points are typed as negatives), a combined
 *   "Điểm thưởng, điểm trừ" content sums its two parts;
 * - "Tổng cộng": max = Σ main fields' maxima; points = Σ main fields + capped bonus − capped
 *   penalty. With every score filled and no appraisal, that is computeTotals' self + bonus −
 *   penalty (its `final` without survey points, which no unit types in).
 * Every text from the set or the user goes through neutralise(); nothing a unit types is
 * ever inside a formula.
 */
import { templateRowHeights } from "./row-heights";
import { NOT_APPLICABLE_LABEL } from "../numbers/not-applicable";
import { appliesTo, isExtraContent, isSurveyScored, maxFor, sectionOfPath } from "../criteria-set/lookup";
import type { Criterion, CriteriaSet, ScoringRule } from "../criteria-set/schema";
import { columnLetters } from "../grid/address";
import type { Lang } from "../messages/lang";
import { compare } from "../numbers/decimal";
import { neutralise } from "../output/neutralise";
import type { ColumnRole } from "../table/types";
import { describeRule } from "./describe-rule";
import type {
  TemplateCell,
  TemplateColumn,
  TemplateConditionalFormat,
  TemplateRow,
  TemplateRowKind,
  TemplateSpec,
  TemplateValidation,
} from "./template-spec";

export { templateToGrid } from "./template-to-grid";
export { fillTemplate, type TemplateAnswer, type TemplateAnswers } from "./fill-template";
export { evaluateTemplateFormulas } from "./evaluate-formulas";

export interface TemplateOptions {
  unit: string;
  unitType?: string | null;
  year?: number;
  /** The form itself stays Vietnamese (it is the official form the reader knows); kept for hosts. */
  lang?: Lang;
  /** Include appraisal columns (lần 1, lần 2). Default true. */
  appraisal?: boolean;
}

/** The text officials type to mark an item that does not apply to their unit. */
export const NOT_APPLICABLE_TEXT = NOT_APPLICABLE_LABEL;

const TEXT = "@";
const COLUMNS: TemplateColumn[] = [
  { role: "code", header: "STT", width: 7, editable: false, numberFormat: TEXT },
  {
    role: "title",
    header: "Lĩnh vực/tiêu chí/tiêu chí thành phần",
    width: 48,
    editable: false,
    numberFormat: TEXT,
  },
  { role: "rule", header: "Cách tính điểm", width: 40, editable: false, numberFormat: TEXT },
  { role: "max", header: "Điểm tối đa", width: 10, editable: false },
  { role: "declared", header: "Số liệu kê khai", width: 14, editable: true, numberFormat: TEXT },
  { role: "self", header: "Điểm tự đánh giá", width: 11, editable: true },
  { role: "evidence", header: "Tài liệu kiểm chứng", width: 40, editable: true, numberFormat: TEXT },
  { role: "explanation", header: "Giải trình", width: 30, editable: true, numberFormat: TEXT },
  { role: "appraisal1", header: "Điểm thẩm định lần 1", width: 11, editable: false },
  { role: "appraisal2", header: "Điểm thẩm định lần 2", width: 11, editable: false },
  { role: "appraisalNote", header: "Ghi chú của thẩm định", width: 30, editable: false, numberFormat: TEXT },
  // Last, so the columns before it keep their letters (units' files, hosts' tests).
  {
    role: "appraisalFlag",
    header: "Cần giải trình / bổ sung tài liệu",
    width: 16,
    editable: false,
    numberFormat: TEXT,
  },
];
const APPRAISAL_ROLES: ReadonlySet<ColumnRole> = new Set([
  "appraisal1",
  "appraisal2",
  "appraisalNote",
  "appraisalFlag",
]);

/**
 * What an appraiser picks in the flag column (round 1): any of these flags the item for the
 * unit's explanation; blank means not flagged (the reader also takes "x", "có"…).
 */
export const APPRAISAL_FLAG_CHOICES: readonly string[] = ["Cần giải trình", "Cần bổ sung tài liệu"];
const LEVEL_KINDS: TemplateRowKind[] = ["field", "criterion", "subcriterion", "item"];

interface Placed {
  node: Criterion;
  path: Criterion[];
  /** 0-based sheet row. */
  row: number;
  children: Placed[];
  leaf: boolean;
  survey: boolean;
  section: "main" | "bonus" | "penalty";
}

/** Runs of consecutive rows: [first, last] pairs. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

function validationFor(p: Placed, max: number): TemplateValidation | undefined {
  if (p.survey) return undefined;
  const rule: ScoringRule | undefined = p.node.rule;
  const na = p.path.some((n) => n.mayBeNotApplicable) ? { allowText: [NOT_APPLICABLE_TEXT] } : {};
  const list = (points: number[]): TemplateValidation => ({
    kind: "list",
    values: [...new Set(points)].sort((a, b) => compare(b, a)),
    ...na,
  });
  if (rule?.kind === "yes-no") return list([max, 0]);
  if (rule?.kind === "levels") return list(rule.levels.map((l) => l.points));
  if (rule?.kind === "thresholds") return list(rule.bands.map((b) => b.points));
  const negative = compare(max, 0) < 0;
  return { kind: "decimal", min: negative ? max : 0, max: negative ? 0 : max, ...na };
}

/** A blank official scoring table for a unit, from a criteria set. */
export function buildTemplate(set: CriteriaSet, options: TemplateOptions): TemplateSpec {
  const unitType = options.unitType ?? null;
  const year = options.year ?? set.year;
  const columns = COLUMNS.filter((c) => options.appraisal !== false || !APPRAISAL_ROLES.has(c.role));
  const width = columns.length;
  const col = (role: ColumnRole): number => columns.findIndex((c) => c.role === role);
  const letter = (role: ColumnRole): string => columnLetters(col(role));
  const scoreRoles = (["self", "appraisal1", "appraisal2"] as const).filter((r) => col(r) >= 0);

  const rows: TemplateRow[] = [];
  const title = (text: string) => {
    const cells: TemplateCell[] = new Array<TemplateCell>(width).fill(null);
    cells[0] = neutralise(text);
    rows.push({ kind: "title", cells });
  };
  title("ỦY BAN NHÂN DÂN TỈNH, THÀNH PHỐ: ……………………");
  title(`Đơn vị: ${options.unit.trim()}`);
  title(`BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM ${year}`);
  title(`(Theo ${set.name})`);
  if (set.sample)
    title("LƯU Ý: BỘ TIÊU CHÍ MẪU — KHÔNG PHẢI VĂN BẢN CHÍNH THỨC; chỉ dùng để thử nghiệm, tập huấn.");
  const titleRows = rows.length;
  rows.push({ kind: "blank", cells: new Array<TemplateCell>(width).fill(null) });
  const headerRow = rows.length;
  rows.push({ kind: "header", cells: columns.map((c) => c.header) });

  // Place the tree: one row per node that applies to the unit type.
  const place = (nodes: readonly Criterion[], path: Criterion[]): Placed[] => {
    const out: Placed[] = [];
    for (const node of nodes) {
      if (!appliesTo(node, unitType)) continue;
      const here = [...path, node];
      const p: Placed = {
        node,
        path: here,
        row: rows.length,
        children: [],
        leaf: true,
        survey: false,
        section: sectionOfPath(here),
      };
      rows.push({ kind: LEVEL_KINDS[Math.min(here.length - 1, 3)]!, code: node.code, cells: [] });
      p.children = place(node.children ?? [], here);
      p.leaf = p.children.length === 0;
      p.survey = p.leaf ? isSurveyScored(node) : p.children.every((c) => c.survey);
      out.push(p);
    }
    return out;
  };
  const fields = place(set.fields, []);

  const ref = (role: ColumnRole, row: number) => `${letter(role)}${row + 1}`;
  const sumOf = (role: ColumnRole, items: readonly Placed[]) =>
    `SUM(${items.map((c) => ref(role, c.row)).join(",")})`;

  /** Bonus cap / penalty cap for a part's points, or null. */
  const capOf = (p: Placed): number | null => {
    if (p.section === "main") return null;
    if (p.node.cap !== undefined) return Math.abs(p.node.cap);
    const flaggedAbove = p.path.slice(0, -1).some((a) => a.bonus || a.penalty);
    return (p.node.bonus || p.node.penalty) && !flaggedAbove ? Math.abs(maxFor(p.node, unitType)) : null;
  };
  const mixed = (p: Placed) => new Set(p.children.map((c) => c.section)).size > 1;

  const leaves: Placed[] = [];
  const fill = (p: Placed) => {
    const r = rows[p.row]!;
    const cells: TemplateCell[] = new Array<TemplateCell>(width).fill(null);
    const max = maxFor(p.node, unitType);
    cells[col("code")] = p.node.code;
    cells[col("title")] = neutralise(p.node.title);
    const ruleText = p.node.ruleText ?? (p.node.rule ? describeRule(p.node.rule, max) : "");
    if (ruleText) cells[col("rule")] = neutralise(ruleText);
    if (p.leaf) {
      cells[col("max")] = max;
      const v = validationFor(p, max);
      if (v) r.validation = v;
      if (p.survey) r.greyed = true;
      if (p.node.evidence) r.evidenceHint = neutralise(p.node.evidence);
      leaves.push(p);
    } else {
      p.children.forEach(fill);
      cells[col("max")] = p.section === "main" ? { formula: `=${sumOf("max", p.children)}` } : max;
      const cap = mixed(p) ? null : capOf(p);
      for (const role of scoreRoles) {
        const s = sumOf(role, p.children);
        const formula = cap === null ? s : p.section === "bonus" ? `MIN(${s},${cap})` : `MAX(${s},${-cap})`;
        cells[col(role)] = { formula: `=${formula}` };
      }
      if (p.survey) r.greyed = true;
    }
    r.cells = cells;
  };
  fields.forEach(fill);

  // Total row.
  const totalRow = rows.length;
  const totalCells: TemplateCell[] = new Array<TemplateCell>(width).fill(null);
  totalCells[col("title")] = "Tổng cộng";
  const main = fields.filter((f) => !isExtraContent(f.node));
  if (fields.length > 0) {
    totalCells[col("max")] = main.length > 0 ? { formula: `=${sumOf("max", main)}` } : 0;
    for (const role of scoreRoles) totalCells[col(role)] = { formula: `=${sumOf(role, fields)}` };
  }
  rows.push({ kind: "total", cells: totalCells });

  // Ranges: what units and appraisers may edit, and the two marks.
  const inputLeaves = leaves.filter((p) => !p.survey);
  const editableRanges = runs(inputLeaves.map((p) => p.row)).map(
    ([a, b]) => `${letter("declared")}${a + 1}:${letter("explanation")}${b + 1}`,
  );
  const appraisalRanges: TemplateSpec["appraisalRanges"] = [];
  if (col("appraisal1") >= 0) {
    for (const f of fields) {
      const rowsOfField = inputLeaves.filter((p) => p.path[0] === f.node).map((p) => p.row);
      for (const [a, b] of runs(rowsOfField))
        appraisalRanges.push({
          field: f.node.code,
          range: `${letter("appraisal1")}${a + 1}:${letter("appraisalFlag")}${b + 1}`,
        });
    }
  }
  const textLists: TemplateSpec["textLists"] =
    col("appraisalFlag") >= 0 && inputLeaves.length > 0
      ? [
          {
            role: "appraisalFlag",
            ranges: runs(inputLeaves.map((p) => p.row)).map(([a, b]) =>
              a === b ? ref("appraisalFlag", a) : `${ref("appraisalFlag", a)}:${ref("appraisalFlag", b)}`,
            ),
            values: [...APPRAISAL_FLAG_CHOICES],
          },
        ]
      : [];
  const conditionalFormats: TemplateConditionalFormat[] = [];
  const evidenceRows = inputLeaves.filter(
    (p) => p.node.evidenceRequired !== false && p.section !== "penalty",
  );
  for (const [a, b] of runs(evidenceRows.map((p) => p.row))) {
    const s = ref("self", a);
    conditionalFormats.push({
      kind: "missing-evidence",
      range: `${ref("self", a)}:${ref("self", b)}`,
      formula: `=AND(ISNUMBER(${s}),${s}>0,LEN(TRIM(${ref("evidence", a)}))=0,LEN(TRIM(${ref("explanation", a)}))=0)`,
    });
  }
  const overMax = (first: string, a: number, b: number, last: string) => {
    const c = `${first}${a + 1}`;
    const m = `$${letter("max")}${a + 1}`;
    conditionalFormats.push({
      kind: "over-max",
      range: `${c}:${last}${b + 1}`,
      formula: `=AND(ISNUMBER(${c}),OR(${c}>MAX(${m},0),${c}<MIN(${m},0)))`,
    });
  };
  for (const [a, b] of runs(inputLeaves.map((p) => p.row))) {
    overMax(letter("self"), a, b, letter("self"));
    if (col("appraisal1") >= 0) overMax(letter("appraisal1"), a, b, letter("appraisal2"));
  }

  const spec: TemplateSpec = {
    sheetName: `Tự đánh giá ${year}`,
    columns,
    rows,
    frozenRows: headerRow + 1,
    conditionalFormats,
    editableRanges,
    appraisalRanges,
    textLists,
    totalCells: { self: ref("self", totalRow), max: ref("max", totalRow) },
    merges: Array.from({ length: titleRows }, (_, r) => ({ top: r, left: 0, bottom: r, right: width - 1 })),
  };
  // Wrapped titles and rules print whole in every host (row-heights.ts).
  spec.rowHeights = templateRowHeights(spec);
  return spec;
}
