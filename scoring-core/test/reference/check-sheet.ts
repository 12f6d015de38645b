/** checkSheet as it was before session 4 (reference for the differential tests). */
/**
 * The one call hosts make: a grid in, a validation report out (read → validate → total).
 * Never throws on bad input: problems become issues naming cells.
 */
import type { CriteriaSet } from "../../src/criteria-set/schema";
import type { Grid } from "../../src/grid/grid";
import type { Lang } from "../../src/messages/lang";
import { REPORT_SCHEMA_VERSION, type ValidationReport } from "../../src/reports/schemas";
import type { ColumnMapping } from "../../src/table/column-mapping";
import { readTable } from "../../src/table/read-table";
import type { NumberRead, ScoringTable, TableNode } from "../../src/table/types";
import { computeDetailed, emptyTotals, type SurveyInput } from "./compute-totals";
import type { ScoreNode } from "./score-tree";
import { IssueCollector } from "./issue";
import { validateWithTotals } from "./validate-table";

export interface CheckOptions {
  lang?: Lang;
  set?: CriteriaSet | null;
  unitType?: string | null;
  headerRow?: number | null;
  /** Columns the user mapped (role → sheet letters), over what the header words say. */
  columns?: ColumnMapping | null;
  survey?: SurveyInput | null;
  /** How many issues to list (all are counted). Default 500. */
  issueLimit?: number;
  evidencePeriod?: { from: string; to: string } | null;
}

export const DEFAULT_ISSUE_LIMIT = 500;

export function checkSheetReference(grid: Grid, options: CheckOptions = {}): ValidationReport {
  return checkSheetWithTableReference(grid, options).report;
}

/** True when no score cell of the table holds anything (a blank template, not a submission). */
export function tableIsBlank(table: ScoringTable): boolean {
  const filled = (r: NumberRead | null) => r !== null && r.parsed.kind !== "blank";
  const walk = (nodes: readonly TableNode[]): boolean =>
    nodes.every((n) =>
      n.children.length > 0 ? walk(n.children) : !filled(n.self) && !n.appraisals.some(filled),
    );
  return walk(table.fields);
}

/** checkSheet, also handing back the table read (null when none was found). */
export function checkSheetWithTableReference(
  grid: Grid,
  options: CheckOptions = {},
): { report: ValidationReport; table: ScoringTable | null; tree?: ScoreNode[] } {
  const lang = options.lang ?? "vi";
  const set = options.set ?? null;
  const issues = new IssueCollector(lang, grid.sheet, options.issueLimit ?? DEFAULT_ISSUE_LIMIT);
  // The reader lists everything it finds; the collector keeps the limit and the true counts.
  const read = readTable(grid, {
    headerRow: options.headerRow ?? null,
    columns: options.columns ?? null,
    lang,
    issueLimit: Number.MAX_SAFE_INTEGER,
  });
  for (const issue of read.issues) issues.addIssue(issue);
  const base = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    lang,
    sheet: grid.sheet,
    criteriaSetId: set?.id ?? null,
  } as const;
  if (!read.ok) {
    const report: ValidationReport = {
      ...base,
      unit: null,
      year: null,
      tableFound: false,
      headerRows: [],
      issues: issues.issues,
      counts: { ...issues.counts, total: issues.total },
      truncated: issues.truncated,
      totals: emptyTotals(),
      nodes: [],
    };
    return { report, table: null };
  }
  const table = read.table;
  const unitType = options.unitType ?? null;
  const detailed = computeDetailed(table, { set, unitType, survey: options.survey ?? null });
  validateWithTotals(
    table,
    issues,
    { set, unitType, evidencePeriod: options.evidencePeriod ?? null },
    detailed,
  );
  const report: ValidationReport = {
    ...base,
    unit: table.unit,
    year: table.year,
    tableFound: true,
    headerRows: table.headerRows,
    issues: issues.issues,
    counts: { ...issues.counts, total: issues.total },
    truncated: issues.truncated,
    totals: detailed.totals,
    nodes: detailed.nodes,
  };
  return { report, table, tree: detailed.tree };
}
