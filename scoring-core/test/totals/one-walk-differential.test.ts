/**
 * Session 6: without a reference set, computeDetailed builds the score tree and sums it in one
 * walk (visitSheet), and sheet rules are read once per distinct (text, maximum) and shared,
 * frozen. Against the code as it stood before (test/reference: buildScoreTree, then a walk of
 * the tree), on random tables that repeat rule texts with other maxima, sections, N/A marks,
 * survey titles and appraisal rounds: the same totals, report nodes, caps and score tree, field
 * by field, with and without a set.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/grid/grid";
import { SAMPLE_SETS } from "../../src/criteria-set/samples";
import type { CriteriaSet } from "../../src/criteria-set/schema";
import { computeDetailed, type SurveyInput } from "../../src/totals/compute-totals";
import { buildScoreTree, type ScoreNode } from "../../src/totals/score-tree";
import type { Section } from "../../src/table/types";
import { computeDetailed as computeDetailedReference } from "../reference/compute-totals";
import {
  buildScoreTree as buildScoreTreeReference,
  type ScoreNode as ScoreNodeReference,
} from "../reference/score-tree";
import { buildTable, type RowSpec } from "./table-builder";
import { MAXIMA, RULES, SCORES, TITLES } from "./cell-values";
import { exact, plain } from "./plain-tree";

const leaf = fc.record({
  title: fc.option(fc.constantFrom(...TITLES), { nil: undefined }),
  max: fc.constantFrom(...MAXIMA),
  rule: fc.option(fc.constantFrom(...RULES), { nil: undefined }),
  /** A second rule line ("-"/"+" lines under the row). */
  line: fc.option(fc.constantFrom(...RULES), { freq: 4, nil: undefined }),
  declared: fc.constantFrom<CellValue>(null, "3", "85%", "Không áp dụng", "Có"),
  self: fc.constantFrom(...SCORES),
  a1: fc.constantFrom(...SCORES),
  a2: fc.constantFrom(...SCORES),
});
type Leaf = typeof leaf extends fc.Arbitrary<infer T> ? T : never;

const field = fc.record({
  section: fc.constantFrom<Section | undefined>(undefined, undefined, undefined, "bonus", "penalty"),
  max: fc.constantFrom(...MAXIMA),
  rule: fc.option(fc.constantFrom(...RULES), { freq: 3, nil: undefined }),
  /** Criteria, each with its leaves (none: the criterion is a leaf itself). */
  criteria: fc.array(fc.array(leaf, { maxLength: 4 }), { minLength: 0, maxLength: 3 }),
  own: leaf,
});
type Field = typeof field extends fc.Arbitrary<infer T> ? T : never;

function tableOf(fields: readonly Field[]) {
  const rows: RowSpec[] = [];
  const lines = new Map<string, string>();
  const row = (code: string, l: Leaf, extra: Partial<RowSpec> = {}) => {
    rows.push({
      code,
      title: l.title,
      max: l.max,
      rule: l.rule,
      declared: l.declared,
      self: l.self,
      a1: l.a1,
      a2: l.a2,
      ...extra,
    });
    if (l.rule !== undefined && l.line !== undefined) lines.set(code, l.line);
  };
  fields.forEach((f, i) => {
    const code = String(i + 1);
    if (f.criteria.length === 0) return row(code, f.own, { section: f.section });
    rows.push({ code, title: `Lĩnh vực ${code}`, max: f.max, rule: f.rule, section: f.section });
    f.criteria.forEach((leaves, j) => {
      const c = `${code}.${j + 1}`;
      if (leaves.length === 0) return row(c, f.own);
      rows.push({ code: c, title: `Tiêu chí ${c}` });
      leaves.forEach((l, k) => row(`${c}.${k + 1}`, l));
    });
  });
  const table = buildTable({ rows });
  const walk = (nodes: readonly (typeof table.fields)[number][]) => {
    for (const n of nodes) {
      const line = lines.get(n.code);
      if (line !== undefined) n.ruleText = [...n.ruleText, line];
      walk(n.children);
    }
  };
  walk(table.fields);
  return table;
}

/** Every node of both trees refers to the same table node. */
function sameTableNodes(a: readonly ScoreNode[], b: readonly ScoreNodeReference[]): boolean {
  return (
    a.length === b.length &&
    a.every((n, i) => n.table === b[i]!.table && sameTableNodes(n.children, b[i]!.children))
  );
}

const options = fc.record({
  set: fc.constantFrom<CriteriaSet | null>(null, null, null, ...SAMPLE_SETS),
  unitType: fc.constantFrom(null, "department", "commune"),
  survey: fc.constantFrom<SurveyInput | null>(
    null,
    { total: 3.5 },
    { byCriterion: { "1.1": 1, "2.1.1": 0.5 }, max: 10 },
  ),
});

describe("one walk for sheet-only trees, shared frozen sheet rules", () => {
  it("match the reference tree build and walk: totals, nodes, caps and tree", () => {
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 4 }), options, (fields, o) => {
        const table = tableOf(fields);
        const fast = computeDetailed(table, o);
        const ref = computeDetailedReference(table, o);
        // As reports carry them (JSON): a −0 in a row differs already between the reference (session
        // 4: Math.min(0, max) bounds) and session 5's leaf bounds, in a sub-micro-point cell only.
        expect(JSON.stringify([fast.totals, fast.nodes])).toBe(JSON.stringify([ref.totals, ref.nodes]));
        expect(fast.caps.map((c) => [c.node.code, c.kind, c.value, c.cap])).toEqual(
          ref.caps.map((c) => [c.node.code, c.kind, c.value, c.cap]),
        );
        expect(exact(fast.tree.map(plain))).toBe(exact(ref.tree.map(plain)));
        expect(sameTableNodes(fast.tree, ref.tree)).toBe(true);
        // buildScoreTree (the tree alone) agrees too.
        const tree = buildScoreTree(table, o);
        expect(exact(tree.map(plain))).toBe(exact(buildScoreTreeReference(table, o).map(plain)));
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it("hands out sheet rules frozen, so no table can change another's", () => {
    const rows: RowSpec[] = [
      { code: "1", title: "Lĩnh vực 1" },
      { code: "1.1", max: 2, rule: RULES[0], self: 1 },
      { code: "1.2", max: 1, rule: RULES[1], self: 1 },
    ];
    const a = computeDetailed(buildTable({ rows })).tree[0]!.children;
    const b = computeDetailed(buildTable({ rows })).tree[0]!.children;
    expect(a[0]!.rule).not.toBeNull();
    expect(b[0]!.rule).toBe(a[0]!.rule);
    expect(Object.isFrozen(a[0]!.rule)).toBe(true);
    const levels = (a[0]!.rule as { bands?: unknown[]; levels?: unknown[] }).bands ?? [];
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((l) => Object.isFrozen(l))).toBe(true);
    expect(() => (a[1]!.rule!.kind = "survey")).toThrow(TypeError);
  });
});
