/**
 * The single-file cchc (issue #13): the CommonJS bundle a Node single-executable application
 * embeds runs alone in an empty folder, `rank`'s workers start from the code embedded in it,
 * and it ranks exactly like the ordinary bundle. Building the executable itself (≈ 10 s, a
 * 100 MB copy of node) is `npm run build:exe -w @cchc/cli && npm run smoke:exe -w @cchc/cli`,
 * run by .ci/run; this test builds only the script, with esbuild, into a temp folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cchc, REPO } from "../support/bundle";
import { tempDir } from "../support/files";

const CLI = join(REPO, "cli");
const out = tempDir("cchc-exe-");
const script = join(out, "cchc.cjs");

beforeAll(() => {
  const r = spawnSync(
    process.execPath,
    [join(CLI, "scripts", "build-exe.mjs"), "--bundle-only", "--out", out],
    {
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`build-exe failed: ${r.stderr}`);
});

describe("the single-file cchc script", () => {
  it("is one CommonJS file with the worker inside (no import, no second file)", () => {
    expect(existsSync(script)).toBe(true);
    const code = readFileSync(script, "utf8");
    // Booleans, so a failure does not print 5 MB of code.
    expect(/^\s*import\s/m.test(code)).toBe(false);
    expect(code.includes("import.meta")).toBe(false);
    expect(/useEmbeddedWorker\(['"][^\n]*port\.postMessage/.test(code)).toBe(true);
  });

  it("passes the smoke test alone in an empty folder: validate, and rank with two workers", () => {
    const r = spawnSync(process.execPath, [join(CLI, "scripts", "smoke-exe.mjs"), "--script", script], {
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("ok   hai luồng phụ chấm mọi tệp được giao");
  });

  it("ranks exactly like the ordinary bundle", () => {
    const args = [
      "rank",
      join(CLI, "samples", "don-vi", "so-ban-nganh"),
      "--units",
      join(CLI, "samples", "danh-sach-don-vi.xlsx"),
      "--out",
      join(tempDir("cchc-exe-rank-"), "xep-hang.xlsx"),
      "--json",
      "--quiet",
    ];
    const single = spawnSync(process.execPath, [script, ...args], {
      cwd: REPO,
      encoding: "utf8",
      env: { ...process.env, CCHC_DEBUG: "", CCHC_WORKERS: "2" },
    });
    const ordinary = cchc(
      args.map((a) => (a.endsWith("xep-hang.xlsx") ? join(tempDir(), "x.xlsx") : a)),
      {
        CCHC_WORKERS: "0",
      },
    );
    expect(single.status).toBe(0);
    expect(ordinary.status).toBe(0);
    const units = (s: string) => (JSON.parse(s) as { units: { file: string }[] }).units;
    expect(units(single.stdout).length).toBe(22);
    expect(units(single.stdout)).toEqual(units(ordinary.stdout));
  });
});
