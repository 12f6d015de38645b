import type { CriteriaSet } from "../criteria-set/schema";
import type { NodeTotals, TableTotals } from "../reports/schemas";
import type { ScoringTable } from "../table/types";
import { notImplemented } from "../not-implemented";

/** Survey (ĐTXHH) points for a unit: a total, or per survey-scored criterion code. */
export interface SurveyInput {
  total?: number;
  byCriterion?: Record<string, number>;
}

export interface TotalsOptions {
  set?: CriteriaSet | null;
  unitType?: string | null;
  survey?: SurveyInput | null;
}

export interface TotalsResult {
  totals: TableTotals;
  /** Every node in tree order. */
  nodes: NodeTotals[];
}

/** Totals per node and overall: self, appraised (latest round, else self), survey, bonus/penalty within caps, index. */
export function computeTotals(_table: ScoringTable, _options: TotalsOptions = {}): TotalsResult {
  return notImplemented("computeTotals");
}
