/**
 * `npm run build -w @cchc/sheets-addon`: build/Code.js (server), build/Sidebar.html (sidebar)
 * and build/appsscript.json — exactly what `clasp push` sends (.clasp.json rootDir "build") —
 * and the Sở Nội vụ's build/province (Code.js, Sidebar.html, OutputsChunk.html, appsscript.json).
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { buildOutputsChunk } from "./build-outputs-chunk";
import { buildServer } from "./build-server";
import { buildSidebar } from "./build-sidebar";
import { PROVINCE_FLAG_SCRIPT } from "../src/server/province/menu-items";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(packageDir, "build");

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const server = await buildServer(packageDir, outDir);
const only = process.argv.includes("--server-only");
copyFileSync(path.join(packageDir, "appsscript.json"), path.join(outDir, "appsscript.json"));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`sheets-addon: Code.js ${kb(server.bytes)}, ${server.exports.length} entry points`);

// The Sở Nội vụ's deployment (issue #6): the same Code.js with its own manifest and sidebar edition,
// whose scopes open, create and share other spreadsheets. A separate Apps Script project pushes
// build/province (see README, "Sở Nội vụ"); the units' project keeps spreadsheets.currentonly.
const provinceDir = path.join(outDir, "province");
mkdirSync(provinceDir, { recursive: true });
copyFileSync(
  path.join(packageDir, "src/server/province/appsscript.json"),
  path.join(provinceDir, "appsscript.json"),
);
if (!only) {
  for (const [edition, dir] of [
    ["units", outDir],
    ["province", provinceDir],
  ] as const) {
    const sidebar = await buildSidebar(packageDir, dir, edition);
    const gz = gzipSync(readFileSync(sidebar.file), { level: 9 }).length;
    console.log(`sheets-addon: ${edition} Sidebar.html ${kb(sidebar.bytes)} (${kb(gz)} gzipped)`);
  }
  // The Word report's and feedback .zip's writers, loaded by the province sidebar on first use.
  const chunk = await buildOutputsChunk(packageDir, provinceDir);
  const chunkGz = gzipSync(readFileSync(chunk.file), { level: 9 }).length;
  console.log(`sheets-addon: province OutputsChunk.html ${kb(chunk.bytes)} (${kb(chunkGz)} gzipped)`);
}
writeFileSync(
  path.join(provinceDir, "Code.js"),
  readFileSync(path.join(outDir, "Code.js"), "utf8") + PROVINCE_FLAG_SCRIPT,
);
