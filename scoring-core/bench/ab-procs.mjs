// A/B of the core's stages in SEPARATE processes, interleaved: the working tree against a git ref.
//   node scoring-core/bench/ab-procs.mjs [ref] [tables per process] [processes per side] [stages]
// e.g. `node scoring-core/bench/ab-procs.mjs main 3000 8 validate,totals`.
// Stage "set": checkSheet with a reference set on 500 tables of the set's template (grids.ts
// benchSetGrid), as hosts and `cchc --set` score; its report checksum is printed apart.
// Why: in one process (bench/ab.mjs) a build now and then runs a stage in a slow mode (validation
// 1.7–2× slower for the whole run, either build, trigger unknown), which a single A/B run takes for
// a speed-up or a regression. Here every process is one sample; the medians over many processes are
// compared. Each process bundles nothing: both sides are built once, then run as
// `node --no-allocation-site-pretenuring <side>.mjs <stage> <n>` on the 8 prepared bench tables
// (check and read: 500 distinct grids, as in ab.mjs). Prints the sorted samples, the medians, the
// ratio B/A and, once per side, the report checksum of 500 grids (must be identical).
import { bundleSides, median, printMachine } from "./ab-shared.mjs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";

const ref = process.argv[2] ?? "main";
const N = Number(process.argv[3] ?? 3000);
const PROCS = Number(process.argv[4] ?? 8);
const STAGES = (process.argv[5] ?? "check,read,totals,validate").split(",");
const dir = mkdtempSync(join(tmpdir(), "cchc-ab-procs-"));

// One side's process: times one stage over N tables (after a warm-up) and prints CPU µs per table,
// or with stage "sum" prints the checksum of the reports of 500 grids.
const RUNNER = `
import { createHash } from "node:crypto";
import * as m from "./entry.mjs";
import { benchGrid, benchSetGrid } from "../grids.mjs";
const [stage, n] = [process.argv[2], Number(process.argv[3])];
// Totals and validation use 8 prepared tables only: no need to build 500 grids for them.
const distinct = stage === "totals" || stage === "validate" ? 8 : 500;
const withSet = stage === "set" || stage === "sumset";
const grids = Array.from({ length: distinct }, (_, i) => (withSet ? benchSetGrid : benchGrid)(i + 1));
if (stage === "sum" || stage === "sumset") {
  const h = createHash("sha256");
  for (const g of grids) h.update(JSON.stringify(withSet ? m.checkWithSet(g) : m.check(g)));
  console.log(h.digest("hex").slice(0, 16));
  process.exit(0);
}
const tables = grids.slice(0, 8).map((g) => m.read(g).table);
const dets = tables.map((t) => m.totals(t));
let sink = 0;
const run = {
  check: (i) => (sink += m.check(grids[i % 500]).counts.total),
  read: (i) => (sink += m.read(grids[i % 500]).issues.length),
  totals: (i) => (sink += m.totals(tables[i % 8]).nodes.length),
  validate: (i) => (sink += m.validate(grids[i % 8], tables[i % 8], dets[i % 8])),
  set: (i) => (sink += m.checkWithSet(grids[i % 500]).counts.total),
}[stage];
for (let i = 0; i < Math.min(n, 2000); i++) run(i);
const c0 = process.cpuUsage();
for (let i = 0; i < n; i++) run(i);
const c = process.cpuUsage(c0);
console.log(((c.user + c.system) / n).toFixed(2));
if (sink === -1) console.log(sink);
`;

try {
  // The entry always comes from the working tree: same calls on both sides.
  await bundleSides(ref, dir, RUNNER);
  const node = (side, ...args) =>
    execFileSync(
      process.execPath,
      ["--no-allocation-site-pretenuring", join(dir, side, "run.mjs"), ...args],
      {
        encoding: "utf8",
      },
    )
      .trim()
      .split("\n")[0];
  const load0 = os.loadavg();
  const sumA = node("a", "sum");
  const sumB = node("b", "sum");
  const withSet = STAGES.includes("set");
  const setA = withSet ? node("a", "sumset") : "";
  const setB = withSet ? node("b", "sumset") : "";
  const rows = [];
  for (const stage of STAGES) {
    const s = { a: [], b: [] };
    for (let p = 0; p < PROCS; p++)
      for (const side of p % 2 === 0 ? ["a", "b"] : ["b", "a"])
        s[side].push(Number(node(side, stage, String(N))));
    rows.push({ stage, ...s });
  }
  printMachine(load0);
  console.log(`A = ${ref}, B = working tree; ${PROCS} processes a side, ${N} tables each; CPU µs per table.`);
  console.log(
    `Report checksum (500 grids): A ${sumA}, B ${sumB} — ${sumA === sumB ? "identical" : "DIFFERENT"}${withSet ? "" : "\n"}`,
  );
  if (withSet)
    console.log(
      `With a set (500 grids): A ${setA}, B ${setB} — ${setA === setB ? "identical" : "DIFFERENT"}\n`,
    );
  console.log("| stage | A median | B median | B/A | A samples | B samples |");
  console.log("| --- | ---: | ---: | ---: | --- | --- |");
  for (const r of rows) {
    const [ma, mb] = [median(r.a), median(r.b)];
    const sorted = (xs) =>
      [...xs]
        .sort((x, y) => x - y)
        .map((x) => x.toFixed(1))
        .join(" ");
    console.log(
      `| ${r.stage} | ${ma.toFixed(1)} | ${mb.toFixed(1)} | ${(mb / ma).toFixed(2)} | ${sorted(r.a)} | ${sorted(r.b)} |`,
    );
  }
  if (sumA !== sumB || setA !== setB) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
