// Runs bench/run.ts as one esbuild bundle (ESM, no CommonJS interop getters), closer to what the
// hosts ship than tsx: `node scoring-core/bench/bundled.mjs` from the repository root or anywhere.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cchc-bench-"));
const out = join(dir, "bench.mjs");
try {
  await build({
    entryPoints: [join(here, "run.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    logLevel: "warning",
  });
  process.env.CCHC_BENCH_BUNDLED = "1";
  await import(pathToFileURL(out).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
