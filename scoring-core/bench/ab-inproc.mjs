// A/B of one core stage IN ONE PROCESS, in alternating blocks: the working tree against a git ref.
//   node scoring-core/bench/ab-inproc.mjs [ref] [stage] [rounds] [tables per block]
// e.g. `node scoring-core/bench/ab-inproc.mjs main read 30 250`.
// Why: on a loaded machine the load changes from one process to the next (ab-procs' samples of
// one side spread 70–150 µs), but two blocks of 250 tables run back to back see the same load.
// Each round times a block of A and a block of B (order alternating); the ratio of each pair is
// one sample. Both builds share one heap and the CPU caches, and the build imported second ran
// 2–4 % slower in A/A runs, so the run is made twice, once with each build imported first, in two
// processes; the geometric mean of the two median ratios cancels that. Stages as in ab-procs
// (check and read: the 500 bench grids; set: checkSheet with the sample department set on 500
// tables of its template, grids.ts benchSetGrid, its checksum c9fb7f543918cc62 at ae68953).
// Report checksums of both sides are printed too.
import { bundle, median, printMachine, refBench } from "./ab-shared.mjs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ref = process.argv[2] ?? "main";
const STAGE = process.argv[3] ?? "read";
const ROUNDS = Number(process.argv[4] ?? 30);
const BLOCK = Number(process.argv[5] ?? 250);
const here = fileURLToPath(new URL(".", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cchc-ab-inproc-"));

// One process: imports `first` then `second`, times alternating blocks, prints JSON.
const RUNNER = `
import { createHash } from "node:crypto";
import { benchGrid, benchSetGrid } from "./grids.mjs";
const [first, second, stage, rounds, block] = process.argv.slice(2);
const sides = { [first]: await import("./" + first + ".mjs"), [second]: await import("./" + second + ".mjs") };
const distinct = stage === "totals" || stage === "validate" ? 8 : 500;
const withSet = stage === "set";
const grids = Array.from({ length: distinct }, (_, i) => (withSet ? benchSetGrid : benchGrid)(i + 1));
const sums = {};
for (const [k, m] of Object.entries(sides)) {
  const h = createHash("sha256");
  for (const g of grids) h.update(JSON.stringify(withSet ? m.checkWithSet(g) : m.check(g)));
  sums[k] = h.digest("hex").slice(0, 16);
}
let sink = 0;
const runner = (m) => {
  const tables = withSet ? [] : grids.slice(0, 8).map((g) => m.read(g).table);
  const dets = tables.map((t) => m.totals(t));
  return {
    check: (i) => (sink += m.check(grids[i % 500]).counts.total),
    set: (i) => (sink += m.checkWithSet(grids[i % 500]).counts.total),
    read: (i) => (sink += m.read(grids[i % 500]).issues.length),
    totals: (i) => (sink += m.totals(tables[i % 8]).nodes.length),
    validate: (i) => (sink += m.validate(grids[i % 8], tables[i % 8], dets[i % 8])),
  }[stage];
};
const run = { a: runner(sides.a), b: runner(sides.b) };
const n = Number(block);
for (let k = 0; k < 4; k++) for (const s of ["a", "b"]) for (let i = 0; i < 500; i++) run[s](i);
const t = { a: [], b: [] };
for (let r = 0; r < Number(rounds); r++)
  for (const s of r % 2 ? ["a", "b"] : ["b", "a"]) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) run[s](r * n + i);
    const c = process.cpuUsage(c0);
    t[s].push((c.user + c.system) / n);
  }
console.log(JSON.stringify({ ...t, sums, sink: sink === -1 }));
`;

try {
  const oldBench = refBench(ref, dir, ["ab-entry.ts"]);
  await bundle(join(oldBench, "ab-entry.ts"), join(dir, "a.mjs"));
  await bundle(join(here, "ab-entry.ts"), join(dir, "b.mjs"));
  await bundle(join(here, "grids.ts"), join(dir, "grids.mjs"));
  writeFileSync(join(dir, "run.mjs"), RUNNER);
  const load0 = os.loadavg();
  const once = (first, second) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          "--no-allocation-site-pretenuring",
          join(dir, "run.mjs"),
          first,
          second,
          STAGE,
          String(ROUNDS),
          String(BLOCK),
        ],
        { encoding: "utf8" },
      ),
    );
  const runs = [once("a", "b"), once("b", "a")];
  printMachine(load0);
  console.log(`A = ${ref}, B = working tree; stage ${STAGE}; ${ROUNDS} rounds of ${BLOCK} tables a side.`);
  const { sums } = runs[0];
  console.log(
    `Report checksum (grids of the stage): A ${sums.a}, B ${sums.b} — ${sums.a === sums.b ? "identical" : "DIFFERENT"}`,
  );
  const ratios = runs.map((r, k) => {
    const ratio = median(r.b.map((b, i) => b / r.a[i]));
    console.log(
      `${k === 0 ? "A imported first" : "B imported first"}: A median ${median(r.a).toFixed(1)} µs, B median ${median(r.b).toFixed(1)} µs, median pair ratio B/A ${ratio.toFixed(3)}`,
    );
    return ratio;
  });
  console.log(`B/A (geometric mean of both orders): ${Math.sqrt(ratios[0] * ratios[1]).toFixed(3)}`);
  if (sums.a !== sums.b) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
