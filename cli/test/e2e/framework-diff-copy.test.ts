/** `cchc framework diff` and `cchc framework copy` end to end. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { loadCriteriaSet, SAMPLE_DEPARTMENT_2025 } from "@cchc/scoring-core";
import { cchc, looksLikeCrash } from "../support/bundle";
import { put, tempDir } from "../support/files";

const dir = tempDir("cchc-setdiff-");

describe("cchc framework copy / diff", () => {
  it("copies last year's set to 2026, and diff finds only the renumbering made after", () => {
    const last = put(dir, "bo-2025.json", JSON.stringify(SAMPLE_DEPARTMENT_2025));
    const next = join(dir, "bo-2026.json");
    const r = cchc(["framework", "copy", last, "--year", "2026", "--out", next]);
    expect(r.status).toBe(0);
    const loaded = loadCriteriaSet(readFileSync(next, "utf8"));
    expect(loaded.ok && loaded.set.year).toBe(2026);

    const same = cchc(["framework", "diff", last, next, "--json"]);
    expect(same.status).toBe(0);
    expect(JSON.parse(same.stdout)).toEqual({ added: [], removed: [], changed: [] });

    // Swap the first field's first two criteria (renumbered) and change a maximum.
    const edited = JSON.parse(readFileSync(next, "utf8")) as typeof SAMPLE_DEPARTMENT_2025;
    const kids = edited.fields[0]!.children!;
    const [a, b] = [kids[0]!, kids[1]!];
    [a.code, b.code] = [b.code, a.code];
    kids[0] = b;
    kids[1] = a;
    put(dir, "bo-2026.json", JSON.stringify(edited));
    const out = join(dir, "so-sanh.xlsx");
    const d = cchc(["framework", "diff", last, next, "--json", "--out", out]);
    expect(d.status).toBe(0);
    const json = JSON.parse(d.stdout) as {
      changed: { what: string }[];
      added: unknown[];
      removed: unknown[];
    };
    expect(json.added).toEqual([]);
    expect(json.removed).toEqual([]);
    expect(json.changed.filter((c) => c.what === "code").length).toBeGreaterThanOrEqual(2);
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames[0]).toBe("So sánh bộ tiêu chí");
  });

  it("says clearly when a set cannot be read", () => {
    const bad = put(dir, "hong.json", "{ not json");
    for (const args of [
      ["framework", "diff", bad, "sample-commune-2025"],
      ["framework", "diff", join(dir, "khong-co.json"), "sample-commune-2025"],
      ["framework", "copy", bad, "--year", "2026", "--out", join(dir, "x.json")],
    ]) {
      const r = cchc(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/hong\.json|khong-co\.json/);
      expect(looksLikeCrash(r.stderr)).toBe(false);
    }
  });

  it("prints a readable diff and help", () => {
    const r = cchc(["framework", "diff", "sample-department-2025", "sample-commune-2025", "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/added, \d+ removed, \d+ changed\./);
    expect(cchc(["framework", "copy", "--help"]).stdout).toContain("--year");
  });
});
