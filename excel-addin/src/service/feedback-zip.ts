/**
 * The units' feedback workbooks (the core's rankedFeedback: the same files as
 * `cchc rank --feedback`) written by xlsx-grid's writer and packed into one .zip for the pane to
 * download. Loaded only on the button's click, with the feedback's layout.
 */
import { rankedFeedback, type UnitFeedbackSource } from "@cchc/scoring-core";
import type { PublishedRun } from "@cchc/scoring-core/workflow";
import { blockSheet, writeWorkbook, zipFiles } from "@cchc/xlsx-grid";

export function feedbackZip(run: PublishedRun, sources: readonly UnitFeedbackSource[]): Uint8Array {
  const files = rankedFeedback(run.ranking, sources, run.lang, { decimals: run.decimals });
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.fileName] = writeWorkbook(f.blocks.map((b) => blockSheet(b)));
  return zipFiles(entries);
}
