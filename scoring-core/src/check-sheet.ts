/**
 * The one call hosts make: a grid in, a validation report out (read → validate → total).
 * Never throws on bad input: problems become issues naming cells.
 */
import type { CriteriaSet } from "./criteria-set/schema";
import type { Grid } from "./grid/grid";
import type { Lang } from "./messages/lang";
import { REPORT_SCHEMA_VERSION, type ValidationReport } from "./reports/schemas";
import type { ColumnMapping } from "./table/column-mapping";
import { readTable } from "./table/read-table";
import type { NumberRead, ScoringTable, TableNode } from "./table/types";
import { computeDetailed, emptyTotals, type DetailedTotals, type SurveyInput } from "./totals/compute-totals";
import type { ScoreNode } from "./totals/score-tree";
import { IssueCollector } from "./issues/issue";
import { validateWithTotals } from "./validation/validate-table";

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

export function checkSheet(grid: Grid, options: CheckOptions = {}): ValidationReport {
  return checked(grid, options).report;
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

/** The report's counts, written out (the same fields, in the same order, as { ...counts, total }). */
function countsOf(issues: IssueCollector): ValidationReport["counts"] {
  const c = issues.counts;
  return { error: c.error, warning: c.warning, info: c.info, total: issues.total };
}

/**
 * checkSheet, also handing back the table read (null when none was found) and its score tree.
 * The tree is built here, not when first read: hosts and consolidation keep what this returns
 * while they work on the table, and a getter over the sheet-only totals made `cchc rank`'s main
 * thread promote ≈ 8× more (40 → 335 MB over 2,500 files, `--trace-gc-nvp`), +20 % CPU and
 * +22 MB peak RSS. checkSheet alone still builds none.
 */
export function checkSheetWithTable(
  grid: Grid,
  options: CheckOptions = {},
): { report: ValidationReport; table: ScoringTable | null; tree?: ScoreNode[] } {
  const { report, table, detailed } = checked(grid, options);
  if (detailed === null) return { report, table };
  return { report, table, tree: detailed.tree };
}

function checked(
  grid: Grid,
  options: CheckOptions,
): { report: ValidationReport; table: ScoringTable | null; detailed: DetailedTotals | null } {
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
  if (!read.ok) {
    const report: ValidationReport = {
      schemaVersion: REPORT_SCHEMA_VERSION,
      lang,
      sheet: grid.sheet,
      criteriaSetId: set?.id ?? null,
      unit: null,
      year: null,
      tableFound: false,
      headerRows: [],
      issues: issues.issues,
      counts: countsOf(issues),
      truncated: issues.truncated,
      totals: emptyTotals(),
      nodes: [],
    };
    return { report, table: null, detailed: null };
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
  // Written out (no spread of a shared base): one object shape for every report.
  const report: ValidationReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    lang,
    sheet: grid.sheet,
    criteriaSetId: set?.id ?? null,
    unit: table.unit,
    year: table.year,
    tableFound: true,
    headerRows: table.headerRows,
    issues: issues.issues,
    counts: countsOf(issues),
    truncated: issues.truncated,
    totals: detailed.totals,
    nodes: detailed.nodes,
  };
  return { report, table, detailed };
}
