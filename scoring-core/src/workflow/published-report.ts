/**
 * The Word report of a consolidation: the same model as `cchc rank --report`. Its own module so
 * a pane's bundler can leave it (with report-model and the docx renderer) to a lazy chunk.
 */
import { reportModel, type ReportModel } from "../output/report-model";
import type { PublishedRun } from "./publish-outputs";

export function publishedReport(run: PublishedRun): ReportModel {
  return reportModel(run.ranking, run.lang, {
    units: run.units,
    heading: run.heading,
    decimals: run.decimals,
    ...(run.sets ? { sets: run.sets } : {}),
  });
}
