/**
 * scoring-core benchmark: `npm run bench -w @cchc/scoring-core` (tsx), or bundled like hosts ship
 * it: `node scoring-core/bench/bundled.mjs`. Grids are built first; timed: checkSheet (read +
 * validate + total) and, on the same tables, readTable alone, computeDetailed (totals) alone and
 * validation alone (tables read and totals computed beforehand); rankUnits with and without the
 * lost-points analysis; last, checkSheet with a reference set on the set's own template. Median of 5 runs after a warm-up, as wall time and as this process's CPU
 * time (the machine is shared: wall time also counts waiting for a core).
 */
import os from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { performance } from "node:perf_hooks";
import { checkSheet } from "../src/check-sheet";
import { CLASSIFICATION_PRESETS } from "../src/criteria-set/schema";
import type { Grid } from "../src/grid/grid";
import { rankUnits } from "../src/ranking/rank-units";
import { lostPoints } from "../src/ranking/lost-points";
import { readTable } from "../src/table/read-table";
import type { ScoringTable } from "../src/table/types";
import { computeDetailed, type DetailedTotals } from "../src/totals/compute-totals";
import { IssueCollector } from "../src/issues/issue";
import { validateWithTotals } from "../src/validation/validate-table";
import { rankUnitsFrom } from "./ab-entry";
import { BENCH_SET, benchGrid, benchSetGrid } from "./grids";

const RUNS = 5;
/** Distinct grids built; larger batches cycle through them (memory stays modest). */
const DISTINCT = 500;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Timing {
  /** Each run's CPU time, in order (printed for the rank lines). */
  cpus: number[];
  wall: number;
  /** This process's CPU time (user + system): on a shared, loaded machine wall time also counts waiting. */
  cpu: number;
  /** Fastest run's CPU time: the least disturbed by other processes. */
  cpuMin: number;
}

function time(fn: () => void): { wall: number; cpu: number } {
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
  const cpus = runs.map((r) => r.cpu);
  return { cpus, wall: median(runs.map((r) => r.wall)), cpu: median(cpus), cpuMin: Math.min(...cpus) };
}

const RANK_WARM_UP = 5;

/**
 * The rank phase starts from a settled heap (session 8): one full collection once its units are
 * built, before the first line's warm-up. Without it the ranking paid for the stages before it: the
 * 60,000 checkSheet calls fill the old generation up to its limit (≈ 96 MB, ≈ 40 MB of it their
 * garbage) without a full collection, and the first mark-compact of the run fell inside the rank
 * samples (concurrent marking and sweeping threads' CPU counted by process.cpuUsage): 26–52 ms
 * medians for 23–25 ms of ranking. rankUnits' own garbage (scavenges while it runs) is still
 * counted. CCHC_BENCH_RANK_HEAP=as-is measures the heap as the earlier stages left it.
 */
const settleRankHeap = process.env["CCHC_BENCH_RANK_HEAP"] !== "as-is";
let fullGc: (() => void) | null = null;
function settle(): void {
  if (!settleRankHeap) return;
  if (fullGc === null) {
    setFlagsFromString("--expose-gc");
    fullGc = runInNewContext("gc") as () => void;
  }
  fullGc();
}

/**
 * rankUnits on 10,000 units (100 distinct checkSheet results, two groups), with and without the
 * lost-points analysis, and lostPoints alone; last by default (below). Same units, calls and timed
 * runs as before session 8.
 */
function rankPhase(rankGrids: readonly Grid[]): { what: string; n: number; t: Timing }[] {
  const units = rankUnitsFrom(rankGrids);
  const classification = CLASSIFICATION_PRESETS["national"]!;
  const rank = (opts: { lostPoints?: boolean }) => () =>
    void (sink += rankUnits(units, { classification, ...opts }).groups.length);
  const lost = () => void (sink += lostPoints(units).length);
  settle();
  // Warm-up: RANK_WARM_UP calls (session 5; was 1). One call left the optimising compiler's work
  // (its threads' CPU is counted) inside the timed runs; checkSheet's warm-up is 500 calls.
  const warm = (fn: () => void) => () => {
    for (let i = 0; i < RANK_WARM_UP; i++) fn();
  };
  return [
    { what: "rankUnits (ranks + classes + lost points)", n: 10_000, t: measure(rank({}), warm(rank({}))) },
    {
      what: "  rankUnits, lostPoints: false (ranks + classes)",
      n: 10_000,
      t: measure(rank({ lostPoints: false }), warm(rank({ lostPoints: false }))),
    },
    { what: "  lostPoints alone", n: 10_000, t: measure(lost, warm(lost)) },
  ];
}

let sink = 0;
/**
 * Ranking runs last by default, as in the cli (every file scored, then the ranking).
 * CCHC_BENCH_RANK=first runs it first (core-rank, session 5): the rank figure is then steadier,
 * but V8 then pretenures the report's allocation sites (the ranking keeps its results alive) and
 * checkSheet reads ≈ 1,8× slower. `cchc rank` turns pretenuring off for itself (cli/src/heap-growth.ts).
 */
const rankLast = process.env["CCHC_BENCH_RANK"] !== "first";
// The same 100 grids as grids.slice(0, 100) below, built for this phase alone.
const rankResults = rankLast ? [] : rankPhase(Array.from({ length: 100 }, (_, i) => benchGrid(i + 1)));

const grids: Grid[] = Array.from({ length: DISTINCT }, (_, i) => benchGrid(i + 1));
const rows = grids[0]!.values.length;
/**
 * Read tables and their totals for the totals-alone and validation-alone timings: only
 * PREPARED of them, built after the checkSheet and readTable timings, so a large retained heap
 * does not slow the collector during those. Few, so they stay in the CPU caches as a table just
 * read does inside checkSheet (cycling through 100 made a plain walk over the nodes 4× slower).
 * (Before session 4: 100.)
 */
const PREPARED = 8;
let tables: ScoringTable[] = [];
let totals: DetailedTotals[] = [];
function prepare(): void {
  tables = grids.slice(0, PREPARED).map((g) => {
    const r = readTable(g);
    if (!r.ok) throw new Error(`bench grid ${g.sheet} did not read`);
    return r.table;
  });
  totals = tables.map((t) => computeDetailed(t));
}

const check = (n: number) => () => {
  for (let i = 0; i < n; i++) sink += checkSheet(grids[i % DISTINCT]!).counts.total;
};
const read = (n: number) => () => {
  for (let i = 0; i < n; i++) sink += readTable(grids[i % DISTINCT]!).issues.length;
};
const total = (n: number) => () => {
  for (let i = 0; i < n; i++) sink += computeDetailed(tables[i % PREPARED]!).nodes.length;
};
const validate = (n: number) => () => {
  for (let i = 0; i < n; i++) {
    const k = i % PREPARED;
    const issues = new IssueCollector("vi", grids[k]!.sheet, 500);
    validateWithTotals(tables[k]!, issues, {}, totals[k]!);
    sink += issues.total;
  }
};

const results: { what: string; n: number; t: Timing }[] = [];
for (const n of [1_000, 10_000]) {
  results.push({ what: "checkSheet (read + validate + total)", n, t: measure(check(n), check(500)) });
  results.push({ what: "  readTable alone", n, t: measure(read(n), read(500)) });
}
prepare();
for (const n of [1_000, 10_000]) {
  results.push({ what: "  computeDetailed (totals) alone", n, t: measure(total(n), total(500)) });
  results.push({ what: "  validation alone (totals given)", n, t: measure(validate(n), validate(500)) });
}

// After every other stage, the 500 grids held (the default; CCHC_BENCH_RANK=first runs it first).
if (rankLast) rankResults.push(...rankPhase(grids.slice(0, 100)));
results.push(...rankResults);

/**
 * checkSheet with a reference set, as the hosts and `cchc --set` score a province's units (the
 * set's maxima, rules and titles checked on every node): the tool's own template of the sample
 * department set, filled in differently per unit (bench/grids.ts benchSetGrid). Last, with its
 * own grids, so every figure above is measured as before this line was added (session 7).
 */
const setGrids: Grid[] = Array.from({ length: DISTINCT }, (_, i) => benchSetGrid(i + 1));
const setRows = setGrids[0]!.values.length;
const checkSet = (n: number) => () => {
  for (let i = 0; i < n; i++) sink += checkSheet(setGrids[i % DISTINCT]!, BENCH_SET).counts.total;
};
for (const n of [1_000, 10_000]) {
  results.push({ what: "checkSheet with a reference set", n, t: measure(checkSet(n), checkSet(500)) });
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const bundled = process.env["CCHC_BENCH_BUNDLED"] === "1";
console.log(`Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}`);
console.log(
  `Load average (1, 5, 15 min): ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")}`,
);
console.log(
  `Run as: ${bundled ? "esbuild bundle (bench/bundled.mjs)" : "tsx (TypeScript via esbuild CommonJS interop)"}`,
);
console.log(
  `Rank lines: ${settleRankHeap ? "heap settled (one full collection) before the phase" : "heap as the earlier stages left it (CCHC_BENCH_RANK_HEAP=as-is)"}`,
);
console.log(
  `Tables: ${rows} grid rows each (${DISTINCT} distinct, cycled; ${PREPARED} for totals and validation alone); median of ${RUNS} runs after a warm-up.\n`,
);
console.log("| what | n | wall ms | CPU ms (median) | CPU ms (fastest) | µs per item (CPU median) |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const r of results) {
  const n = r.n.toLocaleString("en");
  console.log(
    `| ${r.what} | ${n} | ${r.t.wall.toFixed(1)} | ${r.t.cpu.toFixed(1)} | ${r.t.cpuMin.toFixed(1)} | ${((r.t.cpu / r.n) * 1000).toFixed(1)} |`,
  );
}
for (const r of rankResults)
  console.log(`Runs, CPU ms: ${r.what.trim()}: ${r.t.cpus.map((c) => c.toFixed(1)).join(", ")}`);
// Per-stage summary at 10,000 (the figures the targets are stated in).
const at = (what: string) => results.find((r) => r.n === 10_000 && r.what.trim().startsWith(what))!.t;
const perTable = (t: Timing) => ((t.cpu / 10_000) * 1000).toFixed(1);
const checkT = at("checkSheet");
const rankT = at("rankUnits (ranks");
console.log(
  `\nPer stage, 10,000 tables (CPU median, µs per table): read ${perTable(at("readTable"))} · totals ${perTable(
    at("computeDetailed"),
  )} · validation ${perTable(at("validation"))} · read + validate + total (checkSheet) ${perTable(checkT)}`,
);
console.log(
  `Targets: 10,000 tables ${(checkT.cpu / 1000).toFixed(2)} s CPU (< 1 s: ${checkT.cpu < 1000 ? "met" : "not met"}); ` +
    `rank 10,000 units ${rankT.cpu.toFixed(1)} ms CPU (< 50 ms: ${rankT.cpu < 50 ? "met" : "not met"})`,
);
console.log(
  `With a reference set (${setRows}-row tables of the sample department set's template): checkSheet ${perTable(
    at("checkSheet with a reference set"),
  )} µs per table`,
);
if (process.execArgv.length > 0) console.log(`Node flags: ${process.execArgv.join(" ")}`);
if (sink === -1) console.log(sink);
