/**
 * Pure rendering of host-neutral blocks into what Office.js takes in one assignment:
 * rectangular 2-D arrays, A1 ranges, validation rules. No Excel API here.
 */
import {
  a1,
  rangeA1,
  templateListSheet,
  type SheetBlock,
  type TemplateSpec,
  type TemplateValidation,
} from "@cchc/scoring-core";

export type Matrix = (string | number)[][];

/** Excel's sheet-name quoting in formulas and links. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function formulaText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A link to a cell in the workbook that works in every Excel version (HYPERLINK, no 1.7 API). */
export function hyperlinkFormula(sheet: string, cell: string, label: string): string {
  return `=HYPERLINK(${formulaText(`#${quoteSheet(sheet)}!${cell}`)},${formulaText(label)})`;
}

export function blockWidth(rows: readonly (readonly unknown[])[]): number {
  return rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/** A block's cells as one rectangular `formulas` array; its texts are already neutralised by the core. */
export function blockMatrix(block: SheetBlock): Matrix {
  const width = Math.max(1, blockWidth(block.rows));
  const m: Matrix = block.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
  if (m.length === 0) m.push(Array.from({ length: width }, () => ""));
  for (const link of block.links) {
    const row = m[link.row];
    if (!row || link.col >= width) continue;
    const label = row[link.col];
    row[link.col] = hyperlinkFormula(
      link.sheet,
      link.cell,
      String(label === "" ? link.cell : label).replace(/^'/, ""),
    );
  }
  return m;
}

export function blockAddress(block: SheetBlock): string {
  const m = blockMatrix(block);
  return rangeA1(0, 0, m.length - 1, m[0]!.length - 1);
}

/** Points per character of column width (Calibri 11). */
export const POINTS_PER_CHAR = 7;

export function templateMatrix(spec: TemplateSpec): Matrix {
  const width = Math.max(spec.columns.length, blockWidth(spec.rows.map((r) => r.cells)));
  return spec.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row.cells[c];
      if (cell === null || cell === undefined) return "";
      if (typeof cell === "object") return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
      return cell;
    }),
  );
}

/**
 * The rule for a score cell. A list's source is a range of numeric cells (`listSource`): a
 * source typed as text ("1,0.5,0") is read in the invariant locale, and with Vietnamese
 * regional settings (decimal comma) picking "0.5" would enter the text "0.5", not a number.
 */
export function validationRule(v: TemplateValidation, listSource?: string): Excel.DataValidationRule {
  if (v.kind === "decimal") return { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } };
  return { list: { inCellDropDown: true, source: listSource ?? v.values.join(",") } };
}

/**
 * The numeric cells the templates' drop-down lists take their items from (the core's layout:
 * a very hidden sheet named by a hash of its content), with Office's "=" before each source.
 */
export function listSheet(spec: TemplateSpec): {
  name: string;
  columns: (number | string)[][];
  sourceOf: (v: TemplateValidation) => string | undefined;
  textSourceOf: (values: readonly string[]) => string | undefined;
} | null {
  const lists = templateListSheet(spec);
  if (!lists) return null;
  return {
    name: lists.name,
    columns: lists.columns,
    sourceOf: (v) => {
      const source = lists.sourceOf(v);
      return source === undefined ? undefined : `=${source}`;
    },
    textSourceOf: (values) => {
      const source = lists.textSourceOf(values);
      return source === undefined ? undefined : `=${source}`;
    },
  };
}

/** Score columns of a template (self and appraisal), where leaf rows get data validation. */
export function scoreColumns(spec: TemplateSpec): number[] {
  return spec.columns.flatMap((c, i) =>
    c.role === "self" || c.role === "appraisal1" || c.role === "appraisal2" ? [i] : [],
  );
}

/** Consecutive leaf rows with the same rule share one validation range (fewer proxies). */
export function validationRuns(spec: TemplateSpec): { address: string; validation: TemplateValidation }[] {
  const cols = scoreColumns(spec);
  const out: { address: string; validation: TemplateValidation }[] = [];
  let start = -1;
  let current: TemplateValidation | null = null;
  const flush = (end: number) => {
    if (current && start >= 0)
      for (const c of cols) out.push({ address: rangeA1(start, c, end, c), validation: current });
  };
  spec.rows.forEach((row, i) => {
    const v = row.validation ?? null;
    if (v && current && JSON.stringify(v) === JSON.stringify(current) && start >= 0) return;
    flush(i - 1);
    current = v;
    start = v ? i : -1;
  });
  flush(spec.rows.length - 1);
  return out.map((o) => ({ ...o, address: o.address.replace(/^([A-Z]+\d+):\1$/, "$1") }));
}

export function cellA1(row: number, col: number): string {
  return a1(row, col);
}
