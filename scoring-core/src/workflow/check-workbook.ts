/**
 * Use case: check a unit's workbook. Reads the configured sheet (else the active one) in one
 * batch; a sheet the tool wrote is never checked as a unit's table. When that sheet is not a
 * scoring table (a "Hướng dẫn" sheet, a results sheet), the other visible sheets are read, the
 * one that looks most like a scoring table is checked, and an info issue (`sheet-chosen`) says
 * which — the cli's rule (scoreWorkbook), now the same in every host.
 */
import { checkSheet } from "../check-sheet";
import type { CriteriaSet } from "../criteria-set/schema";
import type { Grid } from "../grid/grid";
import { makeIssue } from "../issues/issue";
import type { ValidationReport } from "../reports/schemas";
import type { Settings } from "../settings/schema";
import { rankCandidateSheets } from "../table/detect-sheet";
import { step, type Flow } from "./awaitable";
import { criteriaSetFor } from "./criteria-sets";
import type { PortRead, WorkbookPort } from "./port";

export interface CheckWorkbookInput {
  settings: Settings;
  /** The resolved criteria set (see criteriaSetFor), or null for none. */
  set: CriteriaSet | null;
}

function check(grid: Grid, { settings, set }: CheckWorkbookInput): ValidationReport {
  return checkSheet(grid, {
    lang: settings.lang,
    set,
    unitType: settings.unitType,
    headerRow: settings.headerRow,
    columns: settings.columns,
    issueLimit: settings.issueLimit,
  });
}

/** The report of `chosen`, with an info issue first saying it was checked instead of `active`. */
function withChoiceNote(report: ValidationReport, active: string): ValidationReport {
  const note = makeIssue(
    "sheet-chosen",
    { sheet: report.sheet, params: { active, sheet: report.sheet } },
    report.lang,
  );
  return {
    ...report,
    issues: [note, ...report.issues],
    counts: { ...report.counts, info: report.counts.info + 1, total: report.counts.total + 1 },
  };
}

export function* checkWorkbook(port: WorkbookPort, input: CheckWorkbookInput): Flow<ValidationReport> {
  const first: PortRead = yield* step(port.readSheet(input.settings.sheet));
  const own = first.sheet.toolOwned !== true;
  const firstReport = own ? check(first.grid, input) : null;
  if (firstReport?.tableFound) return firstReport;

  // Only now (the uncommon case) are the other sheets listed and read, one batch each.
  const sheets = yield* step(port.listSheets());
  const others = sheets.filter(
    (s) => s.name !== first.sheet.name && s.toolOwned !== true && s.visible !== false,
  );
  const grids: Grid[] = [];
  for (const s of others) grids.push((yield* step(port.readSheet(s.name))).grid);
  for (const candidate of rankCandidateSheets(grids)) {
    if (candidate.score <= 0) break;
    const grid = grids.find((g) => g.sheet === candidate.sheet);
    if (!grid) continue;
    const report = check(grid, input);
    if (report.tableFound) return withChoiceNote(report, first.sheet.name);
  }
  // No scoring table anywhere: the user's own sheet says so (header-not-found), never a tool sheet.
  if (firstReport) return firstReport;
  const fallback = grids[0] ?? { sheet: first.sheet.name, values: [] };
  return check(fallback, input);
}

/** Check with the stored settings: their criteria set resolved first (an unknown id is an error). */
export function* validateWorkbook(port: WorkbookPort, settings: Settings): Flow<ValidationReport> {
  const set = yield* criteriaSetFor(port, settings.criteriaSetId, settings.lang);
  return yield* checkWorkbook(port, { settings, set });
}
