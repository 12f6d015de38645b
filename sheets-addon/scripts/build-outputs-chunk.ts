/**
 * Builds the province sidebar's output writers (src/client/province/outputs: the docx renderer,
 * xlsx-grid's writer, fflate) into OutputsChunk.html: one IIFE in a <script> element, which the
 * Sở's Apps Script project holds next to Sidebar.html. The server answers its text
 * (provinceOutputsChunk) and the sidebar runs it on the first Word report or feedback .zip, so
 * these ~100 KB gzipped stay out of the sidebar's first load (300 KB budget).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "vite";

export async function buildOutputsChunk(
  packageDir: string,
  outDir: string,
): Promise<{ file: string; bytes: number }> {
  process.env.NODE_ENV = "production";
  const tmp = mkdtempSync(path.join(tmpdir(), "cchc-outputs-"));
  try {
    await build({
      configFile: false,
      mode: "production",
      root: packageDir,
      logLevel: "warn",
      define: { "process.env.NODE_ENV": JSON.stringify("production") },
      build: {
        outDir: tmp,
        emptyOutDir: true,
        target: "es2020",
        reportCompressedSize: false,
        lib: {
          entry: path.join(packageDir, "src/client/province/outputs/chunk-entry.ts"),
          formats: ["iife"],
          name: "CchcOutputs",
          fileName: () => "outputs.js",
        },
      },
    });
    const [js] = readdirSync(tmp).filter((f) => f.endsWith(".js"));
    if (!js) throw new Error("outputs chunk: vite wrote no .js");
    // Inside a <script> element "</script" would end it early: escape it the way inline code may.
    const code = readFileSync(path.join(tmp, js), "utf8").replace(/<\/script/gi, "<\\/script");
    const html = `<script>${code}</script>\n`;
    const file = path.join(outDir, "OutputsChunk.html");
    writeFileSync(file, html);
    return { file, bytes: Buffer.byteLength(html) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
