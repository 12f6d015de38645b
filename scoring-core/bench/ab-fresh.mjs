// A/B of readTable on fresh strings (bench/fresh-read.ts: every table a new workbook's texts, as
// `cchc rank` meets them), the working tree against a git ref, in separate processes, alternating:
//   node scoring-core/bench/ab-fresh.mjs [ref] [tables per process] [processes per side]
// Prints the samples, the medians and the ratio B/A (CPU µs per table).
import { build } from "esbuild";
import { median, printMachine, refBench } from "./ab-shared.mjs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ref = process.argv[2] ?? "main";
const N = Number(process.argv[3] ?? 4000);
const PROCS = Number(process.argv[4] ?? 8);
const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "cchc-ab-fresh-"));

try {
  // The timing code always comes from the working tree: same work on both sides.
  const oldBench = refBench(ref, dir, ["fresh-read.ts"]);
  for (const [side, bench] of [
    ["a", oldBench],
    ["b", here],
  ]) {
    await build({
      stdin: {
        contents: `import { timeFreshReads } from "./fresh-read.ts";
console.log(timeFreshReads(Number(process.argv[2])).toFixed(2));`,
        resolveDir: bench,
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: join(dir, `${side}.mjs`),
      logLevel: "warning",
      nodePaths: [join(root, "node_modules")],
      tsconfigRaw: "{}",
    });
  }
  const run = (side) =>
    Number(
      execFileSync(
        process.execPath,
        ["--no-allocation-site-pretenuring", join(dir, `${side}.mjs`), String(N)],
        {
          encoding: "utf8",
        },
      ).trim(),
    );
  const load0 = os.loadavg();
  const s = { a: [], b: [] };
  for (let p = 0; p < PROCS; p++)
    for (const side of p % 2 === 0 ? ["a", "b"] : ["b", "a"]) s[side].push(run(side));
  const sorted = (xs) =>
    [...xs]
      .sort((x, y) => x - y)
      .map((x) => x.toFixed(1))
      .join(" ");
  printMachine(load0);
  console.log(
    `A = ${ref}, B = working tree; ${PROCS} processes a side, ${N} fresh tables each; CPU µs per table.`,
  );
  console.log(
    `A median ${median(s.a).toFixed(1)}, B median ${median(s.b).toFixed(1)}, B/A ${(median(s.b) / median(s.a)).toFixed(2)}`,
  );
  console.log(`A samples: ${sorted(s.a)}\nB samples: ${sorted(s.b)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
