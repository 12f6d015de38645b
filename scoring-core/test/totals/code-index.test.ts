/**
 * Session 8: with a set, the score tree finds each criterion's table node by replaying the last
 * table's answers when the table's codes, node by node, are the last table's (a province's
 * template), else from a Map. Against the reference build (a Map per table), on sequences of
 * tables cut from the sample sets' templates: the same template again and again, rows dropped,
 * a code repeated (the first in tree order wins), rows swapped, codes the set does not know,
 * other unit types and the other set between them.
 */
import fc from "fast-check";
import { SAMPLE_SETS } from "../../src/criteria-set/samples";
import { flattenSet } from "../../src/criteria-set/lookup";
import type { CriteriaSet } from "../../src/criteria-set/schema";
import { buildScoreTree, type ScoreNode } from "../../src/totals/score-tree";
import {
  buildScoreTree as buildScoreTreeReference,
  type ScoreNode as ScoreNodeReference,
} from "../reference/score-tree";
import { buildTable, type RowSpec } from "./table-builder";

/** Each node's table node, by identity, and its code, in tree order. */
function sameNodes(a: readonly ScoreNode[], b: readonly ScoreNodeReference[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (n, i) => n.code === b[i]!.code && n.table === b[i]!.table && sameNodes(n.children, b[i]!.children),
    )
  );
}

/**
 * Each sample set, and a copy of it without its first field's first criterion and with its second
 * field for communes only: the same table then gets other questions, in another order.
 */
const variant = (set: CriteriaSet): CriteriaSet => {
  const v = structuredClone(set);
  v.fields[0]!.children?.splice(0, 1);
  if (v.fields[1]) v.fields[1].unitTypes = ["commune"];
  return v;
};
const SETS = SAMPLE_SETS.flatMap((s) => [s, variant(s)]);

const template = (set: CriteriaSet): RowSpec[] =>
  flattenSet(set).map(({ node }, i) => ({ code: node.code, title: node.title, self: i % 3 }));

const change = fc.oneof(
  fc.constant({ kind: "none" as const }),
  fc.constant({ kind: "none" as const }),
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("unknown" as const), at: fc.nat() }),
);
const step = fc.record({
  /** The set scored with (SETS), and the sample whose template the table fills. */
  set: fc.nat({ max: SETS.length - 1 }),
  template: fc.nat({ max: SAMPLE_SETS.length - 1 }),
  unitType: fc.constantFrom(null, "department", "commune"),
  change,
});

function rowsOf(
  set: CriteriaSet,
  c: fc.Arbitrary<unknown> extends never ? never : { kind: string; at?: number },
) {
  const rows = template(set);
  const i = (c.at ?? 0) % rows.length;
  if (c.kind === "drop") rows.splice(i, 1);
  else if (c.kind === "repeat") rows.splice(i + 1, 0, { ...rows[i]!, self: 2 });
  else if (c.kind === "swap" && i + 1 < rows.length) [rows[i], rows[i + 1]] = [rows[i + 1]!, rows[i]!];
  else if (c.kind === "unknown") rows[i] = { ...rows[i]!, code: `${rows[i]!.code}.9` };
  return rows;
}

describe("the set's criteria matched to table nodes", () => {
  it("as the reference matches them, over sequences of templates and their changes", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        for (const s of steps) {
          const set = SETS[s.set]!;
          const table = buildTable({ rows: rowsOf(SAMPLE_SETS[s.template]!, s.change) });
          const o = { set, unitType: s.unitType };
          if (!sameNodes(buildScoreTree(table, o), buildScoreTreeReference(table, o))) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
