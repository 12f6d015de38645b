/**
 * ScoringService for Excel: the core's WorkflowService over the Excel workbook adapter. Every
 * decision (which sheet, which set, tables, totals, issues, ranking, sheet names and layouts)
 * is the core's; this file only wires Excel's options and its error messages.
 */
import type { consolidateFiles } from "@cchc/scoring-core/consolidate";
import { step, WorkflowService, type WorkflowServiceOptions } from "@cchc/scoring-core/workflow";
import type { ReadResult, SheetJs } from "@cchc/xlsx-grid";
import type { ExcelPort } from "../host/port";
import { ExcelWorkbook } from "./excel-workbook";
import { toServiceError } from "./host-messages";

export interface ExcelServiceOptions {
  displayLanguage: string;
  /** Loads the xlsx reader on first use (a lazy chunk in the build). */
  loadReader?: () => Promise<{ xlsx: SheetJs; read: (bytes: Uint8Array, xlsx: SheetJs) => ReadResult }>;
  /** Lets the pane repaint between files. */
  yieldToUi?: () => Promise<void>;
  /** Loads the .docx renderer on first use (a lazy chunk): the Word report button. */
  loadDocx?: WorkflowServiceOptions["loadDocx"];
  /** Loads the feedback packer on first use (a lazy chunk): the per-unit feedback button. */
  loadFeedbackZip?: WorkflowServiceOptions["loadFeedbackZip"];
}

/** The consolidation use case's module (scoring, ranking, ranking sheets): a lazy chunk. */
const loadConsolidation = () => import("@cchc/scoring-core/consolidate");

/**
 * consolidateFiles, loaded on first use: the pane's first load (Kiểm tra) never runs it. The
 * reader's loader starts the import too, so by this step the module is normally already there.
 */
const consolidateLazily: typeof consolidateFiles = function* (port, input) {
  const { consolidateFiles } = yield* step(loadConsolidation());
  return yield* consolidateFiles(port, input);
};

export class ExcelScoringService extends WorkflowService {
  constructor(port: ExcelPort, options: ExcelServiceOptions) {
    const loadReader = options.loadReader;
    super(new ExcelWorkbook(port), {
      host: "excel",
      displayLanguage: options.displayLanguage,
      capabilities: () => ({
        consolidateFiles: true,
        consolidateUnits: false,
        templates: true,
        marks: port.supports("conditionalFormats"),
      }),
      toServiceError,
      consolidateFiles: consolidateLazily,
      ...(loadReader
        ? {
            loadReader: async () => {
              const [reader] = await Promise.all([loadReader(), loadConsolidation()]);
              return (bytes: Uint8Array) => reader.read(bytes, reader.xlsx);
            },
          }
        : {}),
      // The survey scorer is its own chunk too: loaded only when raw answers are picked.
      loadSurvey: () => import("@cchc/scoring-core/survey").then((m) => m.surveyFromAnswers),
      ...(options.yieldToUi ? { yieldToUi: options.yieldToUi } : {}),
      ...(options.loadDocx ? { loadDocx: options.loadDocx } : {}),
      ...(options.loadFeedbackZip ? { loadFeedbackZip: options.loadFeedbackZip } : {}),
    });
  }
}
