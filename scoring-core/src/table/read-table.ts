import type { Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import type { Issue } from "../validation/issue";
import type { ScoringTable } from "./types";
import { notImplemented } from "../not-implemented";

export interface ReadOptions {
  /** 1-based sheet row of the (last) header row, overriding detection. */
  headerRow?: number | null;
  lang?: Lang;
  issueLimit?: number;
}

export type ReadResult = { ok: true; table: ScoringTable; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Grid → scoring table: finds the header in the first 30 rows, maps columns, builds the tree. */
export function readTable(_grid: Grid, _options: ReadOptions = {}): ReadResult {
  return notImplemented("readTable");
}
