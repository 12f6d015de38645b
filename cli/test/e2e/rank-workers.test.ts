/**
 * `cchc rank` on every core (issue #15): the sample province ranked by the main thread with two
 * worker threads, with one, and in line on the main thread alone gives the same JSON and the same
 * ranking workbook.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import { cchc, REPO } from "../support/bundle";
import { tempDir } from "../support/files";

const SAMPLES = join(REPO, "cli", "samples");

function rankWith(workers: string) {
  const out = join(tempDir("cchc-workers-"), "xep-hang.xlsx");
  const r = cchc(
    [
      "rank",
      join(SAMPLES, "don-vi"),
      "--units",
      join(SAMPLES, "danh-sach-don-vi.xlsx"),
      "--survey",
      join(SAMPLES, "dieu-tra-xa-hoi-hoc.xlsx"),
      "--out",
      out,
      "--json",
      "--quiet",
    ],
    { CCHC_WORKERS: workers },
  );
  const read = readWorkbookGrids(new Uint8Array(readFileSync(out)), XLSX);
  if (!read.ok) throw new Error(read.message.en);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, grids: read.grids };
}

describe("rank with worker threads", () => {
  it("gives the same output with 2 workers, 1 worker and none", () => {
    const inline = rankWith("0");
    expect(inline.status).toBe(0);
    expect((JSON.parse(inline.stdout) as { units: unknown[] }).units.length).toBeGreaterThan(50);
    for (const n of ["1", "2"]) {
      const pooled = rankWith(n);
      expect(pooled.status).toBe(inline.status);
      expect(pooled.stdout).toBe(inline.stdout);
      expect(pooled.stderr).toBe(inline.stderr);
      expect(pooled.grids).toEqual(inline.grids);
    }
  });
});
