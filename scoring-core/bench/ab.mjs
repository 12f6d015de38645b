// A/B benchmark of the core's hot path on a loaded machine: the working tree against a git ref
// (default: main), both bundled with esbuild and run in ONE process, alternating round by round,
// on the same grids; the reports of both must be byte-identical (checksum printed).
//   node scoring-core/bench/ab.mjs [ref] [tables per round] [rounds]
// CCHC_AB_STAGES=rank,check runs only those stages; CCHC_AB_PREPARED sets how many tables the
// totals and validate stages cycle through (default 8).
// Prints, per stage and build, the median CPU (process.cpuUsage) and wall time per table, and the
// load average before and after.
import { bundle, median, refBench } from "./ab-shared.mjs";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const ref = process.argv[2] ?? "main";
const N = Number(process.argv[3] ?? 2000);
const ROUNDS = Number(process.argv[4] ?? 5);
const here = fileURLToPath(new URL(".", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cchc-ab-"));
try {
  // The entry and the grids always come from the working tree: same calls, same inputs.
  const oldBench = refBench(ref, dir, ["ab-entry.ts"]);
  await bundle(join(oldBench, "ab-entry.ts"), join(dir, "a.mjs"));
  await bundle(join(here, "ab-entry.ts"), join(dir, "b.mjs"));
  await bundle(join(here, "grids.ts"), join(dir, "grids.mjs"));
  const A = await import(pathToFileURL(join(dir, "a.mjs")).href);
  const B = await import(pathToFileURL(join(dir, "b.mjs")).href);
  const { benchGrid } = await import(pathToFileURL(join(dir, "grids.mjs")).href);
  const DISTINCT = 500;
  const grids = Array.from({ length: DISTINCT }, (_, i) => benchGrid(i + 1));
  const load0 = os.loadavg();

  const sums = {};
  for (const [name, m] of [
    ["A", A],
    ["B", B],
  ]) {
    const h = createHash("sha256");
    for (const g of grids) h.update(JSON.stringify(m.check(g)));
    sums[name] = h.digest("hex").slice(0, 16);
    sums[`${name} rank`] = createHash("sha256")
      .update(JSON.stringify(m.rank(m.rankUnitsFrom(grids))))
      .digest("hex")
      .slice(0, 16);
  }

  const time = (fn) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { wall, cpu: (c.user + c.system) / 1000 };
  };
  let sink = 0;
  // Few tables for the totals and validation stages, so they stay in the CPU caches as a table
  // just read does inside checkSheet: cycling through 100 retained tables made a plain walk over
  // their nodes 4× slower (cache misses), which checkSheet never pays.
  const PREP = Number(process.env.CCHC_AB_PREPARED ?? 8);
  const stages = (m) => {
    const tables = grids.slice(0, PREP).map((g) => m.read(g).table);
    const dets = tables.map((t) => m.totals(t));
    return {
      check: () => {
        for (let i = 0; i < N; i++) sink += m.check(grids[i % DISTINCT]).counts.total;
      },
      read: () => {
        for (let i = 0; i < N; i++) sink += m.read(grids[i % DISTINCT]).issues.length;
      },
      totals: () => {
        for (let i = 0; i < N; i++) sink += m.totals(tables[i % PREP]).nodes.length;
      },
      validate: () => {
        for (let i = 0; i < N; i++) {
          const k = i % PREP;
          sink += m.validate(grids[k], tables[k], dets[k]);
        }
      },
    };
  };
  const results = {};
  // Stages to run (default all): CCHC_AB_STAGES=rank,validate …
  const only = process.env.CCHC_AB_STAGES?.split(",") ?? null;
  const wanted = (stage) => only === null || only.includes(stage);
  // Ranking: one rankUnits over 10,000 units per round (ms per ranking, not per table).
  if (wanted("rank")) {
    const ua = A.rankUnitsFrom(grids);
    const ub = B.rankUnitsFrom(grids);
    const ra = () => void (sink += A.rank(ua).groups.length);
    const rb = () => void (sink += B.rank(ub).groups.length);
    ra();
    rb();
    for (let r = 0; r < ROUNDS * 2; r++)
      for (const [name, f] of r % 2 === 0
        ? [
            ["A", ra],
            ["B", rb],
          ]
        : [
            ["B", rb],
            ["A", ra],
          ])
        ((results.rank ??= {})[name] ??= []).push(time(f));
  }
  for (const stage of ["check", "read", "totals", "validate"].filter(wanted)) {
    // Tables for the totals/validate stages are held only while those stages run.
    const sa = stages(A);
    const sb = stages(B);
    sa[stage]();
    sb[stage](); // warm-up
    for (let r = 0; r < ROUNDS; r++) {
      for (const [name, s] of r % 2 === 0
        ? [
            ["A", sa],
            ["B", sb],
          ]
        : [
            ["B", sb],
            ["A", sa],
          ]) {
        const t = time(s[stage]);
        ((results[stage] ??= {})[name] ??= []).push(t);
      }
    }
  }
  console.log(`Machine: ${os.cpus()[0]?.model}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(
    `Load average (1, 5, 15 min) before: ${load0.map((l) => l.toFixed(1)).join(", ")}; after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}`,
  );
  console.log(
    `A = ${ref}, B = working tree; ${N} tables per round (500 distinct grids of 160 rows), ${ROUNDS} rounds alternating; median per table.`,
  );
  console.log(
    `Report checksum (500 grids): A ${sums.A}, B ${sums.B} — ${sums.A === sums.B ? "identical" : "DIFFERENT"}`,
  );
  const rankSame = sums["A rank"] === sums["B rank"];
  console.log(
    `Ranking checksum (10,000 units): A ${sums["A rank"]}, B ${sums["B rank"]} — ${rankSame ? "identical" : "DIFFERENT"}\n`,
  );
  console.log("| stage | A CPU µs | B CPU µs | B/A CPU | A wall µs | B wall µs |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [stage, r] of Object.entries(results)) {
    if (stage === "rank") continue;
    const ca = (median(r.A.map((t) => t.cpu)) / N) * 1000;
    const cb = (median(r.B.map((t) => t.cpu)) / N) * 1000;
    const wa = (median(r.A.map((t) => t.wall)) / N) * 1000;
    const wb = (median(r.B.map((t) => t.wall)) / N) * 1000;
    console.log(
      `| ${stage} | ${ca.toFixed(1)} | ${cb.toFixed(1)} | ${(cb / ca).toFixed(2)} | ${wa.toFixed(1)} | ${wb.toFixed(1)} |`,
    );
  }
  if (results.rank) {
    const r = results.rank;
    const ca = median(r.A.map((t) => t.cpu));
    const cb = median(r.B.map((t) => t.cpu));
    console.log(
      `| rank 10,000 units (ms per ranking) | ${ca.toFixed(1)} | ${cb.toFixed(1)} | ${(cb / ca).toFixed(2)} | ${median(r.A.map((t) => t.wall)).toFixed(1)} | ${median(r.B.map((t) => t.wall)).toFixed(1)} |`,
    );
  }
  if (sink === -1) console.log(sink);
  if (sums.A !== sums.B || !rankSame) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
