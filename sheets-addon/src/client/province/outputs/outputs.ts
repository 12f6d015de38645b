/**
 * The province sidebar's output writers: the Word report's .docx (the docx library) and the
 * units' feedback workbooks in one .zip (xlsx-grid's writer, fflate). About 100 KB gzipped that
 * only the "Báo cáo (Word)" and feedback buttons need, so they are not in Sidebar.html: the build
 * makes them a separate bundle (OutputsChunk.html) the sidebar loads on first use (./load-outputs).
 */
import type { ReportModel, UnitFeedback } from "@cchc/scoring-core";
import { blockSheet, renderReportDocx, writeWorkbook, zipFiles } from "@cchc/xlsx-grid";

export interface OutputWriters {
  /** The .docx of a report model (the same document as `cchc rank --report`). */
  reportDocx(model: ReportModel): Promise<Uint8Array>;
  /** One workbook per feedback file, zipped under the files' names. */
  feedbackZip(files: readonly Pick<UnitFeedback, "fileName" | "blocks">[]): Uint8Array;
}

export const outputWriters: OutputWriters = {
  reportDocx: (model) => renderReportDocx(model),
  feedbackZip(files) {
    const entries: Record<string, Uint8Array> = {};
    for (const f of files) entries[f.fileName] = writeWorkbook(f.blocks.map((b) => blockSheet(b)));
    return zipFiles(entries);
  },
};
