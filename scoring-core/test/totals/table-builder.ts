/**
 * Hand-built scoring tables for tests, independent of the reader: one spec per row, the tree
 * follows the dotted codes. Columns: A code, B title, C max, D rule, E declared, F self,
 * G appraisal 1, H appraisal 2, I evidence, J explanation. The first row is sheet row 6.
 */
import type { CellValue } from "../../src/grid/grid";
import type { ParsedNumber } from "../../src/numbers/parse-number";
import type {
  CellRead,
  ColumnMap,
  NodeLevel,
  NumberRead,
  ScoringTable,
  Section,
  TableNode,
  TotalRow,
} from "../../src/table/types";

export interface RowSpec {
  code: string;
  title?: string;
  max?: CellValue;
  rule?: string;
  declared?: CellValue;
  self?: CellValue;
  a1?: CellValue;
  a2?: CellValue;
  evidence?: string;
  explanation?: string;
  section?: Section;
  hidden?: boolean;
}

export interface TableSpec {
  sheet?: string;
  unit?: string | null;
  year?: number | null;
  rows: RowSpec[];
  total?: { max?: CellValue; self?: CellValue; a1?: CellValue; a2?: CellValue };
  /** Leave out columns (e.g. ["evidence", "explanation"]). */
  without?: string[];
}

const COLS = {
  code: "A",
  title: "B",
  max: "C",
  rule: "D",
  declared: "E",
  self: "F",
  appraisal1: "G",
  appraisal2: "H",
  evidence: "I",
  explanation: "J",
} as const;

export function parsed(v: CellValue | undefined): ParsedNumber {
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "invalid", text: String(v) };
  const t = v.trim();
  if (t === "" || t === "-") return { kind: "blank" };
  if (/^#[A-Z0-9/]+[!?]?$/.test(t)) return { kind: "error", error: t };
  if (/^(không áp dụng|kad|n\/a)$/i.test(t)) return { kind: "not-applicable" };
  if (/^-?\d+([,.]\d+)?$/.test(t)) return { kind: "number", value: Number(t.replace(",", ".")) };
  return { kind: "invalid", text: t };
}

function cellRead(col: string, row: number, v: CellValue | undefined): CellRead {
  const raw = v ?? null;
  return {
    cell: `${col}${row}`,
    row,
    column: col,
    raw,
    formula: null,
    text: raw === null ? "" : String(raw).trim(),
  };
}

function numberRead(col: string, row: number, v: CellValue | undefined): NumberRead {
  return { ...cellRead(col, row, v), parsed: parsed(v) };
}

function levelOf(code: string): NodeLevel {
  const depth = code.split(".").length;
  return (["field", "criterion", "subcriterion", "item"] as const)[Math.min(depth, 4) - 1]!;
}

export function buildTable(spec: TableSpec): ScoringTable {
  const without = new Set(spec.without ?? []);
  const has = (role: keyof typeof COLS) => !without.has(role);
  const columns: ColumnMap = {};
  (Object.keys(COLS) as (keyof typeof COLS)[]).forEach((role) => {
    if (has(role))
      columns[role] = { role, col: COLS[role].charCodeAt(0) - 65, letter: COLS[role], header: role };
  });
  const fields: TableNode[] = [];
  const byCode = new Map<string, TableNode>();
  let row = 6;
  for (const r of spec.rows) {
    const parentCode = r.code.includes(".") ? r.code.slice(0, r.code.lastIndexOf(".")) : null;
    const parent = parentCode ? byCode.get(parentCode) : undefined;
    const appraisals: NumberRead[] = [];
    if (has("appraisal1")) appraisals.push(numberRead("G", row, r.a1));
    if (has("appraisal2")) appraisals.push(numberRead("H", row, r.a2));
    const node: TableNode = {
      code: r.code,
      rawCode: r.code,
      level: levelOf(r.code),
      section: r.section ?? parent?.section ?? "main",
      title: r.title ?? `Tiêu chí ${r.code}`,
      row,
      hidden: r.hidden ?? false,
      max: has("max") ? numberRead("C", row, r.max) : null,
      declared: has("declared") ? cellRead("E", row, r.declared) : null,
      self: has("self") ? numberRead("F", row, r.self) : null,
      appraisals,
      evidence: has("evidence") ? cellRead("I", row, r.evidence) : null,
      explanation: has("explanation") ? cellRead("J", row, r.explanation) : null,
      appraisalNote: null,
      ruleText: r.rule ? [r.rule] : [],
      children: [],
    };
    if (parent)
      (parent.children as TableNode[]).push(node); // its own array, made just above
    else fields.push(node);
    byCode.set(r.code, node);
    row++;
  }
  let totalRow: TotalRow | null = null;
  if (spec.total) {
    const t = spec.total;
    totalRow = {
      row,
      max: numberRead("C", row, t.max),
      self: numberRead("F", row, t.self),
      appraisals: [numberRead("G", row, t.a1), numberRead("H", row, t.a2)],
    };
    row++;
  }
  return {
    sheet: spec.sheet ?? "Tự chấm",
    unit: spec.unit === undefined ? "Sở Tư pháp" : spec.unit,
    year: spec.year === undefined ? 2023 : spec.year,
    headerRows: [5],
    columns,
    fields,
    totalRow,
    firstRow: 6,
    lastRow: row - 1,
  };
}
