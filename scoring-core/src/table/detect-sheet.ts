import type { Grid } from "../grid/grid";
import { notImplemented } from "../not-implemented";

export interface SheetCandidate {
  sheet: string;
  /** 0..1: how much the sheet looks like a scoring table. 0: not one. */
  score: number;
  /** 1-based header row found, if any. */
  headerRow: number | null;
}

/** Ranks a workbook's sheets by how much each looks like a scoring table (best first). */
export function rankCandidateSheets(_grids: Grid[]): SheetCandidate[] {
  return notImplemented("rankCandidateSheets");
}
