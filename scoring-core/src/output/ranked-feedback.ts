/**
 * Feedback for every ranked unit, from the ranking itself: each unit's workbook shows exactly
 * its ranking row (survey included), its losses per criterion with the appraisers' notes and the
 * evidence it gave, and its issues. The cli (`rank --feedback`) and the consolidating hosts use
 * this one function, so a unit reads the same figures wherever its feedback was made.
 */
import type { CriteriaSet } from "../criteria-set/schema";
import type { Lang } from "../messages/lang";
import type { RankingReport, UnitResult, ValidationReport } from "../reports/schemas";
import { feedbackSheets, type FeedbackNote } from "./feedback";
import { FileNamer, safeFileStem } from "./file-name";
export { feedbackNotes } from "./feedback-notes";
import type { SheetBlock } from "./sheet-block";

/** What is kept of a unit to write its feedback after the ranking. */
export interface UnitFeedbackSource {
  /** The unit's check (sheet, year, issues, counts). Its totals and nodes are taken from `result`. */
  report: ValidationReport;
  /** The result the ranking ranked (survey applied). */
  result: UnitResult;
  notes?: readonly FeedbackNote[];
  /** The set the unit was scored on: rule texts and required evidence. */
  set?: CriteriaSet | null;
}

export interface UnitFeedback {
  unit: string;
  group: string;
  /** A file name safe on Windows, macOS and Drive, unique within the run ("Phản hồi - Sở Y tế.xlsx"). */
  fileName: string;
  blocks: SheetBlock[];
}

const key = (u: { group: string; unit: string; file: string | null }) =>
  `${u.group}\u0000${u.unit}\u0000${u.file ?? ""}`;

export function rankedFeedback(
  ranking: RankingReport,
  sources: readonly UnitFeedbackSource[],
  lang: Lang,
  options: { decimals?: number } = {},
): UnitFeedback[] {
  const byKey = new Map(sources.map((s) => [key(s.result), s]));
  const names = new FileNamer();
  const prefix = lang === "vi" ? "Phản hồi" : "Feedback";
  const out: UnitFeedback[] = [];
  for (const g of ranking.groups)
    for (const row of g.rows) {
      const source = byKey.get(key(row));
      if (!source) continue;
      const report: ValidationReport = {
        ...source.report,
        unit: row.unit,
        totals: source.result.totals,
        nodes: source.result.nodes,
      };
      const blocks = feedbackSheets(report, lang, {
        set: source.set ?? null,
        ranked: { row, groupSize: g.rows.filter((r) => r.rank !== null).length },
        notes: source.notes ?? [],
        decimals: options.decimals ?? source.set?.rounding.decimals ?? 2,
      });
      // The unit's name cleaned alone (a planted "=UBND …" loses its "="), then prefixed.
      const fileName = names.name(`${prefix} - ${safeFileStem(row.unit, "don-vi")}`, "xlsx");
      out.push({ unit: row.unit, group: g.group, fileName, blocks });
    }
  return out;
}
