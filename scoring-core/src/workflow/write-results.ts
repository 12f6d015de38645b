/** Use cases that write: the results sheet, marks, a template. Layouts and names are the core's. */
import { resultsSheet } from "../output/results-sheet";
import type { ValidationReport } from "../reports/schemas";
import { buildTemplate } from "../template/build-template";
import type { Lang } from "../messages/lang";
import { step, type Flow } from "./awaitable";
import { templateSet } from "./criteria-sets";
import { markRuns } from "./marks";
import type { TemplatePort, WorkbookPort } from "./port";
import type { TemplateRequest } from "./service-contract";

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

/** A new scoring sheet for a unit, from the requested set; the port adds it under a free name. */
export function* makeTemplate(
  port: WorkbookPort & TemplatePort,
  request: TemplateRequest,
  lang: Lang,
): Flow<{ sheet: string }> {
  const set = yield* templateSet(port, request, lang);
  const spec = buildTemplate(set, {
    unit: request.unit,
    unitType: request.unitType ?? null,
    year: request.year ?? set.year,
    lang,
  });
  return { sheet: yield* step(port.addTemplate(spec, set.id)) };
}
