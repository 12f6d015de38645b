/**
 * A blank scoring sheet from the core's TemplateSpec. Layout decisions are the core's (rows,
 * formulas, which rows are greyed, which ranges are editable, number formats, merges); here
 * only rendering: styles per row kind, unlocked editable ranges, validations with Vietnamese
 * messages, evidence hints as input messages, the two conditional formats, password-less
 * protection.
 *
 * Injection: texts in a TemplateSpec come from the criteria set. They are written as inline
 * strings (t="inlineStr"), which Excel and LibreOffice never evaluate, so a title starting
 * with "=" stays text. Only TemplateCell { formula } objects become formulas.
 */
import {
  a1,
  formatNumber,
  rangeA1,
  templateListSheet,
  type ColumnRole,
  type TemplateListSheet,
  type TemplateRow,
  type TemplateSpec,
  type TemplateValidation,
} from "@cchc/scoring-core";
import { columnRuns, inAny, parseRange, type Rect } from "./ranges";
import { plainText, textCell } from "./text-cell";
import type { XlsxCell, XlsxDataValidation, XlsxSheet, XlsxStyle } from "./xlsx-sheet";

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

const SCORE_TITLE = "Điểm";
const ERROR_TITLE = "Điểm không hợp lệ";
const EVIDENCE_TITLE = "Tài liệu kiểm chứng";

function rowStyle(row: TemplateRow): XlsxStyle {
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
      return row.greyed ? { wrap: true, border: true, fill: "survey" } : { wrap: true, border: true };
  }
}

function vi(n: number): string {
  return formatNumber(n, "vi", 6);
}

function quoted(texts: string[]): string {
  return texts.map((t) => `“${t}”`).join(", ");
}

/** Excel formula text of a string literal. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The validations of one group of rows sharing a rule, over the score columns. */
function validationsFor(
  v: TemplateValidation,
  scoreCols: number[],
  rows: number[],
  lists: TemplateListSheet | null,
): XlsxDataValidation[] {
  const texts = v.allowText ?? [];
  const runs = scoreCols.flatMap((c) => columnRuns(c, rows));
  if (runs.length === 0) return [];
  if (v.kind === "list") {
    const levels = v.values.map(vi).join("; ");
    const also = texts.length > 0 ? ` hoặc ${quoted(texts)}` : "";
    const source = lists?.sourceOf(v);
    return [
      {
        sqref: runs.join(" "),
        rule: { kind: "list", values: [...v.values, ...texts], ...(source ? { source } : {}) },
        prompt: { title: SCORE_TITLE, text: `Chọn một mức điểm: ${levels}${also}.` },
        error: { title: ERROR_TITLE, text: `Điểm phải là một trong các mức: ${levels}${also}.` },
      },
    ];
  }
  const range = `từ ${vi(v.min)} đến ${vi(v.max)}`;
  if (texts.length === 0) {
    return [
      {
        sqref: runs.join(" "),
        rule: { kind: "decimal", min: v.min, max: v.max },
        prompt: { title: SCORE_TITLE, text: `Nhập điểm ${range}.` },
        error: { title: ERROR_TITLE, text: `Điểm phải là số ${range} (dùng dấu phẩy cho phần thập phân).` },
      },
    ];
  }
  // A number in range or one of the texts: a custom rule, relative to each run's first cell.
  return runs.map((run) => {
    const first = run.split(":")[0]!;
    const orText = texts.map((t) => `${first}=${literal(t)}`).join(",");
    return {
      sqref: run,
      rule: {
        kind: "custom",
        formula: `OR(AND(ISNUMBER(${first}),${first}>=${v.min},${first}<=${v.max}),${orText})`,
      },
      prompt: { title: SCORE_TITLE, text: `Nhập điểm ${range}, hoặc ${quoted(texts)}.` },
      error: { title: ERROR_TITLE, text: `Điểm phải là số ${range}, hoặc ${quoted(texts)}.` },
    };
  });
}

/**
 * A template as the sheets of a new workbook: the scoring sheet, then (when it has drop-down
 * lists) the very hidden sheet of numeric cells the lists take their items from — the core's
 * layout, the same as the Excel add-in's, so a decimal comma never turns "0,5" into text.
 */
export function templateSheets(spec: TemplateSpec): XlsxSheet[] {
  const lists = templateListSheet(spec);
  if (!lists) return [templateSheet(spec)];
  const height = Math.max(...lists.columns.map((c) => c.length));
  const listSheet: XlsxSheet = {
    name: lists.name,
    state: "veryHidden",
    rows: Array.from({ length: height }, (_, r) =>
      lists.columns.map((col) => {
        const item = col[r];
        return item === undefined ? null : typeof item === "number" ? { value: item } : textCell(item, {});
      }),
    ),
    protect: true,
  };
  return [templateSheet(spec, lists), listSheet];
}

/**
 * The scoring sheet alone. Without `lists` its drop-downs are explicit lists ("0,0.5,1"), for
 * callers writing this one sheet; templateSheets gives them numeric cells as their source.
 */
export function templateSheet(spec: TemplateSpec, lists: TemplateListSheet | null = null): XlsxSheet {
  const editable: Rect[] = spec.editableRanges.map(parseRange).filter((r): r is Rect => r !== null);
  const roles = spec.columns.map((c) => c.role);
  const scoreCols = roles.map((r, i) => (SCORE_ROLES.has(r) ? i : -1)).filter((i) => i >= 0);
  const evidenceCol = roles.indexOf("evidence");
  const headerRows = spec.rows.map((r, i) => (r.kind === "header" ? i : -1)).filter((i) => i >= 0);

  // Rows sharing a validation share <dataValidation> elements: group by rule.
  const groups = new Map<string, { v: TemplateValidation; rows: number[] }>();
  const hints: XlsxDataValidation[] = [];
  const rows: (XlsxCell | null)[][] = spec.rows.map((row, r) => {
    const base = rowStyle(row);
    if (row.validation) {
      const key = JSON.stringify(row.validation);
      const g = groups.get(key) ?? { v: row.validation, rows: [] };
      g.rows.push(r);
      groups.set(key, g);
    }
    if (row.evidenceHint && evidenceCol >= 0) {
      hints.push({
        sqref: a1(r, evidenceCol),
        prompt: { title: EVIDENCE_TITLE, text: plainText(row.evidenceHint) },
      });
    }
    const structural = row.kind !== "title" && row.kind !== "blank";
    const width = structural ? Math.max(row.cells.length, spec.columns.length) : row.cells.length;
    const out: (XlsxCell | null)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row.cells[c] ?? null;
      const column = spec.columns[c];
      const style: XlsxStyle = { ...base };
      if (column && structural && row.kind !== "header") {
        const format = column.numberFormat ?? (NUMBER_ROLES.has(column.role) ? "0.00" : undefined);
        if (format) style.numberFormat = format;
        if (WRAP_ROLES.has(column.role)) style.wrap = true;
      }
      if (inAny(editable, r, c)) {
        style.locked = false;
        if (!style.fill) style.fill = "input";
      }
      if (cell === null) {
        out.push(Object.keys(style).length > 0 ? { value: null, style } : null);
      } else if (typeof cell === "string") {
        out.push(textCell(cell, style));
      } else if (typeof cell === "number") {
        out.push({ value: cell, style });
      } else {
        out.push({ value: { formula: cell.formula }, style });
      }
    }
    return out;
  });

  const dataValidations: XlsxDataValidation[] = [];
  for (const { v, rows: vRows } of groups.values())
    dataValidations.push(...validationsFor(v, scoreCols, vRows, lists));
  dataValidations.push(...hints);
  // The appraisal flag ("Cần giải trình"): a drop-down of texts, blank allowed.
  for (const t of spec.textLists ?? [])
    dataValidations.push({
      sqref: t.ranges.join(" "),
      rule: { kind: "list", values: t.values },
      prompt: { title: "Thẩm định", text: `Chọn: ${t.values.join("; ")}; để trống nếu không cần.` },
      error: { title: "Giá trị không hợp lệ", text: `Chọn một trong: ${t.values.join("; ")}.` },
    });

  const lastHeader = headerRows.length > 0 ? Math.max(...headerRows) : -1;
  const sheet: XlsxSheet = {
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
    // The core's heights for wrapped titles and rules: no program grows a row on open.
    ...(spec.rowHeights ? { rowHeights: spec.rowHeights } : {}),
  };
  // A one-cell "merge" makes Excel repair the file: drop those.
  const merges = (spec.merges ?? []).filter((m) => m.bottom > m.top || m.right > m.left);
  if (merges.length > 0) sheet.merges = merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right));
  if (lastHeader >= 0) sheet.printTitleRows = { from: Math.min(...headerRows), to: lastHeader };
  return sheet;
}
