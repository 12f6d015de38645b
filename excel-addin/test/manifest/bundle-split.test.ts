/**
 * The Excel pane's initial JavaScript: the Word report (the docx library and the report's model)
 * load only when the user asks for the report, never with the pane. Builds the pane into a temporary
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
/** The first load's budget (docs/benchmarks/excel-addin.md): React, Fluent, the core, Kiểm tra. */
const BUDGET = 250 * 1024;

describe("Excel pane bundle", () => {
  const out = mkdtempSync(join(tmpdir(), "cchc-pane-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  let initial: string[] = [];
  const text = (f: string) => readFileSync(join(out, f), "utf8");

  it("loads the Word report's code (docx library, report model) lazily, never with the pane", () => {
    // Jest sets NODE_ENV=test, which would build React's development bundle: build as users get it.
    execFileSync("npx", ["vite", "build", "--outDir", out, "--emptyOutDir"], {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, NODE_ENV: "production" },
    });
    const html = readFileSync(join(out, "taskpane", "taskpane.html"), "utf8");
    initial = [...html.matchAll(/(?:src|href)="\.\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(initial.length).toBeGreaterThan(0);
    for (const f of initial) {
      expect(text(f)).not.toContain(DOCX_MARK);
      expect(text(f)).not.toContain(REPORT_MARK);
    }
    const lazy = readdirSync(join(out, "assets"))
      .map((f) => `assets/${f}`)
      .filter((f) => f.endsWith(".js") && !initial.includes(f));
    expect(lazy.some((f) => text(f).includes(DOCX_MARK))).toBe(true);
    expect(lazy.some((f) => text(f).includes(REPORT_MARK))).toBe(true);
  });

  it("keeps the pane's initial JavaScript within 250 KB gzipped", () => {
    expect(initial.length).toBeGreaterThan(0);
    const gz = initial.reduce((n, f) => n + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0);
    expect(gz).toBeLessThanOrEqual(BUDGET);
  });
});
