/**
 * What the appraisers wrote beside each item and the evidence the unit gave, read from its
 * scoring sheet for its feedback. Apart from ranked-feedback.ts so the per-file scoring step can
 * keep them without pulling the feedback's layout into a pane's first load.
 */
import type { Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import { readTable } from "../table/read-table";
import type { ColumnMapping } from "../table/column-mapping";
import { readAppraisalItems } from "../appraisal/read-rounds";
import type { FeedbackNote } from "./feedback";

/** The appraisers' notes and the evidence the unit gave, read from its scoring sheet. */
export function feedbackNotes(
  grid: Grid,
  options: { lang?: Lang; headerRow?: number | null; columns?: ColumnMapping | null } = {},
): FeedbackNote[] {
  const read = readTable(grid, {
    lang: options.lang ?? "vi",
    headerRow: options.headerRow ?? null,
    columns: options.columns ?? null,
  });
  if (!read.ok) return [];
  return readAppraisalItems(read.table)
    .filter((i) => i.note !== null || i.evidence !== null)
    .map((i) => ({ code: i.code, note: i.note, evidence: i.evidence }));
}
