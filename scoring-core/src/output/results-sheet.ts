import type { Lang } from "../messages/lang";
import type { RankingReport, ValidationReport } from "../reports/schemas";
import type { SheetBlock } from "./sheet-block";
import { notImplemented } from "../not-implemented";

/** The tool-owned results sheet for one unit: verdict, totals per field, issues with links to cells. */
export function resultsSheet(_report: ValidationReport, _lang: Lang = "vi"): SheetBlock {
  return notImplemented("resultsSheet");
}

/** Consolidation output: ranking per group, points per field per unit, lost points, failed units. */
export function rankingSheets(_ranking: RankingReport, _lang: Lang = "vi"): SheetBlock[] {
  return notImplemented("rankingSheets");
}
