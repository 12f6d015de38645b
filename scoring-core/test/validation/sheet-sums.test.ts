/**
 * Session 8: without a set, the totals' sheet-only walk works out the sheet's column sums that
 * validation's subtotal checks compare (SheetSums), and validation uses them instead of its own
 * fillSums walk — only for the latest sheet-only computation of the same table. Both ways must
 * give the same issues: here validation runs once with the sums handed over and once after
 * another table was computed (its own walk), on random tables with blank, text, N/A and error
 * cells, unknown maxima, both appraisal rounds or none, bonus and penalty sections.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/grid/grid";
import { IssueCollector } from "../../src/issues/issue";
import { computeDetailed, sheetSumsOf } from "../../src/totals/compute-totals";
import { validateWithTotals } from "../../src/validation/validate-table";
import type { Section } from "../../src/table/types";
import { buildTable, type RowSpec } from "../totals/table-builder";

const CELLS: CellValue[] = [null, 0, 0.5, 1, 1.5, 2, 3, -1, "0,5", "Không áp dụng", "#REF!", "x", 1e15];
const MAXIMA: CellValue[] = [null, 0.5, 1, 2, 3, 10, -2, "abc"];
const cell = fc.constantFrom(...CELLS);
const row = fc.record({ max: fc.constantFrom(...MAXIMA), self: cell, a1: cell, a2: cell });
type Node = { r: typeof row extends fc.Arbitrary<infer T> ? T : never; kids: Node[] };
/** A node and up to three levels under it. */
const leaf: fc.Arbitrary<Node> = row.map((r) => ({ r, kids: [] }));
const under = (kids: fc.Arbitrary<Node>): fc.Arbitrary<Node> =>
  fc.record({ r: row, kids: fc.array(kids, { maxLength: 3 }) });
const node = under(fc.oneof(leaf, under(fc.oneof(leaf, under(leaf)))));
const table = fc.record({
  fields: fc.array(
    fc.record({
      section: fc.constantFrom<Section | undefined>(undefined, undefined, "bonus", "penalty"),
      n: node,
    }),
    { minLength: 1, maxLength: 4 },
  ),
  without: fc.constantFrom<string[]>([], ["appraisal1", "appraisal2"], ["appraisal2"], ["max"]),
  total: fc.option(fc.record({ max: cell, self: cell, a1: cell }), { nil: undefined }),
});

function tableOf(spec: typeof table extends fc.Arbitrary<infer T> ? T : never) {
  const rows: RowSpec[] = [];
  const add = (code: string, n: Node, section?: Section) => {
    rows.push({ code, title: `Mục ${code}`, ...n.r, section });
    n.kids.forEach((k, i) => add(`${code}.${i + 1}`, k));
  };
  spec.fields.forEach((f, i) => add(String(i + 1), f.n, f.section));
  return buildTable({ rows, without: spec.without, total: spec.total });
}

function issuesOf(t: ReturnType<typeof buildTable>, d: ReturnType<typeof computeDetailed>): string {
  const issues = new IssueCollector("vi", "Sheet", 10_000);
  validateWithTotals(t, issues, {}, d);
  return JSON.stringify(issues.issues);
}

describe("the sheet's sums worked out by the totals walk", () => {
  it("give validation the issues its own walk gives", () => {
    fc.assert(
      fc.property(table, table, (a, b) => {
        const ta = tableOf(a);
        const da = computeDetailed(ta);
        expect(sheetSumsOf(ta, da)).not.toBeNull();
        const handed = issuesOf(ta, da);
        computeDetailed(tableOf(b)); // now da's sums are gone: validation walks the table itself
        expect(sheetSumsOf(ta, da)).toBeNull();
        expect(issuesOf(ta, da)).toBe(handed);
      }),
      { numRuns: 300 },
    );
  });
});
