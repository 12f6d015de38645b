/**
 * The one call hosts make: a grid in, a validation report out (read → validate → total).
 * Never throws on bad input: problems become issues naming cells.
 */
import type { CriteriaSet } from "./criteria-set/schema";
import type { Grid } from "./grid/grid";
import type { Lang } from "./messages/lang";
import type { ValidationReport } from "./reports/schemas";
import type { SurveyInput } from "./totals/compute-totals";
import { notImplemented } from "./not-implemented";

export interface CheckOptions {
  lang?: Lang;
  set?: CriteriaSet | null;
  unitType?: string | null;
  headerRow?: number | null;
  survey?: SurveyInput | null;
  /** How many issues to list (all are counted). Default 500. */
  issueLimit?: number;
  evidencePeriod?: { from: string; to: string } | null;
}

export function checkSheet(_grid: Grid, _options: CheckOptions = {}): ValidationReport {
  return notImplemented("checkSheet");
}
