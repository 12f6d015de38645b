/**
 * How far readTable is from the least any reader can do under today's CellRead/TableNode
 * contract, on the bench's own grids: `npx tsx scoring-core/bench/read-floor.ts`.
 *
 * The "floor" reads what a table keeps and nothing else: per body row the values and formula
 * rows, each score cell's value and formula's first character, the code and title compared with
 * a template copy (what a memo hit costs), the evidence text checked by the clean-text regex; it
 * makes exactly the objects the contract requires (a TableNode with its three arrays, four
 * NumberReads and the evidence CellRead) and hangs them in a two-level tree. No header search,
 * no numbering, no issues. Both run on 500 distinct grids (as the bench: more than the CPU
 * caches hold) and on 8 (warm), alternating, median CPU µs per table.
 */
import { readTable } from "../src/table/read-table";
import type { CellValue, Grid } from "../src/grid/grid";
import { benchGrid } from "./grids";

const grids: Grid[] = Array.from({ length: 500 }, (_, i) => benchGrid(i + 1));
const NOT_CLEAN =
  /[^\x20-\x84\x86-\x9f\xa1-\u02ff\u1e00-\u1eff\u2010-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u20cf]|^ | {2}| $/;
const PARSED = Object.freeze({ kind: "number" as const, value: 1 });
const LETTERS = "ABCDEFGHIJ";
const ADDRESS: string[][] = Array.from({ length: 10 }, (_, c) =>
  Array.from({ length: 200 }, (_, r) => `${LETTERS[c]!}${r}`),
);
/** Template copies of the first grid's texts: equal content, other objects (as memo keys are). */
const TEMPLATE: CellValue[][] = grids[0]!.values.map((row) =>
  row.map((v) => (typeof v === "string" ? ` ${v}`.slice(1) : v)),
);
let sink = 0;

function numberRead(row: CellValue[], formulas: (string | null)[], c: number, r: number) {
  const raw = row[c] ?? null;
  if (typeof raw === "number") sink += raw > 0 ? 1 : 0;
  else if (typeof raw === "string") sink += raw === "0,5" ? 1 : 0;
  const f = formulas[c];
  const formula = typeof f === "string" && f.charCodeAt(0) === 61 ? f : null;
  return { cell: ADDRESS[c]![r]!, row: r, column: LETTERS[c]!, raw, formula, text: "", parsed: PARSED };
}

function floorTable(g: Grid): unknown[] {
  const fields: { children: unknown[] }[] = [];
  const values = g.values;
  const formulas = g.formulas ?? [];
  let parent: { children: unknown[] } | null = null;
  for (let r = 7; r < values.length; r++) {
    const row = values[r]!;
    const f = formulas[r] ?? [];
    const template = TEMPLATE[r] ?? [];
    if (row[0] === template[0]) sink++;
    if (row[1] === template[1]) sink++;
    const evidence = row[8] ?? null;
    if (typeof evidence === "string" && NOT_CLEAN.test(evidence)) sink++;
    const appraisals = [numberRead(row, f, 5, r), numberRead(row, f, 6, r)];
    const node = {
      code: "1.1",
      rawCode: "1.1",
      level: "criterion",
      section: "main",
      title: row[1],
      row: r,
      hidden: false,
      max: numberRead(row, f, 3, r),
      declared: null,
      self: numberRead(row, f, 4, r),
      appraisals,
      evidence: evidence
        ? { cell: ADDRESS[8]![r]!, row: r, column: "I", raw: evidence, formula: null, text: evidence }
        : null,
      explanation: null,
      appraisalNote: null,
      ruleText: [] as string[],
      children: [] as unknown[],
    };
    if (parent && r % 5 !== 0) parent.children.push(node);
    else fields.push((parent = node));
  }
  return fields;
}

const N = 5000;
function run(fn: (g: Grid) => number, distinct: number): number {
  const c0 = process.cpuUsage();
  for (let i = 0; i < N; i++) sink += fn(grids[i % distinct]!);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / N;
}
const floor = (g: Grid) => floorTable(g).length;
const read = (g: Grid) => readTable(g).issues.length;
run(floor, 500);
run(read, 500);
const cases: [string, (g: Grid) => number, number][] = [
  ["floor, 500 grids", floor, 500],
  ["floor, 8 grids", floor, 8],
  ["readTable, 500 grids", read, 500],
  ["readTable, 8 grids", read, 8],
];
const times = new Map<string, number[]>();
for (let k = 0; k < 7; k++)
  for (const [name, fn, distinct] of cases) times.set(name, [...(times.get(name) ?? []), run(fn, distinct)]);
for (const [name, xs] of times)
  console.log(`${name}: ${[...xs].sort((a, b) => a - b)[3]!.toFixed(1)} µs CPU per table (median of 7)`);
if (sink === -1) console.log(sink);
