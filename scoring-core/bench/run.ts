/**
 * scoring-core benchmark: `npm run bench -w @cchc/scoring-core`.
 * Grids are built first; only checkSheet (read + validate + total), readTable alone (to split the
 * reader's cost from validation + totals) and rankUnits are timed. Median of 5 runs.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { checkSheet } from "../src/check-sheet";
import { CLASSIFICATION_PRESETS } from "../src/criteria-set/schema";
import type { Grid } from "../src/grid/grid";
import { rankUnits } from "../src/ranking/rank-units";
import type { UnitResult } from "../src/reports/schemas";
import { readTable } from "../src/table/read-table";
import { benchGrid } from "./grids";

const RUNS = 5;
/** Distinct grids built; larger batches cycle through them (memory stays modest). */
const DISTINCT = 500;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Timing {
  wall: number;
  /** This process's CPU time (user + system): on a shared, loaded machine wall time also counts waiting. */
  cpu: number;
}

function time(fn: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function measure(fn: () => void, warmUp: () => void = fn): Timing {
  warmUp(); // JIT warm-up, not counted
  const runs = Array.from({ length: RUNS }, () => time(fn));
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

const grids: Grid[] = Array.from({ length: DISTINCT }, (_, i) => benchGrid(i + 1));
const rows = grids[0]!.values.length;

let sink = 0;
const check = (n: number) => () => {
  for (let i = 0; i < n; i++) sink += checkSheet(grids[i % DISTINCT]!).counts.total;
};
const read = (n: number) => () => {
  for (let i = 0; i < n; i++) sink += readTable(grids[i % DISTINCT]!).issues.length;
};

const results: { what: string; n: number; t: Timing }[] = [];
for (const n of [1_000, 10_000]) {
  results.push({ what: "checkSheet (read + validate + total)", n, t: measure(check(n), check(500)) });
  results.push({ what: "  of which readTable (reader)", n, t: measure(read(n), read(500)) });
}

const base: UnitResult[] = grids.slice(0, 100).map((g, i) => {
  const r = checkSheet(g);
  return {
    unit: `Đơn vị ${i}`,
    group: "",
    unitType: null,
    file: null,
    totals: r.totals,
    nodes: r.nodes,
    errors: r.counts.error,
    warnings: r.counts.warning,
  };
});
const units: UnitResult[] = Array.from({ length: 10_000 }, (_, i) => ({
  ...base[i % base.length]!,
  unit: `Đơn vị số ${i}`,
  group: i % 3 === 0 ? "UBND xã, phường" : "Sở, ban, ngành",
  file: `don-vi-${i}.xlsx`,
}));
const classification = CLASSIFICATION_PRESETS["national"]!;
results.push({
  what: "rankUnits (ranks + classes + lost points)",
  n: 10_000,
  t: measure(() => void (sink += rankUnits(units, { classification }).groups.length)),
});
const noLost = units.map((u) => ({ ...u, nodes: [] }));
results.push({
  what: "  ranks + classes only (no nodes)",
  n: 10_000,
  t: measure(() => void (sink += rankUnits(noLost, { classification }).groups.length)),
});

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(`Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}`);
console.log(`Load average (1 min): ${os.loadavg()[0]!.toFixed(1)}`);
console.log(
  `Tables: ${rows} grid rows each (${DISTINCT} distinct, cycled); median of ${RUNS} runs after a warm-up.\n`,
);
console.log("| what | n | wall ms | ms per item (wall) | CPU ms | ms per item (CPU) |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const r of results) {
  const n = r.n.toLocaleString("en");
  console.log(
    `| ${r.what} | ${n} | ${r.t.wall.toFixed(1)} | ${(r.t.wall / r.n).toFixed(4)} | ${r.t.cpu.toFixed(1)} | ${(r.t.cpu / r.n).toFixed(4)} |`,
  );
}
if (sink === -1) console.log(sink);
