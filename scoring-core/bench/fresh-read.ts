/**
 * readTable as `cchc rank` meets it: every table a new workbook, so every text is a string
 * instance the process has never hashed (a bench that cycles the same grids hashes each text
 * once and then finds it cached). Tables are copies of the department fixture (rule texts,
 * NFD codes, formulas, two-row header) whose strings are fresh, flat and distinct, made up
 * front; each is read once. Prints CPU µs per table.
 *   npx tsx scoring-core/bench/fresh-read.ts [tables]   (A/B against a ref: bench/ab-fresh.mjs)
 */
import type { CellValue, Grid } from "../src/grid/grid";
import { readTable } from "../src/table/read-table";
import { departmentGrid } from "../test/fixtures/department-grid";

/** A string of its own, with no hash computed yet (as a workbook's shared strings are). */
const fresh = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

export function freshGrids(n: number): Grid[] {
  const base = departmentGrid();
  const copy = (v: CellValue): CellValue => (typeof v === "string" ? fresh(v) : v);
  return Array.from({ length: n }, () => ({
    ...base,
    values: base.values.map((row) => row.map(copy)),
    formulas: base.formulas?.map((row) => row?.map((f) => (f === null ? null : fresh(f))) ?? null),
  }));
}

export function timeFreshReads(n: number, read: (g: Grid) => unknown = readTable): number {
  const warm = freshGrids(2000);
  for (const g of warm) read(g);
  const grids = freshGrids(n);
  const c0 = process.cpuUsage();
  for (const g of grids) read(g);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}

if (process.argv[1]?.endsWith("fresh-read.ts")) {
  const n = Number(process.argv[2] ?? 5000);
  console.log(`readTable, fresh strings: ${timeFreshReads(n).toFixed(1)} µs CPU per table (${n} tables)`);
}
