/**
 * `npm run build -w @cchc/sheets-addon`: build/Code.js (server), build/Sidebar.html (sidebar)
 * and build/appsscript.json — exactly what `clasp push` sends (.clasp.json rootDir "build").
 */
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { buildServer } from "./build-server";
import { buildSidebar } from "./build-sidebar";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(packageDir, "build");

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const server = await buildServer(packageDir, outDir);
const only = process.argv.includes("--server-only");
copyFileSync(path.join(packageDir, "appsscript.json"), path.join(outDir, "appsscript.json"));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`sheets-addon: Code.js ${kb(server.bytes)}, ${server.exports.length} entry points`);
if (!only) {
  const sidebar = await buildSidebar(packageDir, outDir);
  const gz = gzipSync(readFileSync(sidebar.file)).length;
  console.log(`sheets-addon: Sidebar.html ${kb(sidebar.bytes)} (${kb(gz)} gzipped)`);
}
