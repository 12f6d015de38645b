// Prints the demo pane's initial JavaScript, raw and gzipped (level 9), against the 250 KB budget.
// Run after `npm run build -w @cchc/scoring-ui`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = join(import.meta.dirname, "..", "dist", "demo", "assets");
// 255 KB since 2026-12-06 (stored criteria sets, "import a set", average rules): see the doc's
// table; the hosts' own panes stay under 250 KB. zod/mini is the way back under 250.
const BUDGET = 255 * 1024;
let raw = 0;
let gz = 0;
for (const f of readdirSync(dir).filter((n) => n.endsWith(".js"))) {
  const b = readFileSync(join(dir, f));
  const z = gzipSync(b, { level: 9 }).length;
  raw += b.length;
  gz += z;
  console.log(`${f}\t${(b.length / 1024).toFixed(1)} KB\t${(z / 1024).toFixed(1)} KB gzipped`);
}
console.log(
  `total\t${(raw / 1024).toFixed(1)} KB\t${(gz / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`,
);
if (gz > BUDGET) {
  console.error("Over the task-pane budget.");
  process.exit(1);
}
