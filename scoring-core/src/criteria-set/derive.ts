import type { Lang } from "../messages/lang";
import type { ScoringTable } from "../table/types";
import type { Issue } from "../validation/issue";
import type { CriteriaSet } from "./schema";
import { notImplemented } from "../not-implemented";

export interface DeriveMeta {
  id: string;
  name: string;
  year: number;
  unitTypes: string[];
  decision?: string;
}

/** Derives a criteria set from a scoring table (an official annex pasted into a sheet). */
export function deriveCriteriaSet(
  _table: ScoringTable,
  _meta: DeriveMeta,
  _lang: Lang = "vi",
): { set: CriteriaSet; issues: Issue[] } {
  return notImplemented("deriveCriteriaSet");
}
