// Builds the task pane and the ribbon's function file into dist/ (taskpane.html, commands.html).
// SheetJS is imported dynamically by the consolidation, so it lands in its own lazy chunk.
// `npm run dev` serves https://localhost:3000 for sideloading with the developer certificate of
// office-addin-dev-certs if it is installed (~/.office-addin-dev-certs); nothing is generated here.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { zodWithoutJsonSchema } from "@cchc/scoring-ui/zod-without-json-schema";
import { defineConfig } from "vite";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const certDir = process.env.CCHC_DEV_CERTS ?? join(homedir(), ".office-addin-dev-certs");
const cert = join(certDir, "localhost.crt");
const key = join(certDir, "localhost.key");
const https =
  existsSync(cert) && existsSync(key) ? { cert: readFileSync(cert), key: readFileSync(key) } : undefined;

/**
 * The core's modules that only run after a click, so never go in the first load's "core" chunk
 * (a module wrongly listed here still loads when needed, in a chunk of its own; one missing from
 * here lands in the first load: excel-addin/test/manifest/bundle-split.test.ts keeps the budget):
 * - the survey scorer (survey/): when the user picks raw survey answers;
 * - Xu hướng (years/, workflow/trends.ts, with the inspection list: inspection/): when first used;
 * - the improvement plan (improvement/): with the Word report's model;
 * - Tổng hợp (@cchc/scoring-core/consolidate: consolidation/, ranking, ranking sheets, the
 *   workflow's consolidate-files and what only it uses), loaded with the xlsx reader;
 * - the Word report's model and the feedback files (their lazy renderers' chunks);
 * - templates, set import and appraisal (workflow/make-template, import-set, appraisal): their panels.
 * - the sets-per-unit-type lines Tổng hợp shows before a run (criteria-set/set-plan): with its panel.
 */
const LATER = new RegExp(
  "scoring-core/src/(" +
    [
      "survey/",
      "years/",
      "improvement/",
      "inspection/",
      "consolidation/",
      "ranking/(rank-units|tie-break|lost-points)\\.ts",
      "output/(report-model|ranked-feedback|ranking-sheets|feedback|feedback-notes|file-name|heading)\\.ts",
      "template/",
      "criteria-set/set-plan\\.ts",
      "appraisal/(log-sheet|summary|read-rounds|appraise-sheet|flagged-items|change-log)\\.ts",
      "workflow/(trends|published-report|consolidate-files|rank-outcomes|score-unit|side-files|survey-given|chart-block|make-template|import-set|appraisal)\\.ts",
    ].join("|") +
    ")",
);

export default defineConfig({
  root: here("./src"),
  base: "./",
  plugins: [react(), zodWithoutJsonSchema()],
  logLevel: "warn",
  publicDir: here("./assets"),
  server: { port: 3000, strictPort: true, https },
  build: {
    outDir: here("./dist"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      input: {
        taskpane: here("./src/taskpane/taskpane.html"),
        commands: here("./src/commands/commands.html"),
      },
      // scoring-ui's modules only declare things: without this, importing ServiceError from its
      // entry would drag the whole UI into the ribbon's function file.
      treeshake: { moduleSideEffects: (id: string) => !/scoring-ui\/src\//.test(id) },
      output: {
        // React in its own chunk: the ribbon's function file does not load it. Fluent and the
        // pane's own modules are left to Rollup, so panels only some users open (Tổng hợp,
        // Giải trình, Cài đặt, …) load with their components when opened, not at start.
        // The core's code the pane loads at start goes in one "core" chunk; LATER (what the
        // pane and the service import dynamically) is left to Rollup's lazy chunks instead.
        manualChunks: (id: string) =>
          LATER.test(id)
            ? undefined
            : /scoring-core\/src\/|scoring-ui\/src\/service\.ts|node_modules\/zod\//.test(id)
              ? "core"
              : /node_modules\/(react|react-dom|scheduler)\//.test(id)
                ? "ui"
                : undefined,
      },
    },
  },
});
