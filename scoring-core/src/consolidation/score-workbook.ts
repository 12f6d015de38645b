/**
 * One unit's workbook (all its sheets as grids) → the unit's result, for consolidation.
 * Picks the scoring sheet, checks it, names the unit. Hosts loop over files and drop each
 * workbook after this call, so memory stays flat.
 */
import type { Grid } from "../grid/grid";
import type { UnitResult, ValidationReport } from "../reports/schemas";
import type { CheckOptions } from "../check-sheet";
import { notImplemented } from "../not-implemented";

export interface UnitMeta {
  /** From a units list; otherwise the title rows, otherwise the file name. */
  unit?: string | null;
  group?: string | null;
  unitType?: string | null;
  file?: string | null;
  /** Preferred sheet name. */
  sheet?: string | null;
}

export type ScoreWorkbookResult =
  | { ok: true; result: UnitResult; report: ValidationReport; sheetNote: string | null }
  | { ok: false; unit: string | null; error: string };

export function scoreWorkbook(_grids: Grid[], _meta: UnitMeta, _options: CheckOptions = {}): ScoreWorkbookResult {
  return notImplemented("scoreWorkbook");
}
