/**
 * The golden province through a host: each ranked unit's own file checked in the host (a unit's
 * check: totals of its table), and the whole folder consolidated where the host consolidates.
 * Every host's test runs these on its own fake and compares with the hand-worked table.
 */
import { DEFAULT_SETTINGS, type CriteriaSet, type RankingReport } from "@cchc/scoring-core";
import type { ContractHost } from "../workflow-contract";
import { goldenSurveyFile, goldenUnitFiles, type GoldenFile } from "./files";
import { goldenCheck, GOLDEN_CHECKS, goldenRows, goldenSkipped, type GoldenCheck } from "./outcome";
import { goldenGrids } from "./read";

/** Each ranked unit's file opened in the host (its scoring sheet active) and checked. */
export async function goldenChecks(
  host: ContractHost,
): Promise<{ file: string; check: GoldenCheck | null }[]> {
  const files = goldenUnitFiles();
  const out: { file: string; check: GoldenCheck | null }[] = [];
  for (const { file } of GOLDEN_CHECKS) {
    const grids = goldenGrids(files.find((f) => f.name === file)!);
    const wb = await host.open(grids, grids[0]!.sheet);
    out.push({ file, check: goldenCheck(await wb.validate({ ...DEFAULT_SETTINGS })) });
  }
  return out;
}

export interface GoldenConsolidateInput {
  /** Every file of don-vi/, with its modification time. */
  files: GoldenFile[];
  survey: GoldenFile;
  /** null: no criteria set (the table's own maxima). */
  sets: CriteriaSet[] | null;
}

/** A host's consolidation of the golden folder (the way its users would do it). */
export type GoldenConsolidate = (input: GoldenConsolidateInput) => Promise<RankingReport> | RankingReport;

/** The folder consolidated by a host: its rows and what it skipped, in the shapes compared. */
export async function goldenConsolidation(consolidate: GoldenConsolidate, sets: CriteriaSet[] | null = null) {
  const ranking = await consolidate({ files: goldenUnitFiles(), survey: goldenSurveyFile(), sets });
  return { rows: goldenRows(ranking), ...goldenSkipped(ranking) };
}
