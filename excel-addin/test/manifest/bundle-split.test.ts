/**
 * The Excel pane's initial JavaScript: the Word report (the docx library and the report's model)
 * and the xlsx reader load only when used, never with the pane. Builds the pane into a temporary
 * folder, so a stale dist/ cannot make it pass.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "..", "..");
const DOCX_MARK = "wordprocessingml/2006/main";
const REPORT_MARK = "Các lĩnh vực theo tỷ lệ điểm bị mất";

describe("Excel pane bundle", () => {
  const out = mkdtempSync(join(tmpdir(), "cchc-pane-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("loads the Word report's code lazily and keeps the initial JavaScript under its ceiling", () => {
    // Jest sets NODE_ENV=test, which would build React's development bundle: build as users get it.
    execFileSync("npx", ["vite", "build", "--outDir", out, "--emptyOutDir"], {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, NODE_ENV: "production" },
    });
    const html = readFileSync(join(out, "taskpane", "taskpane.html"), "utf8");
    const initial = [...html.matchAll(/(?:src|href)="\.\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(initial.length).toBeGreaterThan(0);
    const text = (f: string) => readFileSync(join(out, f), "utf8");
    for (const f of initial) {
      expect(text(f)).not.toContain(DOCX_MARK);
      expect(text(f)).not.toContain(REPORT_MARK);
    }
    const lazy = readdirSync(join(out, "assets"))
      .map((f) => `assets/${f}`)
      .filter((f) => f.endsWith(".js") && !initial.includes(f));
    expect(lazy.some((f) => text(f).includes(DOCX_MARK))).toBe(true);
    expect(lazy.some((f) => text(f).includes(REPORT_MARK))).toBe(true);
    const gz = initial.reduce((n, f) => n + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0);
    // The budget is 250 KB (docs/benchmarks/excel-addin.md). On 6 Dec 2026 main measured 255,0 KB
    // and this branch 254,8 KB (the catalogue's descriptions left the bundle; the feedback's layout
    // came in): a ceiling against growth until the rest is trimmed.
    expect(gz).toBeLessThanOrEqual(256 * 1024);
  });
});
