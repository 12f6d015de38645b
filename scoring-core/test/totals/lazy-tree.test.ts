/**
 * Session 10: without a set, computeDetailed sums the table in one walk without making score
 * nodes. What validation reads of a leaf's score node (maximum, rule, section, survey and N/A
 * marks) goes to SheetSums' per-node facts, and the score tree is built from the table only when
 * someone reads `tree` (consolidation, appraisal checks, cap events). On random tables that
 * repeat rule texts with other maxima, sections, N/A marks and permissions, survey titles,
 * declared figures, evidence and appraisal rounds:
 * - validation from the facts gives the issues validation from the score tree gives (the same
 *   computation once it is no longer the latest, so validation walks the tree), plain leaves
 *   (only the evidence checks run) among them;
 * - the tree built when asked is the reference's, cap events name its very nodes;
 * - a computation that says it has no vs-average item has none in its tree.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/grid/grid";
import { IssueCollector } from "../../src/issues/issue";
import { computeDetailed, sheetSumsOf } from "../../src/totals/compute-totals";
import type { NumberRead, Section } from "../../src/table/types";
import { validateWithTotals } from "../../src/validation/validate-table";
import { computeDetailed as computeDetailedReference } from "../reference/compute-totals";
import { buildTable, type RowSpec } from "./table-builder";
import { MAXIMA, RULES, SCORES, TITLES } from "./cell-values";
import { exact, plain } from "./plain-tree";

const leaf = fc.record({
  title: fc.option(fc.constantFrom(...TITLES), { nil: undefined }),
  max: fc.constantFrom(...MAXIMA),
  /** Half the leaves without rule text: validation's plain leaves (compute-totals.ts plainLeaf). */
  rule: fc.option(fc.constantFrom(...RULES), { freq: 2, nil: undefined }),
  /** A second rule line ("-"/"+" lines under the row). */
  line: fc.option(fc.constantFrom(...RULES), { freq: 4, nil: undefined }),
  declared: fc.constantFrom<CellValue>(null, null, null, "3", "85%", "Không áp dụng", "Có"),
  /** Blank score cells hold a formula (not calculated). */
  formula: fc.boolean(),
  self: fc.constantFrom(...SCORES),
  a1: fc.constantFrom(...SCORES),
  a2: fc.constantFrom(...SCORES),
  evidence: fc.constantFrom<string | undefined>(
    undefined,
    undefined,
    "Quyết định số 12/QĐ-UBND ngày 5/3/2025",
    "Báo cáo",
    "",
  ),
});
type Leaf = typeof leaf extends fc.Arbitrary<infer T> ? T : never;
/** Leaves on the edge of plain: no rule, scores near 0 and the maximum, odd maxima and figures. */
const nearPlain: fc.Arbitrary<Leaf> = fc.record({
  title: fc.constant(undefined),
  max: fc.constantFrom<CellValue>(1, 2, 0, null, "abc", "#DIV/0!", "Không áp dụng"),
  rule: fc.option(fc.constantFrom(...RULES), { freq: 8, nil: undefined }),
  line: fc.constant(undefined),
  declared: fc.constantFrom<CellValue>(null, null, null, "#REF!", "3"),
  formula: fc.boolean(),
  self: fc.constantFrom<CellValue>(null, 0, 0.5, 1, 2, 3, -1, "0,5", "x", "#REF!", "KAD"),
  a1: fc.constantFrom<CellValue>(null, null, 0, 1, 2, 3, -1, "x", "KAD"),
  a2: fc.constantFrom<CellValue>(null, null, 0, 1, 2, 3, -1, "x", "KAD"),
  evidence: fc.constantFrom<string | undefined>(undefined, "Quyết định số 12/QĐ-UBND", "Báo cáo"),
});
const anyLeaf = fc.oneof(leaf, nearPlain);
function nearPlainLeaf(
  max: CellValue,
  self: CellValue,
  a1: CellValue,
  declared: CellValue,
  formula: boolean,
): Leaf {
  const evidence = "Báo cáo";
  return {
    title: undefined,
    max,
    rule: undefined,
    line: undefined,
    declared,
    formula,
    self,
    a1,
    a2: null,
    evidence,
  };
}

const field = fc.record({
  section: fc.constantFrom<Section | undefined>(undefined, undefined, undefined, "bonus", "penalty"),
  max: fc.constantFrom(...MAXIMA),
  rule: fc.option(fc.constantFrom(...RULES), { freq: 3, nil: undefined }),
  /** Criteria, each with its leaves (none: the criterion is a leaf itself). */
  criteria: fc.array(fc.array(anyLeaf, { maxLength: 4 }), { minLength: 0, maxLength: 3 }),
  own: anyLeaf,
});
type Field = typeof field extends fc.Arbitrary<infer T> ? T : never;

function tableOf(fields: readonly Field[], without: string[] = []) {
  const rows: RowSpec[] = [];
  const lines = new Map<string, string>();
  const formulas = new Set<string>();
  const row = (code: string, l: Leaf, extra: Partial<RowSpec> = {}) => {
    if (l.formula) formulas.add(code);
    rows.push({
      code,
      title: l.title,
      max: l.max,
      rule: l.rule,
      declared: l.declared,
      self: l.self,
      a1: l.a1,
      a2: l.a2,
      evidence: l.evidence,
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
  const table = buildTable({ rows, without });
  type Read = NumberRead | null;
  const withFormula = (r: Read, code: string): Read =>
    r !== null && r.parsed.kind === "blank" && formulas.has(code) ? { ...r, formula: `=SUM(${r.cell})` } : r;
  const walk = (nodes: readonly (typeof table.fields)[number][]) => {
    for (const n of nodes) {
      const line = lines.get(n.code);
      if (line !== undefined) n.ruleText = [...n.ruleText, line];
      // As the reader gives them: a blank text cell is null.
      if (n.declared?.text === "") n.declared = null;
      if (n.evidence?.text === "") n.evidence = null;
      if (n.explanation?.text === "") n.explanation = null;
      n.self = withFormula(n.self, n.code);
      n.appraisals = n.appraisals.map((a) => withFormula(a, n.code)!);
      walk(n.children);
    }
  };
  walk(table.fields);
  return table;
}

const WITHOUT = fc.constantFrom<string[]>([], [], ["appraisal2"], ["evidence"], ["evidence", "explanation"]);
const tables = fc.tuple(fc.array(field, { minLength: 1, maxLength: 4 }), WITHOUT);

function issuesOf(t: ReturnType<typeof buildTable>, d: ReturnType<typeof computeDetailed>): string {
  const issues = new IssueCollector("vi", "Sheet", 10_000);
  validateWithTotals(t, issues, {}, d);
  return JSON.stringify(issues.issues);
}

describe("sheet-only totals without score nodes", () => {
  it("give validation from the leaf facts the issues the score tree gives", () => {
    fc.assert(
      fc.property(tables, tables, ([fa, wa], [fb, wb]) => {
        const ta = tableOf(fa, wa);
        const da = computeDetailed(ta);
        expect(sheetSumsOf(ta, da)).not.toBeNull();
        const fromFacts = issuesOf(ta, da);
        computeDetailed(tableOf(fb, wb)); // da is no longer the latest: validation walks da.tree
        expect(sheetSumsOf(ta, da)).toBeNull();
        expect(issuesOf(ta, da)).toBe(fromFacts);
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });

  it("give the score tree's issues on every leaf near plain (exhaustive)", () => {
    const MAX: CellValue[] = [1, 0, null, "abc", "#DIV/0!", "KAD"];
    const SCORE: CellValue[] = [null, 0, 1, 2, -1, "0,5", "x", "KAD", "#REF!"];
    for (const without of [[], ["self"], ["appraisal2"]]) {
      for (const section of ["main", "bonus", "penalty"] as const) {
        for (const declared of [null, "#REF!", "3"]) {
          for (const formula of [false, true]) {
            const fields: Field[] = MAX.map((max) => ({
              section,
              max: 10,
              rule: undefined,
              own: nearPlainLeaf(max, null, null, declared, formula),
              criteria: [
                SCORE.flatMap((self) => SCORE.map((a1) => nearPlainLeaf(max, self, a1, declared, formula))),
              ],
            }));
            const table = tableOf(fields, without);
            const d = computeDetailed(table);
            const fromFacts = issuesOf(table, d);
            computeDetailed(tableOf(fields.slice(0, 1)));
            expect(sheetSumsOf(table, d)).toBeNull();
            expect(issuesOf(table, d)).toBe(fromFacts);
          }
        }
      }
    }
  });

  it("build the reference's tree when asked; cap events name its nodes", () => {
    fc.assert(
      fc.property(tables, ([fields, without]) => {
        const table = tableOf(fields, without);
        const fast = computeDetailed(table);
        const ref = computeDetailedReference(table);
        expect(JSON.stringify([fast.totals, fast.nodes])).toBe(JSON.stringify([ref.totals, ref.nodes]));
        expect(fast.caps.map((c) => [c.node.code, c.kind, c.value, c.cap])).toEqual(
          ref.caps.map((c) => [c.node.code, c.kind, c.value, c.cap]),
        );
        expect(exact(fast.tree.map(plain))).toBe(exact(ref.tree.map(plain)));
        expect(fast.tree).toBe(fast.tree); // built once
        for (const c of fast.caps) expect(fast.tree.includes(c.node)).toBe(true);
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });

  it("cap a bonus content over its cap, naming the tree's node", () => {
    const rows: RowSpec[] = [
      { code: "1", title: "Lĩnh vực 1", max: 2, self: 1 },
      { code: "2", title: "Điểm thưởng", max: 1, section: "bonus" },
      { code: "2.1", title: "Sáng kiến", max: 1, self: 1 },
      { code: "2.2", title: "Giải thưởng", max: 1, self: 1 },
    ];
    const d = computeDetailed(buildTable({ rows }));
    expect(d.caps).toHaveLength(1);
    expect(d.caps[0]!.node).toBe(d.tree[1]);
    expect([d.caps[0]!.kind, d.caps[0]!.value, d.caps[0]!.cap]).toEqual(["bonus", 2, 1]);
  });
});
