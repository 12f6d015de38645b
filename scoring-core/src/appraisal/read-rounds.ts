/**
 * The appraisal rounds of every scored item of a read table. The reader keeps only the appraisal
 * columns present, in order (table/read-table.ts), so which round an entry is comes from the
 * header: with a round-1 column, entries are [round 1, round 2]; with only a round-2 column, the
 * single entry is round 2.
 */
import { foldWords } from "../grid/fold-cache";
import type { CellRead, NumberRead, ScoringTable, TableNode } from "../table/types";
import { numberOf } from "../totals/score-tree";
import type { AppraisalItem } from "./schema";

/** Flag cells meaning "no": blank, "không", "0", "no", FALSE; anything else typed there flags the item. */
const NOT_FLAGGED = /^(?:khong|ko|k|no|false|0|-)$/;

export function isFlagged(read: CellRead | null | undefined): boolean {
  if (!read) return false;
  if (read.raw === false || read.raw === 0) return false;
  if (read.raw === true) return true;
  const words = foldWords(read.text);
  return words !== "" && !NOT_FLAGGED.test(words);
}

function roundsOf(table: ScoringTable, node: TableNode): { r1: NumberRead | null; r2: NumberRead | null } {
  const a = node.appraisals;
  if (table.columns.appraisal1)
    return { r1: a[0] ?? null, r2: table.columns.appraisal2 ? (a[1] ?? null) : null };
  return { r1: null, r2: table.columns.appraisal2 ? (a[0] ?? null) : null };
}

const cellOf = (r: CellRead | null | undefined, letter: string | undefined, row: number): string | null =>
  r?.cell ?? (letter ? letter + row : null);

const textOf = (r: CellRead | null | undefined): string | null =>
  r && r.text.trim() !== "" ? r.text.trim() : null;

/** One item per leaf of the table (a row without children), fields first to last. */
export function readAppraisalItems(table: ScoringTable): AppraisalItem[] {
  const items: AppraisalItem[] = [];
  const cols = table.columns;
  const visit = (n: TableNode, field: TableNode) => {
    if (n.children.length > 0) {
      for (const c of n.children) visit(c, field);
      return;
    }
    const { r1, r2 } = roundsOf(table, n);
    const round1 = numberOf(r1);
    const round2 = numberOf(r2);
    items.push({
      code: n.code,
      title: n.title,
      fieldCode: field.code,
      fieldTitle: field.title,
      section: n.section,
      row: n.row,
      self: numberOf(n.self),
      round1,
      round2,
      final: round2 ?? round1,
      flagged: isFlagged(n.appraisalFlag),
      note: textOf(n.appraisalNote),
      answer: textOf(n.explanation),
      evidence: textOf(n.evidence),
      cells: {
        self: cellOf(n.self, cols.self?.letter, n.row),
        round1: cellOf(r1, cols.appraisal1?.letter, n.row),
        round2: cellOf(r2, cols.appraisal2?.letter, n.row),
        flag: cellOf(n.appraisalFlag, cols.appraisalFlag?.letter, n.row),
        note: cellOf(n.appraisalNote, cols.appraisalNote?.letter, n.row),
        answer: cellOf(n.explanation, cols.explanation?.letter, n.row),
        evidence: cellOf(n.evidence, cols.evidence?.letter, n.row),
      },
    });
  };
  for (const f of table.fields) visit(f, f);
  return items;
}
