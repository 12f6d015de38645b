/**
 * The fast paths of session 4 (validation, totals, issue rendering, checkSheet's glue) against
 * the implementation they replaced (test/reference/*, the code as it stood before): on real-looking
 * tables mutated at random — any cell of the body set to numbers, numbers typed as text, errors,
 * "Không áp dụng", evidence texts with dates in and out of the period, declared figures; rows
 * deleted, duplicated or swapped — with and without a reference set, in both languages, the
 * reports must be byte-identical.
 */
import fc from "fast-check";
import { checkSheetWithTable, type CheckOptions } from "../../src/check-sheet";
import type { CellValue, Grid } from "../../src/grid/grid";
import { SAMPLE_SETS } from "../../src/criteria-set/samples";
import { computeDetailed } from "../../src/totals/compute-totals";
import { communeFixture } from "../fixtures/commune-grid";
import { DEPARTMENT_COLUMNS, departmentFixture } from "../fixtures/department-grid";
import { buildScoringGrid, type FixtureNode } from "../fixtures/build-grid";
import { benchGrid } from "../../bench/grids";
import { checkSheetWithTableReference } from "./check-sheet";
import { computeDetailed as computeDetailedReference } from "./compute-totals";
import { ISSUE_CODES } from "../../src/issues/catalogue";
import { IssueCollector, renderMessage, type IssueInput } from "../../src/issues/issue";
import { IssueCollector as IssueCollectorReference, renderMessage as renderMessageReference } from "./issue";

const SEED = 20261206;

const BASES: Grid[] = [
  departmentFixture().grid,
  departmentFixture({ stage: "appraised" }).grid,
  departmentFixture({ numbering: "relative", commaText: false }).grid,
  communeFixture().grid,
  communeFixture({ stage: "appraised", notApplicable: "KAD" }).grid,
  benchGrid(7),
];

const VALUES: CellValue[] = [
  null,
  "",
  0,
  0.25,
  0.5,
  1,
  1.25,
  2,
  3,
  7.5,
  -1,
  -0.5,
  1e15,
  0.1 + 0.2,
  0.125,
  "0,5",
  "1,25",
  "2",
  "abc",
  "#REF!",
  "#N/A",
  "Không áp dụng",
  "KAD",
  "x",
  "Có",
  "85%",
  "17/20",
  "0,85",
  "3",
  "Báo cáo số 12/BC-UBND ngày 3/4/2019",
  "Kế hoạch số 1833/KH-UBND ngày 19/9/2023",
  "Quyết định 30/2018/QĐ-UBND",
  "https://example.vn/files/12/KH-UBND",
  "Văn bản ngày 19 tháng 9 năm 2023",
  "1833/KH-UBND ngày 19.9.2025, 20-10-2024",
  "Tổ chức điều tra xã hội học",
  "Điểm ĐTXHH",
  "Đơn vị giải trình kèm theo",
];

type Edit =
  | { kind: "cell"; row: number; col: number; value: number }
  | { kind: "delete" | "duplicate"; row: number }
  | { kind: "swap"; a: number; b: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("cell" as const),
      row: fc.nat(),
      col: fc.nat(11),
      value: fc.nat(VALUES.length - 1),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("duplicate" as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("swap" as const), a: fc.nat(), b: fc.nat() }) },
);

function apply(base: Grid, edits: readonly Edit[]): Grid {
  const values = base.values.map((r) => [...r]);
  const formulas = base.formulas?.map((r) => [...(r ?? [])]);
  let order = values.map((_, i) => i);
  let moved = false;
  for (const e of edits) {
    if (e.kind === "cell") {
      // Rows 0-5 hold the titles and the header: edits there would only test the reader.
      const r = 6 + (e.row % Math.max(1, values.length - 6));
      const row = values[r];
      if (!row) continue;
      row[e.col] = VALUES[e.value]!;
      if (formulas?.[r]) formulas[r]![e.col] = null;
    } else if (e.kind === "swap") {
      const i = 6 + (e.a % Math.max(1, order.length - 6));
      const j = 6 + (e.b % Math.max(1, order.length - 6));
      if (i < order.length && j < order.length) [order[i], order[j]] = [order[j]!, order[i]!];
      moved = true;
    } else {
      const i = 6 + (e.row % Math.max(1, order.length - 6));
      if (i >= order.length) continue;
      order =
        e.kind === "delete" ? order.filter((_, k) => k !== i) : [...order.slice(0, i + 1), ...order.slice(i)];
      moved = true;
    }
  }
  const out: Grid = { ...base, values: order.map((i) => [...values[i]!]) };
  if (formulas) out.formulas = order.map((i) => [...(formulas[i] ?? [])]);
  if (moved) {
    delete out.merges;
    delete out.hiddenRows;
  }
  return out;
}

const options: fc.Arbitrary<CheckOptions> = fc.record({
  lang: fc.constantFrom("vi" as const, "en" as const),
  set: fc.constantFrom(null, ...SAMPLE_SETS),
  unitType: fc.constantFrom(null, "department", "commune"),
  issueLimit: fc.constantFrom(500, 3),
  evidencePeriod: fc.constantFrom(
    null,
    { from: "2023-01-01", to: "2023-12-31" },
    { from: "2024-07-01", to: "2025-06-30" },
  ),
  survey: fc.constantFrom(null, { total: 3.5 }, { byCriterion: { "1.1": 1, "2.1.1": 0.5 }, max: 10 }),
});

describe("session 4 fast paths against the reference implementation", () => {
  it("checkSheet's reports are byte-identical on mutated tables", () => {
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(edit, { maxLength: 12 }), options, (b, edits, opts) => {
        const grid = apply(BASES[b]!, edits);
        const fast = checkSheetWithTable(grid, opts);
        const ref = checkSheetWithTableReference(grid, opts);
        expect(JSON.stringify(fast.report)).toBe(JSON.stringify(ref.report));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("totals, node by node, and the caps match on the same tables", () => {
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(edit, { maxLength: 12 }), options, (b, edits, opts) => {
        const read = checkSheetWithTable(apply(BASES[b]!, edits), opts);
        if (!read.table) return;
        const o = { set: opts.set ?? null, unitType: opts.unitType ?? null, survey: opts.survey ?? null };
        const fast = computeDetailed(read.table, o);
        const ref = computeDetailedReference(read.table, o);
        expect(JSON.stringify([fast.totals, fast.nodes])).toBe(JSON.stringify([ref.totals, ref.nodes]));
        expect(fast.caps.map((c) => [c.node.code, c.kind, c.value, c.cap])).toEqual(
          ref.caps.map((c) => [c.node.code, c.kind, c.value, c.cap]),
        );
      }),
      { seed: SEED + 1, numRuns: 100 },
    );
  });
});

describe("issue messages against the reference renderer", () => {
  it("every code, both languages, any mix of fields and params", () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.string({ maxLength: 6 }),
      fc.boolean(),
      fc.integer({ min: -5000, max: 5000 }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.constantFrom(0.125, -0, 999, 1000, -999, -1000, 1234.5, Infinity),
    );
    const names = fc.constantFrom("row", "other", "expected", "max", "value", "cell", "sheet", "date", "x");
    fc.assert(
      fc.property(
        fc.constantFrom(...ISSUE_CODES),
        fc.constantFrom("vi" as const, "en" as const),
        fc.record(
          { sheet: value, cell: value, row: value, column: value, criterion: value, value },
          { requiredKeys: [] },
        ),
        fc.option(
          fc.dictionary(
            names,
            value.filter((v) => v !== null),
          ),
          { nil: undefined },
        ),
        (code, lang, fields, params) => {
          const input = { ...fields, ...(params ? { params } : {}) } as IssueInput;
          expect(renderMessage(code, input, lang)).toBe(renderMessageReference(code, input, lang));
          const c = new IssueCollector(lang, "Sheet 1", 5);
          const r = new IssueCollectorReference(lang, "Sheet 1", 5);
          c.add(code, input);
          r.add(code, input);
          expect(JSON.stringify(c.issues)).toBe(JSON.stringify(r.issues));
        },
      ),
      { seed: SEED + 2, numRuns: 2000 },
    );
  });
});

describe("a table larger than the validator's scratch arrays", () => {
  it("reports as the reference does (the arrays grow mid-table)", () => {
    // 10 fields × 40 criteria × 3 items: 1,610 nodes and 410 parents (1,230 sums).
    const fields: FixtureNode[] = Array.from({ length: 10 }, (_, f) => ({
      code: String(f + 1),
      title: `Lĩnh vực ${f + 1}`,
      children: Array.from({ length: 40 }, (_, c) => ({
        code: `${f + 1}.${c + 1}`,
        title: `Tiêu chí ${f + 1}.${c + 1}`,
        children: Array.from({ length: 3 }, (_, i) => ({
          code: `${f + 1}.${c + 1}.${i + 1}`,
          title: `Tiêu chí thành phần ${f + 1}.${c + 1}.${i + 1}`,
          max: 1,
          self: (f + c + i) % 5 === 0 ? 2 : 0.5,
          appraisal1: i === 1 ? 0.25 : undefined,
          evidence: i === 2 ? `Báo cáo số ${c + 1}/BC-UBND ngày 3/4/2019` : "Kèm theo",
        })),
      })),
    }));
    const grid = buildScoringGrid({
      sheet: "Lớn",
      titleRows: [[[0, "BẢNG TỰ ĐÁNH GIÁ NĂM 2025"]]],
      columns: DEPARTMENT_COLUMNS,
      nodes: fields,
      totalLabel: "Tổng cộng",
      commaText: true,
    }).grid;
    // Every 7th subtotal off: the issue's "expected" is the stored sum (a lost one would show).
    grid.values.forEach((row, r) => {
      if (r % 7 === 0 && /^\d+(\.\d+)?$/.test(String(row[0])) && typeof row[4] === "number") row[4] += 1;
    });
    const fast = checkSheetWithTable(grid);
    expect(fast.report.counts.warning + fast.report.counts.error).toBeGreaterThan(50);
    expect(fast.report.nodes.length).toBe(1610);
    expect(JSON.stringify(fast.report)).toBe(JSON.stringify(checkSheetWithTableReference(grid).report));
  });
});
