// Is checkSheet robust to V8's allocation-site pretenuring? The working tree against a git ref.
//   node scoring-core/bench/pretenure.mjs [ref] [tables per process] [processes per case]
// e.g. `node scoring-core/bench/pretenure.mjs main 3000 3`.
// Why (session 7): V8 sends an object or array literal's allocation site to the old generation
// for the rest of the process when, at a scavenge, most of the objects the site made since its
// last decision are still alive. Cold code tracks every literal object, so ONE scavenge while the
// first table read is still alive decides it. In the core bench (bench/run.ts) that happens or
// not depending on where the warm-up's first scavenge falls (checkSheet then ran at ≈ 226 instead
// of ≈ 125 µs a table in 2 of 8 runs); in a host it is the first sheet checked, and hosts cannot
// set V8 flags. This harness makes the event happen on purpose, in default V8 settings:
//   default        — nothing forced (as bench/run.ts, without its other stages);
//   first-scavenge — the first checkSheet runs cold and its table, score tree and report are
//                    kept, then one scavenge (gc({ type: "minor" }), the only flag:
//                    --expose-gc) while they are alive;
//   keep-8         — 8 tables read cold and kept alive through the loop (core-totals, session 6).
// Each process then times checkSheet over the 500 bench grids (CPU µs per table after a 500-call
// warm-up) and counts the allocation sites V8 tenured after the grids were built
// (--trace-pretenuring-statistics; a few memo entries, long-lived, are rightly tenured).
// Prints the medians per case and side.
import { bundleSides, median, printMachine } from "./ab-shared.mjs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";

const ref = process.argv[2] ?? "main";
const N = Number(process.argv[3] ?? 3000);
const PROCS = Number(process.argv[4] ?? 3);
const CASES = ["default", "first-scavenge", "keep-8"];
const dir = mkdtempSync(join(tmpdir(), "cchc-pretenure-"));

const RUNNER = `
import * as m from "./entry.mjs";
import { benchGrid } from "../grids.mjs";
const [mode, n] = [process.argv[2], Number(process.argv[3])];
const grids = Array.from({ length: 500 }, (_, i) => benchGrid(i + 1));
console.log("#grids-built");
const kept = [];
if (mode === "first-scavenge") {
  kept.push(m.checkWithTable(grids[0]));
  globalThis.gc({ type: "minor" });
} else if (mode === "keep-8") for (let i = 0; i < 8; i++) kept.push(m.read(grids[i]));
let sink = 0;
for (let i = 0; i < 500; i++) sink += m.check(grids[i % 500]).counts.total;
const c0 = process.cpuUsage();
for (let i = 0; i < n; i++) sink += m.check(grids[i % 500]).counts.total;
const c = process.cpuUsage(c0);
console.log("#cpu " + ((c.user + c.system) / n).toFixed(2) + " " + kept.length + (sink === -1 ? sink : ""));
`;

try {
  await bundleSides(ref, dir, RUNNER);
  const run = (side, mode) => {
    const out = spawnSync(
      process.execPath,
      ["--expose-gc", "--trace-pretenuring-statistics", join(dir, side, "run.mjs"), mode, String(N)],
      { encoding: "utf8", maxBuffer: 1 << 28 },
    ).stdout;
    const after = out.slice(out.indexOf("#grids-built"));
    const cpu = Number(/#cpu (\S+)/.exec(after)?.[1]);
    const tenured = after.split("\n").filter((l) => /\) (?:undecided|maybe tenure) => tenure$/.test(l));
    return { cpu, tenured: tenured.length };
  };
  const load0 = os.loadavg();
  const rows = [];
  for (const mode of CASES) {
    const s = { a: [], b: [] };
    for (let p = 0; p < PROCS; p++)
      for (const side of p % 2 === 0 ? ["a", "b"] : ["b", "a"]) s[side].push(run(side, mode));
    rows.push({ mode, ...s });
  }
  printMachine(load0);
  console.log(`A = ${ref}, B = working tree; ${PROCS} processes a case and side, ${N} tables each.`);
  console.log("CPU µs per checkSheet (median, samples); sites tenured after the grids were built.\n");
  console.log("| case | A µs | B µs | B/A | A sites tenured | B sites tenured | A samples | B samples |");
  console.log("| --- | ---: | ---: | ---: | --- | --- | --- | --- |");
  for (const r of rows) {
    const [ma, mb] = [median(r.a.map((x) => x.cpu)), median(r.b.map((x) => x.cpu))];
    const list = (xs) => xs.map((x) => x.cpu.toFixed(1)).join(" ");
    const sites = (xs) => xs.map((x) => x.tenured).join(", ");
    console.log(
      `| ${r.mode} | ${ma.toFixed(1)} | ${mb.toFixed(1)} | ${(mb / ma).toFixed(2)} | ${sites(r.a)} | ${sites(r.b)} | ${list(r.a)} | ${list(r.b)} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
