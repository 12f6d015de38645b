/**
 * One side of the A/B benchmark (bench/ab.mjs bundles this file once per tree): the public
 * entry points a stage at a time, so both builds run the same calls on the same grids.
 */
import { checkSheet, checkSheetWithTable } from "../src/check-sheet";
import { CLASSIFICATION_PRESETS } from "../src/criteria-set/schema";
import { SAMPLE_DEPARTMENT_2025 } from "../src/criteria-set/samples/index";
import { rankUnits } from "../src/ranking/rank-units";
import type { RankingReport, UnitResult } from "../src/reports/schemas";
import type { Grid } from "../src/grid/grid";
import { IssueCollector } from "../src/issues/issue";
import { readTable } from "../src/table/read-table";
import type { ScoringTable } from "../src/table/types";
import { computeDetailed, type DetailedTotals } from "../src/totals/compute-totals";
import { validateWithTotals } from "../src/validation/validate-table";

export const check = (g: Grid) => checkSheet(g);
/** checkSheet with the reference set bench/grids.ts benchSetGrid's tables are filled in from. */
export const checkWithSet = (g: Grid) =>
  checkSheet(g, { set: SAMPLE_DEPARTMENT_2025, unitType: "department" });
/** checkSheet handing back the table and the score tree too (bench/pretenure.mjs keeps them). */
export const checkWithTable = (g: Grid) => checkSheetWithTable(g);
export const read = (g: Grid) => readTable(g);
export const totals = (t: ScoringTable) => computeDetailed(t);
export function validate(g: Grid, t: ScoringTable, d: DetailedTotals): number {
  const issues = new IssueCollector("vi", g.sheet, 500);
  validateWithTotals(t, issues, {}, d);
  return issues.total;
}

/** 10,000 units as bench/run.ts builds them (100 distinct tables' results, two groups). */
export function rankUnitsFrom(grids: readonly Grid[]): UnitResult[] {
  const base: UnitResult[] = grids.slice(0, 100).map((g, i) => {
    const r = checkSheet(g);
    return {
      unit: `Đơn vị ${i}`,
      group: "",
      unitType: null,
      file: null,
      totals: r.totals,
      nodes: r.nodes,
      errors: r.counts.error,
      warnings: r.counts.warning,
    };
  });
  return Array.from({ length: 10_000 }, (_, i) => ({
    ...base[i % base.length]!,
    unit: `Đơn vị số ${i}`,
    group: i % 3 === 0 ? "UBND xã, phường" : "Sở, ban, ngành",
    file: `don-vi-${i}.xlsx`,
  }));
}

export const rank = (units: UnitResult[]): RankingReport =>
  rankUnits(units, { classification: CLASSIFICATION_PRESETS["national"]! });
