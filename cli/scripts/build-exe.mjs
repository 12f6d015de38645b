// Builds `cchc` as one file officials run without installing Node: a Node single-executable
// application (SEA). Node 20's SEA embeds one CommonJS script, so:
//   1. src/pool/score-worker.ts is bundled to CommonJS in memory;
//   2. src/exe/main.ts is bundled to one CommonJS file (cchc.cjs) with that worker code
//      embedded as a string (rank's workers start from it: no second file is needed);
//   3. `node --experimental-sea-config` turns cchc.cjs into a blob, and postject injects the
//      blob into a copy of a node binary.
// Nothing is downloaded: the node binary is the running one, or the one given with --node
// (e.g. node.exe for Windows copied in by hand; see docs/phan-phoi.md).
//
//   node scripts/build-exe.mjs [--out DIR] [--node PATH] [--bundle-only]
//     --out          where to write (default dist/exe; never committed)
//     --node         the node binary to copy (default: this node); a name ending in .exe gives cchc.exe
//     --bundle-only  stop after cchc.cjs (tests run it with `node cchc.cjs`)
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { copyFileSync, chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SENTINEL_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

function parseArgs(argv) {
  const opts = { out: join(root, "dist/exe"), node: process.execPath, bundleOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--bundle-only") opts.bundleOnly = true;
    else if (a === "--out" && argv[i + 1]) opts.out = resolve(argv[++i]);
    else if (a === "--node" && argv[i + 1]) opts.node = resolve(argv[++i]);
    else {
      process.stderr.write(`build-exe: không hiểu tham số "${a}" (unknown argument)\n`);
      process.exit(2);
    }
  }
  return opts;
}

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
  legalComments: "none",
};

export async function bundleExe(out) {
  mkdirSync(out, { recursive: true });
  const worker = await build({
    ...common,
    entryPoints: [join(root, "src/pool/score-worker.ts")],
    write: false,
  });
  const workerCode = worker.outputFiles[0].text;
  const outfile = join(out, "cchc.cjs");
  await build({
    ...common,
    entryPoints: [join(root, "src/exe/main.ts")],
    outfile,
    define: { __CCHC_SCORE_WORKER__: JSON.stringify(workerCode) },
  });
  return outfile;
}

async function seaExe(script, out, nodeBinary) {
  const blob = join(out, "sea-prep.blob");
  const config = join(out, "sea-config.json");
  // No code cache or snapshot: the blob then runs on any platform's node of the same version.
  writeFileSync(
    config,
    JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true, useCodeCache: false }),
  );
  execFileSync(process.execPath, ["--experimental-sea-config", config], { stdio: "inherit" });
  const exe = join(out, nodeBinary.toLowerCase().endsWith(".exe") ? "cchc.exe" : "cchc");
  copyFileSync(nodeBinary, exe);
  chmodSync(exe, 0o755);
  const { inject } = await import("postject");
  await inject(exe, "NODE_SEA_BLOB", readFileSync(blob), { sentinelFuse: SENTINEL_FUSE });
  return exe;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  const script = await bundleExe(opts.out);
  process.stdout.write(`cchc.cjs: ${script}\n`);
  if (!opts.bundleOnly) {
    const exe = await seaExe(script, opts.out, opts.node);
    process.stdout.write(`cchc: ${exe}\n`);
  }
}
