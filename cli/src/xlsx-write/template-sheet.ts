/**
 * A blank scoring sheet from the core's TemplateSpec. Layout decisions are the core's; here
 * only rendering: styles per row kind, unlocked editable ranges, validations with Vietnamese
 * messages, the two conditional formats and password-less protection.
 *
 * Injection: texts in a TemplateSpec come from the criteria set. They are written as inline
 * strings (t="inlineStr"), which Excel and LibreOffice never evaluate, so a title starting
 * with "=" stays text. Only TemplateCell { formula } objects become formulas.
 */
import {
  formatNumber,
  type ColumnRole,
  type TemplateRow,
  type TemplateSpec,
  type TemplateValidation,
} from "@cchc/scoring-core";
import { columnRuns, inAny, parseRange, type Rect } from "./ranges";
import type { XlsxCell, XlsxDataValidation, XlsxSheet, XlsxStyle, XlsxValidation } from "./xlsx-sheet";

const NUMBER_ROLES: ReadonlySet<ColumnRole> = new Set(["max", "self", "appraisal1", "appraisal2"]);
const SCORE_ROLES: ReadonlySet<ColumnRole> = new Set(["self", "appraisal1", "appraisal2"]);
const WRAP_ROLES: ReadonlySet<ColumnRole> = new Set([
  "title",
  "rule",
  "declared",
  "evidence",
  "explanation",
  "appraisalNote",
]);
const LEAF_KINDS: ReadonlySet<TemplateRow["kind"]> = new Set(["subcriterion", "item"]);

function rowStyle(row: TemplateRow, surveyRow: boolean): XlsxStyle {
  switch (row.kind) {
    case "title":
      return { bold: true };
    case "header":
      return { bold: true, wrap: true, fill: "header", border: true, horizontal: "center" };
    case "field":
      return { bold: true, wrap: true, fill: "field", border: true };
    case "criterion":
      return { bold: true, wrap: true, border: true };
    case "total":
      return { bold: true, fill: "total", border: true };
    case "rule":
      return { italic: true, wrap: true, border: true };
    case "blank":
      return {};
    default:
      return surveyRow ? { wrap: true, border: true, fill: "survey" } : { wrap: true, border: true };
  }
}

function vi(n: number): string {
  return formatNumber(n, "vi", 2);
}

function validationOf(v: TemplateValidation): { rule: XlsxValidation; prompt: string; error: string } {
  if (v.kind === "decimal") {
    return {
      rule: { kind: "decimal", min: v.min, max: v.max },
      prompt: `Nhập điểm từ ${vi(v.min)} đến ${vi(v.max)}.`,
      error: `Điểm phải là số từ ${vi(v.min)} đến ${vi(v.max)} (dùng dấu phẩy cho phần thập phân).`,
    };
  }
  const levels = v.values.map(vi).join("; ");
  return {
    rule: { kind: "list", values: v.values },
    prompt: `Chọn một mức điểm: ${levels}.`,
    error: `Điểm phải là một trong các mức: ${levels}.`,
  };
}

export function templateSheet(spec: TemplateSpec): XlsxSheet {
  const editable: Rect[] = spec.editableRanges.map(parseRange).filter((r): r is Rect => r !== null);
  const roles = spec.columns.map((c) => c.role);
  const selfCol = roles.indexOf("self");
  const scoreCols = roles.map((r, i) => (SCORE_ROLES.has(r) ? i : -1)).filter((i) => i >= 0);
  const headerRows = spec.rows.map((r, i) => (r.kind === "header" ? i : -1)).filter((i) => i >= 0);

  // Rows sharing a validation share one <dataValidation> per column: group by rule.
  const groups = new Map<string, { v: TemplateValidation; rows: number[] }>();
  const rows: (XlsxCell | null)[][] = spec.rows.map((row, r) => {
    // A leaf whose self-score cell is not editable is scored elsewhere (the survey): grey it.
    const surveyRow = LEAF_KINDS.has(row.kind) && selfCol >= 0 && !inAny(editable, r, selfCol);
    const base = rowStyle(row, surveyRow);
    if (row.validation) {
      const key = JSON.stringify(row.validation);
      const g = groups.get(key) ?? { v: row.validation, rows: [] };
      g.rows.push(r);
      groups.set(key, g);
    }
    const width =
      row.kind === "title" || row.kind === "blank"
        ? row.cells.length
        : Math.max(row.cells.length, spec.columns.length);
    const out: (XlsxCell | null)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row.cells[c] ?? null;
      const role = roles[c];
      const style: XlsxStyle = { ...base };
      if (role && NUMBER_ROLES.has(role) && row.kind !== "header") style.numberFormat = "0.00";
      if (role && WRAP_ROLES.has(role) && row.kind !== "title") style.wrap = true;
      if (inAny(editable, r, c)) {
        style.locked = false;
        if (!style.fill) style.fill = "input";
      }
      const value = cell === null ? null : typeof cell === "object" ? { formula: cell.formula } : cell;
      if (value === null && Object.keys(base).length === 0 && style.locked !== false) {
        out.push(null);
        continue;
      }
      out.push({ value, style });
    }
    return out;
  });

  const dataValidations: XlsxDataValidation[] = [];
  for (const { v, rows: vRows } of groups.values()) {
    const { rule, prompt, error } = validationOf(v);
    const sqref = scoreCols.flatMap((c) => columnRuns(c, vRows)).join(" ");
    if (sqref === "") continue;
    dataValidations.push({
      sqref,
      rule,
      prompt: { title: "Điểm", text: prompt },
      error: { title: "Điểm không hợp lệ", text: error },
    });
  }

  const lastHeader = headerRows.length > 0 ? Math.max(...headerRows) : -1;
  return {
    name: spec.sheetName,
    rows,
    columnWidths: spec.columns.map((c) => c.width),
    frozenRows: spec.frozenRows,
    dataValidations,
    conditionalFormats: spec.conditionalFormats.map((cf) => ({
      sqref: cf.range,
      formula: cf.formula,
      style: cf.kind === "missing-evidence" ? "amber" : "red",
    })),
    protect: true,
    ...(lastHeader >= 0 ? { printTitleRows: { from: Math.min(...headerRows), to: lastHeader } } : {}),
  };
}
