import type { CellValue, Grid } from "../../src/grid/grid";
import { readTable, type ReadOptions } from "../../src/table/read-table";
import type { ScoringTable, TableNode } from "../../src/table/types";

export const HEADER = ["STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng"];

/** A small one-row-header grid: header then the given rows. */
export function small(rows: CellValue[][], extra: Partial<Grid> = {}, header: CellValue[] = HEADER): Grid {
  return { sheet: "Sheet1", values: [header, ...rows], ...extra };
}

export function read(
  grid: Grid,
  options: ReadOptions = {},
): { table: ScoringTable; codes: string[]; issues: string[] } {
  const r = readTable(grid, options);
  if (!r.ok) throw new Error(`not read: ${r.issues.map((i) => i.code).join(", ")}`);
  return {
    table: r.table,
    codes: flatten(r.table.fields).map((n) => n.code),
    issues: r.issues.map((i) => i.code),
  };
}

export function flatten(nodes: readonly TableNode[]): TableNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

export function find(table: ScoringTable, code: string): TableNode {
  const n = flatten(table.fields).find((x) => x.code === code);
  if (!n) throw new Error(`no node ${code}`);
  return n;
}

/** Codes as a nested outline: "1(1.1(1.1.1))". */
export function outline(nodes: readonly TableNode[]): string {
  return nodes.map((n) => (n.children.length ? `${n.code}(${outline(n.children)})` : n.code)).join(" ");
}
