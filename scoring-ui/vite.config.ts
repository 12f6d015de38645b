// Builds the demo pane (the shared app over the in-memory DemoScoringService) into dist/demo.
// Hosts build their own pages; this one is for the browser tests, screenshots and the size budget.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { zodWithoutJsonSchema } from "./scripts/zod-without-json-schema.mjs";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here("./src/demo"),
  base: "./",
  plugins: [react(), zodWithoutJsonSchema()],
  logLevel: "warn",
  build: {
    outDir: here("./dist/demo"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
    // One chunk but the Tổng hợp panel (loaded when opened); the budget is checked gzipped (docs/benchmarks).
    chunkSizeWarningLimit: 1000,
  },
});
