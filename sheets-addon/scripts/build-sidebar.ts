/** Builds the sidebar into one self-contained Sidebar.html (vite + vite-plugin-singlefile). */
import react from "@vitejs/plugin-react";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

export async function buildSidebar(
  packageDir: string,
  outDir: string,
): Promise<{ file: string; bytes: number }> {
  // A build started from a test run or a shell with NODE_ENV=development/test would emit React's
  // development JSX (jsxDEV), which the production React bundle lacks: force production.
  process.env.NODE_ENV = "production";
  const tmp = mkdtempSync(path.join(tmpdir(), "cchc-sidebar-"));
  try {
    await build({
      configFile: false,
      mode: "production",
      root: path.join(packageDir, "src/client"),
      logLevel: "warn",
      plugins: [react(), viteSingleFile()],
      define: { "process.env.NODE_ENV": JSON.stringify("production") },
      build: { outDir: tmp, emptyOutDir: true, target: "es2020", reportCompressedSize: false },
    });
    const html = readFileSync(path.join(tmp, "index.html"), "utf8");
    const file = path.join(outDir, "Sidebar.html");
    writeFileSync(file, html);
    return { file, bytes: Buffer.byteLength(html) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
