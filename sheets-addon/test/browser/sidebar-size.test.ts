/**
 * The units' Sidebar.html (one self-contained page: Apps Script cannot load chunks lazily) stays
 * within its 300 KB gzipped budget, and carries none of the Sở Nội vụ's code, which only
 * build/province/Sidebar.html needs (scripts/build-sidebar.ts, docs/benchmarks/sheets-addon.md).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const PACKAGE = path.resolve(__dirname, "../..");
const UNITS = path.join(PACKAGE, "build", "Sidebar.html");
const PROVINCE = path.join(PACKAGE, "build", "province", "Sidebar.html");
const BUDGET = 300 * 1024;
// The province client's job key and the docx library's namespace: province-only code.
const PROVINCE_MARKS = ["cchc.province.job", "wordprocessingml/2006/main"];

describe("sidebar size", () => {
  beforeAll(() => {
    if (!existsSync(PROVINCE))
      execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: PACKAGE, stdio: "inherit" });
  });

  it("the units' sidebar stays within 300 KB gzipped, without the Sở Nội vụ's code", () => {
    const units = readFileSync(UNITS);
    expect(gzipSync(units, { level: 9 }).length).toBeLessThanOrEqual(BUDGET);
    for (const mark of PROVINCE_MARKS) expect(units.includes(mark)).toBe(false);
    const province = readFileSync(PROVINCE);
    for (const mark of PROVINCE_MARKS) expect(province.includes(mark)).toBe(true);
  });
});
