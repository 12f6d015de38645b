/**
 * The Word report, made in the pane: the core's model of the last consolidation rendered by
 * xlsx-grid's docx module. Imported only by create.ts's loadDocx, so it and the docx library
 * are a lazy chunk, loaded on the "Báo cáo (Word)" click.
 */
import { publishedReport, type PublishedRun } from "@cchc/scoring-core/workflow";
import { renderReportDocx } from "@cchc/xlsx-grid/docx";

export function renderWordReport(run: PublishedRun): Promise<Uint8Array> {
  return renderReportDocx(publishedReport(run));
}
