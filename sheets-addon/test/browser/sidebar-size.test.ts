/**
 * Both sidebars (each one self-contained page: Apps Script cannot load chunks lazily) stay within
 * the 300 KB gzipped budget. The units' one carries none of the Sở Nội vụ's code; the Sở's one
 * leaves the Word report's and feedback .zip's writers to OutputsChunk.html, which it loads on
 * first use (scripts/build-outputs-chunk.ts, docs/benchmarks/sheets-addon.md).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const PACKAGE = path.resolve(__dirname, "../..");
const UNITS = path.join(PACKAGE, "build", "Sidebar.html");
const PROVINCE = path.join(PACKAGE, "build", "province", "Sidebar.html");
const CHUNK = path.join(PACKAGE, "build", "province", "OutputsChunk.html");
const BUDGET = 300 * 1024;
// The province client's job key: province-only code.
const PROVINCE_MARK = "cchc.province.job";
// The docx library's namespace: the Word report's writer, only in OutputsChunk.html.
const DOCX_MARK = "wordprocessingml/2006/main";

const gzipped = (file: Buffer) => gzipSync(file, { level: 9 }).length;

describe("sidebar size", () => {
  beforeAll(() => {
    if (!existsSync(CHUNK))
      execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: PACKAGE, stdio: "inherit" });
  });

  it("the units' sidebar stays within 300 KB gzipped, without the Sở Nội vụ's code", () => {
    const units = readFileSync(UNITS);
    expect(gzipped(units)).toBeLessThanOrEqual(BUDGET);
    for (const mark of [PROVINCE_MARK, DOCX_MARK]) expect(units.includes(mark)).toBe(false);
  });

  it("the Sở Nội vụ's sidebar stays within 300 KB gzipped, its output writers loaded later", () => {
    const province = readFileSync(PROVINCE);
    expect(gzipped(province)).toBeLessThanOrEqual(BUDGET);
    expect(province.includes(PROVINCE_MARK)).toBe(true);
    expect(province.includes(DOCX_MARK)).toBe(false);
    const chunk = readFileSync(CHUNK, "utf8");
    expect(chunk.includes(DOCX_MARK)).toBe(true);
    // One <script> element, as the sidebar's loader (load-outputs.ts) expects it.
    expect(chunk.startsWith("<script>")).toBe(true);
    expect(chunk.trimEnd().endsWith("</script>")).toBe(true);
    expect(chunk.slice("<script>".length, -"</script>\n".length).includes("</script")).toBe(false);
  });
});
