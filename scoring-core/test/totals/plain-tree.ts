/** Score trees as plain data, for the totals tests that compare a walk with the reference's. */
import type { ScoreNode } from "../../src/totals/score-tree";
import type { ScoreNode as ScoreNodeReference } from "../reference/score-tree";

/** JSON that tells −0 from 0 (a host formatting −0 shows "-0"; JSON.stringify would hide it). */
export function exact(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) => (Object.is(x, -0) ? "-0" : x));
}

/** A score node as plain data (the table node by its row, the set's criterion by its code). */
export function plain(n: ScoreNode | ScoreNodeReference): unknown {
  return {
    code: n.code,
    title: n.title,
    level: n.level,
    section: n.section,
    row: n.row,
    table: n.table?.row ?? null,
    crit: n.crit?.code ?? null,
    max: n.max,
    rule: n.rule,
    surveyScored: n.surveyScored,
    notApplicable: n.notApplicable,
    markedNotApplicable: n.markedNotApplicable,
    cap: n.cap,
    children: n.children.map(plain),
  };
}
