/**
 * Builds the sidebar into one self-contained Sidebar.html (vite + vite-plugin-singlefile). Apps
 * Script serves it as one page, so nothing in it loads lazily: the units' edition leaves out the
 * Sở Nội vụ's code (consolidation client, Phát bảng, the Word report's docx renderer and the
 * feedback files' xlsx writer), which its project never opens, to stay within 300 KB gzipped.
 */
import { zodWithoutJsonSchema } from "@cchc/scoring-ui/zod-without-json-schema";
import react from "@vitejs/plugin-react";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

export async function buildSidebar(
  packageDir: string,
  outDir: string,
  edition: "units" | "province" = "units",
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
      plugins: [react(), zodWithoutJsonSchema(), viteSingleFile()],
      define: {
        "process.env.NODE_ENV": JSON.stringify("production"),
        __CCHC_PROVINCE_EDITION__: JSON.stringify(edition === "province"),
      },
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
