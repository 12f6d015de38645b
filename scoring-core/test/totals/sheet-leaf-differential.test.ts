/**
 * Session 11: the sheet-only walk sums each leaf in one function (compute-totals.ts sheetLeaf)
 * that reads each of its cells once, where it called numberOf, ruleFromText,
 * tableMarkedNotApplicable, leafSurveyScored, plainLeaf and leafInto one after the other. Held to
 * those general paths on random tables (every cell value of the totals tests, N/A marks in every
 * cell and round, declared figures, formulas on blank cells, survey points by criterion):
 * - the totals, report rows, caps and every SheetSums entry are those of the walk as it stood
 *   (test/reference/compute-totals-s10.ts), byte for byte (−0 told from 0), and the totals and
 *   rows those of the older reference (the score tree, then a walk of it) as JSON;
 * - each leaf's facts in SheetSums are what the general functions say of it: its maximum and
 *   rule; its survey, N/A and mark flags and its section those of the score tree built from the
 *   table; LEAF_PLAIN / LEAF_SCORED what plainLeaf as it stood (the s10 reference's) says;
 * - each parent's SheetSums are the sheet's own column sums (as validation's fillSums adds them).
 */
import fc from "fast-check";
import type { CellValue } from "../../src/grid/grid";
import {
  computeDetailed,
  LEAF_BONUS,
  LEAF_MARKED,
  LEAF_NOT_APPLICABLE,
  LEAF_PENALTY,
  LEAF_SURVEY,
  sheetSumsOf,
  type SheetSums,
  type SurveyInput,
} from "../../src/totals/compute-totals";
import { buildScoreTree, flattenScoreTree, numberOf, ruleFromText } from "../../src/totals/score-tree";
import { toUnits } from "../../src/numbers/decimal";
import type { NumberRead, ScoringTable, Section, TableNode } from "../../src/table/types";
import { computeDetailed as computeDetailedReference } from "../reference/compute-totals";
import {
  computeDetailed as computeDetailedS10,
  plainLeaf,
  sheetSumsOf as sheetSumsOfS10,
  type SheetSums as SheetSumsS10,
} from "../reference/compute-totals-s10";
import { buildTable, type RowSpec } from "./table-builder";
import { MAXIMA, RULES, SCORES, TITLES } from "./cell-values";
import { exact } from "./plain-tree";

/** Scores with the N/A marks and formulas' blanks weighted up (marks in rounds after numbers). */
const SCORE = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SCORES) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, "KAD", "Không áp dụng", 0, 1) },
);
const leaf = fc.record({
  title: fc.option(fc.constantFrom(...TITLES), { nil: undefined }),
  max: fc.constantFrom(...MAXIMA),
  rule: fc.option(fc.constantFrom(...RULES), { freq: 2, nil: undefined }),
  declared: fc.constantFrom<CellValue>(null, null, null, "3", "85%", "Không áp dụng", "KAD", "Có", "#REF!"),
  formula: fc.boolean(),
  self: SCORE,
  a1: SCORE,
  a2: SCORE,
});
type Leaf = typeof leaf extends fc.Arbitrary<infer T> ? T : never;

const field = fc.record({
  section: fc.constantFrom<Section | undefined>(undefined, undefined, "bonus", "penalty"),
  max: fc.constantFrom(...MAXIMA),
  rule: fc.option(fc.constantFrom(...RULES), { freq: 3, nil: undefined }),
  /** Criteria, each with its leaves (none: the criterion is a leaf itself). */
  criteria: fc.array(fc.array(leaf, { maxLength: 4 }), { maxLength: 3 }),
  own: leaf,
});
type Field = typeof field extends fc.Arbitrary<infer T> ? T : never;

/**
 * `ragged`: parents lose their last appraisal round (a reader never gives that; it keeps the
 * walk's guard on the rounds a parent sums honest).
 */
function tableOf(fields: readonly Field[], without: string[], ragged = false): ScoringTable {
  const rows: RowSpec[] = [];
  const formulas = new Set<string>();
  const row = (code: string, l: Leaf, extra: Partial<RowSpec> = {}) => {
    if (l.formula) formulas.add(code);
    rows.push({ code, ...l, ...extra });
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
  const table = buildTable({ rows, without });
  type Read = NumberRead | null;
  const withFormula = (r: Read, code: string): Read =>
    r !== null && r.parsed.kind === "blank" && formulas.has(code) ? { ...r, formula: `=SUM(${r.cell})` } : r;
  const walk = (nodes: readonly TableNode[]) => {
    for (const n of nodes) {
      if (n.declared?.text === "") n.declared = null; // as the reader gives a blank text cell
      n.self = withFormula(n.self, n.code);
      n.appraisals = n.appraisals.map((a) => withFormula(a, n.code)!);
      if (ragged && n.children.length > 0) n.appraisals = n.appraisals.slice(0, -1);
      walk(n.children);
    }
  };
  walk(table.fields);
  return table;
}

const cellUnits = (r: NumberRead | null | undefined) => {
  const v = numberOf(r);
  return v === null ? 0 : toUnits(v);
};

/** Every table node in tree order, with the sheet's column sums each parent is owed. */
function expectedSums(nodes: readonly TableNode[], out: { node: TableNode; sums: number[] | null }[]) {
  for (const t of nodes) {
    if (t.children.length === 0) {
      out.push({ node: t, sums: null });
      continue;
    }
    const cols = t.appraisals.length + 1;
    const sums = new Array<number>(cols + 1).fill(0);
    out.push({ node: t, sums });
    const under: { node: TableNode; sums: number[] | null }[] = [];
    expectedSums(t.children, under);
    for (const c of t.children) {
      const own = numberOf(c.max);
      const mine = under.find((u) => u.node === c)!;
      if (mine.sums === null) {
        sums[0]! += cellUnits(c.self);
        for (let k = 0; k < Math.min(cols - 1, c.appraisals.length); k++)
          sums[k + 1]! += cellUnits(c.appraisals[k]);
        sums[cols]! += own === null ? NaN : toUnits(own);
      } else {
        for (let k = 0; k < Math.min(cols, c.appraisals.length + 1); k++) sums[k]! += mine.sums[k]!;
        sums[cols]! += own === null ? mine.sums[c.appraisals.length + 1]! : toUnits(own);
      }
    }
    out.push(...under);
  }
}

function checkFacts(table: ScoringTable, facts: SheetSums): void {
  const nodes: { node: TableNode; sums: number[] | null }[] = [];
  expectedSums(table.fields, nodes);
  const scores = flattenScoreTree(buildScoreTree(table)); // the tree, built from the table after the walk
  expect(scores).toHaveLength(nodes.length);
  nodes.forEach(({ node: t, sums }, k) => {
    if (sums !== null) {
      const start = facts.starts[k]!;
      expect(exact(Array.from(facts.sums.subarray(start, start + sums.length)))).toBe(exact(sums));
      return;
    }
    expect(facts.starts[k]).toBe(-1);
    const s = scores[k]!;
    expect(s.table).toBe(t);
    const max = numberOf(t.max) ?? 0;
    expect(exact(facts.max[k])).toBe(exact(max));
    expect(exact(s.max)).toBe(exact(max));
    const rule = ruleFromText(t, max);
    expect(facts.rules[k]).toEqual(rule);
    const section = s.section;
    const marked = s.markedNotApplicable;
    const flags =
      (s.surveyScored ? LEAF_SURVEY : 0) |
      (s.notApplicable ? LEAF_NOT_APPLICABLE : 0) |
      (marked ? LEAF_MARKED : 0) |
      (section === "bonus" ? LEAF_BONUS : section === "penalty" ? LEAF_PENALTY : 0) |
      (rule === null && !s.surveyScored && !marked && section !== "penalty" ? plainLeaf(t, max) : 0);
    expect(facts.flags[k]).toBe(flags);
  });
}

/** The walk's SheetSums against the session-start walk's, entry by entry (a parent's flags and rules are not validation's). */
function sameSums(table: ScoringTable, facts: SheetSums, old: SheetSumsS10): void {
  const nodes: { node: TableNode; sums: number[] | null }[] = [];
  expectedSums(table.fields, nodes);
  nodes.forEach(({ node: t, sums }, k) => {
    expect(facts.starts[k]).toBe(old.starts[k]);
    expect(exact(facts.max[k])).toBe(exact(old.max[k]));
    if (sums === null) {
      expect(facts.flags[k]).toBe(old.flags[k]);
      expect(facts.rules[k]).toBe(old.rules[k]);
    } else {
      const start = facts.starts[k]!;
      const cols = t.appraisals.length + 1;
      expect(exact(Array.from(facts.sums.subarray(start, start + cols + 1)))).toBe(
        exact(Array.from(old.sums.subarray(start, start + cols + 1))),
      );
    }
  });
  expect(facts.fields).toEqual(old.fields);
}

/** Both walks and the older reference on one table: see the file's comment. */
function compare(table: ScoringTable, survey: SurveyInput | null): void {
  const old = computeDetailedS10(table, { survey });
  const oldSums = sheetSumsOfS10(table, old)!;
  const fast = computeDetailed(table, { survey });
  expect(exact([fast.totals, fast.nodes])).toBe(exact([old.totals, old.nodes]));
  const caps = (d: typeof old | typeof fast) => d.caps.map((c) => [c.node.code, c.kind, c.value, c.cap]);
  expect(caps(fast)).toEqual(caps(old));
  const ref = computeDetailedReference(table, { survey });
  expect(JSON.stringify([fast.totals, fast.nodes])).toBe(JSON.stringify([ref.totals, ref.nodes]));
  const facts = sheetSumsOf(table, fast);
  expect(facts).not.toBeNull();
  expect(oldSums).not.toBeNull();
  sameSums(table, facts!, oldSums);
  checkFacts(table, facts!);
}

const WITHOUT = fc.constantFrom<string[]>([], [], ["appraisal2"], ["self"], ["max"], ["declared"]);
const SURVEY = fc.option(
  fc.record({
    byCriterion: fc.dictionary(
      fc.constantFrom("1", "1.1", "1.1.1", "1.1.2", "2", "2.1.1", "2.2", "3.1.1"),
      fc.constantFrom(0, 0.5, 1.25, 3, Number.NaN),
    ),
  }),
  { nil: undefined },
);

describe("the sheet-only walk's leaves, read in one pass", () => {
  it("give the walk's totals, rows and facts as they stood, the general path's facts and the sheet's sums", () => {
    fc.assert(
      fc.property(
        fc.array(field, { minLength: 1, maxLength: 4 }),
        WITHOUT,
        SURVEY,
        fc.boolean(),
        (fields, without, s, ragged) => {
          compare(tableOf(fields, without, ragged), s ?? null);
        },
      ),
      { seed: 20261207, numRuns: 600 },
    );
  });

  it("mark a leaf as its cells say, every mark and number in every place (exhaustive)", () => {
    const V: CellValue[] = [null, "KAD", 0, 1, 3, -1, "x", "#REF!"];
    const fields: Field[] = [];
    for (const declared of [null, "KAD", "3"])
      for (const formula of [false, true]) {
        const leaves: Leaf[] = [];
        for (const self of V)
          for (const a1 of V)
            for (const a2 of V)
              leaves.push({ title: undefined, max: 2, rule: undefined, declared, formula, self, a1, a2 });
        fields.push({ section: undefined, max: 10, rule: undefined, own: leaves[0]!, criteria: [leaves] });
      }
    for (const section of ["bonus", "penalty"] as const)
      fields.push({ ...fields[0]!, section, criteria: [fields[0]!.criteria[0]!.slice(0, 100)] });
    compare(tableOf(fields, []), null);
  });
});
