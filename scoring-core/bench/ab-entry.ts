/**
 * One side of the A/B benchmark (bench/ab.mjs bundles this file once per tree): the public
 * entry points a stage at a time, so both builds run the same calls on the same grids.
 */
import { checkSheet } from "../src/check-sheet";
import type { Grid } from "../src/grid/grid";
import { IssueCollector } from "../src/issues/issue";
import { readTable } from "../src/table/read-table";
import type { ScoringTable } from "../src/table/types";
import { computeDetailed, type DetailedTotals } from "../src/totals/compute-totals";
import { validateWithTotals } from "../src/validation/validate-table";

export const check = (g: Grid) => checkSheet(g);
export const read = (g: Grid) => readTable(g);
export const totals = (t: ScoringTable) => computeDetailed(t);
export function validate(g: Grid, t: ScoringTable, d: DetailedTotals): number {
  const issues = new IssueCollector("vi", g.sheet, 500);
  validateWithTotals(t, issues, {}, d);
  return issues.total;
}
