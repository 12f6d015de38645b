import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DEMO_DIR, ensureDemoBuilt } from "./helpers/demo-build";

// The task pane's initial JavaScript budget (docs/benchmarks/scoring-ui.md).
const BUDGET = 250 * 1024;

describe("task-pane size", () => {
  it("the demo pane's JavaScript (React, Fluent, the core) stays within 250 KB gzipped", () => {
    ensureDemoBuilt();
    const dir = join(DEMO_DIR, "assets");
    const js = readdirSync(dir).filter((f) => f.endsWith(".js"));
    expect(js.length).toBeGreaterThan(0);
    const gz = js.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    expect(gz).toBeLessThanOrEqual(BUDGET);
  });
});
