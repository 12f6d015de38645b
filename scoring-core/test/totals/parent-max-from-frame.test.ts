/**
 * Session 9: the sheet-only totals walk hands finishParent the sum of the children's maxima it
 * already holds in its frame, instead of finishParent summing toUnits(child.max) again, as long as
 * every parent child's sum is within SAFE_UNITS (compute-totals.ts), where toUnits(fromUnits(u))
 * gives u back. Against the reference (test/reference: finishParent always sums) on deep random
 * tables whose maxima include typos far beyond it (10¹⁵, 10³⁰⁰, 4·10⁵ points): the same score
 * tree, −0 included, and the same report.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/grid/grid";
import { fromUnits, toUnits } from "../../src/numbers/decimal";
import { computeDetailed } from "../../src/totals/compute-totals";
import type { ScoreNode } from "../../src/totals/score-tree";
import type { Section } from "../../src/table/types";
import { computeDetailed as computeDetailedReference } from "../reference/compute-totals";
import type { ScoreNode as ScoreNodeReference } from "../reference/score-tree";
import { buildTable, type RowSpec } from "./table-builder";

const MAXIMA: CellValue[] = [
  1,
  0.5,
  2,
  1.25,
  -2,
  0,
  -1e-7,
  0.1234567,
  1.5e5,
  4e5,
  9.5e9,
  1e15,
  -1e15,
  1e300,
  null,
  "abc",
];

interface Spec {
  max: CellValue;
  kids: readonly Spec[];
}

const tree: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.record({
    max: fc.constantFrom(...MAXIMA),
    kids: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constant<readonly Spec[]>([]),
      fc.array(tie("node"), { minLength: 1, maxLength: 4 }),
    ),
  }),
})).node;

const field = fc.record({
  section: fc.constantFrom<Section | undefined>(undefined, undefined, "bonus", "penalty"),
  node: tree,
});

function tableOf(fields: readonly { section: Section | undefined; node: Spec }[]) {
  const rows: RowSpec[] = [];
  const add = (code: string, s: Spec, section?: Section) => {
    rows.push({ code, title: `Mục ${code}`, max: s.max, self: 0.5, section });
    s.kids.slice(0, 4).forEach((k, i) => (code.split(".").length < 4 ? add(`${code}.${i + 1}`, k) : null));
  };
  fields.forEach((f, i) => add(String(i + 1), f.node, f.section));
  return buildTable({ rows });
}

/** JSON that tells −0 from 0. */
function exact(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) => (Object.is(x, -0) ? "-0" : x));
}

function plain(n: ScoreNode | ScoreNodeReference): unknown {
  return {
    code: n.code,
    max: n.max,
    notApplicable: n.notApplicable,
    surveyScored: n.surveyScored,
    cap: n.cap,
    children: n.children.map(plain),
  };
}

describe("parents' maxima from the walk's frames", () => {
  it("round-trips micro-units up to the bound: toUnits(fromUnits(u)) === u", () => {
    const bound = 1e11;
    for (const u of [0, 1, -1, bound, -bound, bound - 1, 2 ** 36 + 1, 99_999_999_999])
      expect(toUnits(fromUnits(u))).toBe(u);
    fc.assert(
      fc.property(fc.integer({ min: -bound, max: bound }), (u) => toUnits(fromUnits(u)) === u),
      { seed: 9, numRuns: 20_000 },
    );
  });

  it("give the reference's score tree and report, maxima far out of range included", () => {
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 3 }), (fields) => {
        const table = tableOf(fields);
        const fast = computeDetailed(table);
        const ref = computeDetailedReference(table);
        expect(exact(fast.tree.map(plain))).toBe(exact(ref.tree.map(plain)));
        expect(JSON.stringify([fast.totals, fast.nodes])).toBe(JSON.stringify([ref.totals, ref.nodes]));
      }),
      { seed: 20261206, numRuns: 1000 },
    );
  });
});
