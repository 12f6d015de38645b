// What the A/B harnesses (ab.mjs, ab-procs.mjs, ab-inproc.mjs, ab-fresh.mjs, pretenure.mjs) share: the core as
// at a git ref in a temp folder, with the harness's own entry files copied over from the working
// tree (same calls, same inputs on both sides), bundled by esbuild as the hosts ship it.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = fileURLToPath(new URL(".", import.meta.url));
export const root = join(here, "..", "..");

/** Extracts scoring-core at `ref` into `dir`/old and copies `files` (bench/ names) from the working tree; returns its bench folder. */
export function refBench(ref, dir, files) {
  const old = join(dir, "old");
  mkdirSync(old);
  const tar = execFileSync("git", ["-C", root, "archive", ref, "scoring-core"], { maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", old], { input: tar });
  const bench = join(old, "scoring-core", "bench");
  for (const f of files) writeFileSync(join(bench, f), readFileSync(join(here, f)));
  return bench;
}

/** One ESM bundle for Node, resolving packages from the repository's node_modules. */
export function bundle(entry, out) {
  return build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    logLevel: "warning",
    nodePaths: [join(root, "node_modules")],
    tsconfigRaw: "{}",
  });
}

/**
 * The two sides of a separate-process A/B (ab-procs.mjs, pretenure.mjs): `dir`/a and `dir`/b each
 * get ab-entry.ts bundled (a: the core at `ref`, b: the working tree) and the harness's `runner`
 * as run.mjs; `dir`/grids.mjs holds the bench grids.
 */
export async function bundleSides(ref, dir, runner) {
  const oldBench = refBench(ref, dir, ["ab-entry.ts"]);
  for (const [side, entry] of [
    ["a", join(oldBench, "ab-entry.ts")],
    ["b", join(here, "ab-entry.ts")],
  ]) {
    mkdirSync(join(dir, side));
    await bundle(entry, join(dir, side, "entry.mjs"));
    writeFileSync(join(dir, side, "run.mjs"), runner);
  }
  await bundle(join(here, "grids.ts"), join(dir, "grids.mjs"));
}

export const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/** The machine line and the load before/after, as every harness prints them. */
export function printMachine(load0) {
  console.log(`Machine: ${os.cpus()[0]?.model}, ${os.cpus().length} cores, Node ${process.version}`);
  const fmt = (l) => l.map((x) => x.toFixed(1)).join(", ");
  console.log(`Load average before: ${fmt(load0)}; after: ${fmt(os.loadavg())}`);
}
