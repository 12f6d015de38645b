/** Use cases that write: the results sheet and marks (a template: ./make-template). Layouts and names are the core's. */
import { resultsSheet } from "../output/results-sheet";
import type { ValidationReport } from "../reports/schemas";
import { step, type Flow } from "./awaitable";
import { markRuns } from "./marks";
import type { WorkbookPort } from "./port";

/** Writes or refreshes the tool-owned results sheet of one check. */
export function* writeResults(
  port: WorkbookPort,
  report: ValidationReport,
): Flow<{ sheet: string; renamed: boolean }> {
  const block = resultsSheet(report, report.lang);
  const [written] = yield* step(port.writeToolSheets("results", [{ block }]));
  return { sheet: written?.name ?? block.name, renamed: written?.renamed ?? false };
}

/** Marks the cells of a report's errors and warnings (the tool's earlier marks are replaced). */
export function* markIssues(port: WorkbookPort, report: ValidationReport): Flow<{ marked: number }> {
  const { marks, cells } = markRuns(report);
  yield* step(port.markCells(marks));
  return { marked: cells };
}

export function* clearMarks(port: WorkbookPort): Flow<{ cleared: number }> {
  return { cleared: yield* step(port.clearMarks()) };
}
