// Bundles the command (dist/cchc.mjs) and the sample-province job (dist/province.mjs) with
// esbuild: one ESM file each for Node 20, workspace packages inlined.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// SheetJS's CommonJS paths call require(): give the ESM bundle one.
const banner = `import { createRequire as __cchcCreateRequire } from "node:module";\nconst require = __cchcCreateRequire(import.meta.url);`;

await build({
  entryPoints: {
    cchc: join(root, "src/main.ts"),
    province: join(root, "src/province/main.ts"),
    // `rank`'s worker threads: each opens and scores workbooks (src/pool/score-pool.ts).
    "score-worker": join(root, "src/pool/score-worker.ts"),
  },
  outdir: join(root, "dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  banner: { js: banner },
  logLevel: "warning",
  legalComments: "none",
});
