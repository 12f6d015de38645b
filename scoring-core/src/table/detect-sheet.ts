import type { Grid } from "../grid/grid";
import { findHeader } from "./find-header";
import type { TableProfile } from "./types";

export interface SheetCandidate {
  sheet: string;
  /** 0..1: how much the sheet looks like a scoring table. 0: not one. */
  score: number;
  /** 1-based header row found, if any. */
  headerRow: number | null;
}

/**
 * Ranks a workbook's sheets by how much each looks like a scoring table (best first). Cheap: only
 * the header search over the first 30 rows. A header with the numbering/content, maximum and
 * self-assessed columns (an annex: no self-assessed column) scores at least 0,7; more
 * recognised columns score higher. Ties keep the workbook's order.
 */
export function rankCandidateSheets(grids: Grid[], profile: TableProfile = "scoring"): SheetCandidate[] {
  const ranked = grids.map((grid, index) => {
    const h = Array.isArray(grid.values) ? findHeader(grid) : null;
    if (!h) return { index, candidate: { sheet: grid.sheet, score: 0, headerRow: null } };
    const has = (r: "code" | "title" | "max" | "self") => h.columns.has(r);
    // An annex (the set as published) has maxima and no score column.
    const complete = (has("code") || has("title")) && has("max") && (profile === "annex" || has("self"));
    const score = complete ? 0.7 + 0.3 * h.score : 0.5 * h.score;
    const headerRow = h.rows[h.rows.length - 1]! + (grid.origin?.row ?? 0) + 1;
    return { index, candidate: { sheet: grid.sheet, score: Math.round(score * 1000) / 1000, headerRow } };
  });
  ranked.sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index);
  return ranked.map((r) => r.candidate);
}
