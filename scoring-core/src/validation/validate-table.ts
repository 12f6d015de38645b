import type { CriteriaSet } from "../criteria-set/schema";
import type { ScoringTable } from "../table/types";
import type { IssueCollector } from "./issue";
import { notImplemented } from "../not-implemented";

export interface ValidateOptions {
  /** Reference set: enables criterion-missing/unknown, max-mismatch, title-changed, rule checks. */
  set?: CriteriaSet | null;
  unitType?: string | null;
  /** Evidence dated outside is suspect (ISO dates); defaults to the set's period or the table's year. */
  evidencePeriod?: { from: string; to: string } | null;
}

/** Checks a read table and adds every issue found to the collector. */
export function validateTable(_table: ScoringTable, _issues: IssueCollector, _options: ValidateOptions = {}): void {
  notImplemented("validateTable");
}
