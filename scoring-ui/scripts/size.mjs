// Prints the demo pane's initial JavaScript, raw and gzipped (level 9), against the 250 KB budget;
// chunks loaded on use are listed, not counted.
// Run after `npm run build -w @cchc/scoring-ui`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const demo = join(import.meta.dirname, "..", "dist", "demo");
const dir = join(demo, "assets");
const BUDGET = 250 * 1024;
// Initial: what index.html loads first; other chunks load on use (the Tổng hợp panel).
const html = readFileSync(join(demo, "index.html"), "utf8");
const initial = new Set(
  [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.\/assets\/([^"]+\.js)"/g,
    ),
  ].map((m) => m[1]),
);
let raw = 0;
let gz = 0;
for (const f of readdirSync(dir).filter((n) => n.endsWith(".js"))) {
  const b = readFileSync(join(dir, f));
  const z = gzipSync(b, { level: 9 }).length;
  const first = initial.has(f);
  if (first) {
    raw += b.length;
    gz += z;
  }
  console.log(
    `${f}\t${(b.length / 1024).toFixed(1)} KB\t${(z / 1024).toFixed(1)} KB gzipped${first ? "" : "\t(loaded on use)"}`,
  );
}
console.log(
  `initial\t${(raw / 1024).toFixed(1)} KB\t${(gz / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`,
);
if (gz > BUDGET) {
  console.error("Over the task-pane budget.");
  process.exit(1);
}
