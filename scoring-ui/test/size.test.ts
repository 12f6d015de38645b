import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DEMO_DIR, ensureDemoBuilt } from "./helpers/demo-build";

// The task pane's initial JavaScript budget (docs/benchmarks/scoring-ui.md).
const BUDGET = 250 * 1024;

/** The scripts the page loads first: its module script and what it preloads (not chunks loaded on use). */
function initialScripts(): string[] {
  const html = readFileSync(join(DEMO_DIR, "index.html"), "utf8");
  const refs = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.\/([^"]+\.js)"/g),
  ];
  return refs.map((m) => m[1]!);
}

describe("task-pane size", () => {
  it("the demo pane's initial JavaScript (React, Fluent, the core) stays within 250 KB gzipped", () => {
    ensureDemoBuilt();
    const all = readdirSync(join(DEMO_DIR, "assets")).filter((f) => f.endsWith(".js"));
    const initial = initialScripts();
    expect(initial.length).toBeGreaterThan(0);
    // The one other chunk is the Tổng hợp panel, which loads when opened (only the Sở consolidates).
    expect(all.length).toBeLessThanOrEqual(initial.length + 1);
    const gz = initial.reduce(
      (n, f) => n + gzipSync(readFileSync(join(DEMO_DIR, f)), { level: 9 }).length,
      0,
    );
    expect(gz).toBeLessThanOrEqual(BUDGET);
  });
});
