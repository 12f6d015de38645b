// Builds the task pane and the ribbon's function file into dist/ (taskpane.html, commands.html).
// SheetJS is imported dynamically by the consolidation, so it lands in its own lazy chunk.
// `npm run dev` serves https://localhost:3000 for sideloading with the developer certificate of
// office-addin-dev-certs if it is installed (~/.office-addin-dev-certs); nothing is generated here.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const certDir = process.env.CCHC_DEV_CERTS ?? join(homedir(), ".office-addin-dev-certs");
const cert = join(certDir, "localhost.crt");
const key = join(certDir, "localhost.key");
const https =
  existsSync(cert) && existsSync(key) ? { cert: readFileSync(cert), key: readFileSync(key) } : undefined;

export default defineConfig({
  root: here("./src"),
  base: "./",
  plugins: [react()],
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
        // The survey scorer (scoring-core/src/survey/) is left to its lazy chunk: it loads only
        // when the user picks raw survey answers. Xu hướng (the trend use case, years/, and its
        // pane section, with the inspection list) likewise loads when first used, and the Word
        // report's model (with the improvement plan's section) goes with the docx renderer's lazy
        // chunk (service/word-report.ts).
        manualChunks: (id: string) =>
          /scoring-core\/src\/(survey\/|years\/|improvement\/|inspection\/|workflow\/trends\.ts|output\/report-model|output\/ranked-feedback|workflow\/published-report)/.test(
            id,
          )
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
