/**
 * Whether an annex says it is sample data: a title row above its header reading "DỮ LIỆU MẪU"
 * (or "SAMPLE DATA"), as the sample province's annexes do. A set derived from such an annex is
 * a sample set (`sample: true`), so every output made with it says so — the one rule for the
 * cli's `framework`, `npm start` and every host's "Nhập bộ tiêu chí" from an annex sheet.
 */
import { foldText } from "../grid/fold-text";
import type { Grid } from "../grid/grid";
import type { ScoringTable } from "../table/types";

/** Folded: "DỮ LIỆU MẪU" → "du lieu mau"; whole words, so "dữ liệu mẫu số 3" counts, "mẫu" alone does not. */
const SAMPLE_WORDS = /(?:^|[^a-z0-9])(?:du lieu mau|sample data)(?:$|[^a-z0-9])/;

/** The annex's title rows (those above its header) name it sample data. */
export function annexSaysSample(grid: Grid, table: Pick<ScoringTable, "headerRows">): boolean {
  const header = Math.min(...table.headerRows);
  if (!Number.isFinite(header)) return false;
  // headerRows are 1-based sheet rows; the grid may start below row 1.
  const end = Math.min(grid.values.length, header - 1 - (grid.origin?.row ?? 0));
  for (let r = 0; r < end; r++)
    for (const v of grid.values[r] ?? [])
      if (typeof v === "string" && v.length >= 9 && SAMPLE_WORDS.test(foldText(v))) return true;
  return false;
}
