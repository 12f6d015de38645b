/**
 * Checks the appraisal like the self-assessment: each round's score against the rule's allowed
 * values (range and sign are already checked by validation/validate-table.ts for every round),
 * a score below self without the appraiser's note, a score above self. And, for the unit, that
 * every flagged item has an answer.
 */
import type { CriteriaSet } from "../criteria-set/schema";
import type { IssueCollector } from "../issues/issue";
import { toUnits } from "../numbers/decimal";
import type { ScoringTable, TableNode } from "../table/types";
import { computeDetailed } from "../totals/compute-totals";
import { flattenScoreTree, type ScoreNode } from "../totals/score-tree";
import { isAnswered } from "./flagged-items";
import { allowedValues, isAllowed } from "../validation/validate-table";
import { readAppraisalItems } from "./read-rounds";
import type { AppraisalItem } from "./schema";

export interface AppraisalCheckOptions {
  set?: CriteriaSet | null;
  unitType?: string | null;
}

/** Adds the appraisal issues of a table to the collector; returns the items read. */
export function checkAppraisal(
  table: ScoringTable,
  issues: IssueCollector,
  options: AppraisalCheckOptions = {},
): AppraisalItem[] {
  const items = readAppraisalItems(table);
  const detailed = computeDetailed(table, { set: options.set ?? null, unitType: options.unitType ?? null });
  const byRow = new Map<number, ScoreNode>();
  for (const n of flattenScoreTree(detailed.tree))
    if (n.table && n.children.length === 0) byRow.set((n.table as TableNode).row, n);
  for (const item of items) {
    const sn = byRow.get(item.row);
    if (sn && (sn.surveyScored || sn.notApplicable || sn.markedNotApplicable)) continue;
    for (const round of [1, 2] as const) {
      const v = round === 1 ? item.round1 : item.round2;
      const cell = round === 1 ? item.cells.round1 : item.cells.round2;
      if (v === null) continue;
      const column = cell?.replace(/\d+$/, "") ?? null;
      const at = { cell, row: item.row, column, criterion: item.code, value: v };
      const penalty = item.section === "penalty";
      const inRange = penalty ? v <= 0 : v >= 0 && (!sn || toUnits(v) <= toUnits(sn.max));
      if (sn?.rule && inRange && !penalty && !isAllowed(sn.rule, v, sn.max))
        issues.add("appraisal-not-allowed", {
          ...at,
          params: { allowed: allowedValues(sn.rule, sn.max, issues.lang) ?? "" },
        });
      if (item.self === null) continue;
      if (toUnits(v) < toUnits(item.self) && item.note === null)
        issues.add("appraisal-lower-without-note", { ...at, params: { self: item.self } });
      else if (toUnits(v) > toUnits(item.self))
        issues.add("appraisal-above-self", { ...at, params: { self: item.self } });
    }
  }
  return items;
}

/** One issue per flagged item with neither an explanation nor evidence, at the answer cell. */
export function checkAnswers(items: readonly AppraisalItem[], issues: IssueCollector): number {
  let missing = 0;
  for (const item of items) {
    if (!item.flagged || isAnswered(item)) continue;
    missing++;
    const cell = item.cells.answer ?? item.cells.evidence;
    issues.add("appraisal-answer-missing", {
      cell,
      row: item.row,
      column: cell?.replace(/\d+$/, "") ?? null,
      criterion: item.code,
      params: { flag: item.cells.flag ?? "" },
    });
  }
  return missing;
}
