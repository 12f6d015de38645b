/** Wires the real Office.js environment: the only place the service meets the globals. */
import { officeEnv } from "../host/office-env";
import { OfficePort } from "../host/office-port";
import { ExcelScoringService } from "./excel-scoring-service";

export function createExcelService(): ExcelScoringService {
  return new ExcelScoringService(new OfficePort(officeEnv()), {
    displayLanguage: Office.context.displayLanguage || "vi-VN",
    // SheetJS (~120 KB gzipped) loads only when the user consolidates: a separate chunk.
    loadReader: async () => {
      const [xlsx, grid] = await Promise.all([import("@e965/xlsx"), import("@cchc/xlsx-grid")]);
      return { xlsx, read: grid.readWorkbookGrids };
    },
    yieldToUi: () => new Promise((resolve) => setTimeout(resolve, 0)),
    // The Word report's renderer (the docx library) is its own lazy chunk too: loaded on the
    // "Báo cáo (Word)" click, never with the pane.
    loadDocx: () => import("./word-report").then((m) => m.renderWordReport),
    loadFeedbackZip: () => import("./feedback-zip").then((m) => m.feedbackZip),
  });
}
