/** The unit's list of what to answer, and the unit's appraisal state. */
import type { AppraisalItem, AppraisalState, FlaggedItem } from "./schema";

/**
 * The unit answered a flagged item: its explanation ("Giải trình") holds text. Evidence alone
 * does not count where the table has an explanation column — it was usually there before the
 * flag — only in tables without one.
 */
export function isAnswered(i: AppraisalItem): boolean {
  return i.cells.answer !== null ? i.answer !== null : i.evidence !== null;
}

export function flaggedItems(items: readonly AppraisalItem[]): FlaggedItem[] {
  return items
    .filter((i) => i.flagged)
    .map((i) => ({
      code: i.code,
      title: i.title,
      round1: i.round1,
      note: i.note,
      answer: i.answer,
      evidence: i.evidence,
      answered: isAnswered(i),
      settled: i.round2 !== null,
      row: i.row,
      answerCell: i.cells.answer ?? i.cells.evidence,
    }));
}

/** Flagged items without a round-2 score: the council still has to settle them. */
export function openItems(items: readonly AppraisalItem[]): AppraisalItem[] {
  return items.filter((i) => i.flagged && i.round2 === null);
}

export function appraisalState(items: readonly AppraisalItem[]): AppraisalState {
  const open = openItems(items).length;
  const flagged = items.filter((i) => i.flagged).length;
  const notAppraised = items.filter((i) => i.self !== null && i.final === null).length;
  const anyRound1 = items.some((i) => i.round1 !== null);
  const anyRound2 = items.some((i) => i.round2 !== null);
  const status =
    !anyRound1 && !anyRound2
      ? "none"
      : open === 0 && notAppraised === 0
        ? "closed"
        : anyRound2
          ? "round2"
          : "round1";
  return { status, openItems: open, flaggedItems: flagged, notAppraised };
}
