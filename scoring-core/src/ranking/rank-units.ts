import type { Classification, TieRule } from "../criteria-set/schema";
import type { Lang } from "../messages/lang";
import type { FailedUnit, RankingReport, UnitResult } from "../reports/schemas";
import { notImplemented } from "../not-implemented";

export interface RankOptions {
  classification: Classification;
  tieRule?: TieRule;
  lang?: Lang;
  failed?: FailedUnit[];
  /** Group order for output (others follow alphabetically). */
  groupOrder?: string[];
}

/** Ranks units within each group by index, classifies them, and adds the lost-points analysis. */
export function rankUnits(_units: UnitResult[], _options: RankOptions): RankingReport {
  return notImplemented("rankUnits");
}
