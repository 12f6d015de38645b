/** `cchc template` and `cchc framework` end to end. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { loadCriteriaSet } from "@cchc/scoring-core";
import { cchc, cchcIn, looksLikeCrash } from "../support/bundle";
import { hashOf, put, tempDir } from "../support/files";
import { sampleUnitWorkbook } from "../support/inputs";

const dir = tempDir("cchc-tpl-");

describe("cchc template", () => {
  it("writes a blank scoring table with formulas for a unit, from a sample set id", () => {
    const out = join(dir, "bang-cham.xlsx");
    const r = cchc([
      "template",
      "--framework",
      "sample-commune-2025",
      "--unit",
      "UBND xã Hòa Bình",
      "--out",
      out,
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Đã ghi bảng chấm điểm trống");
    const wb = XLSX.read(readFileSync(out), { cellFormula: true, sheetStubs: true });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    const cells = Object.entries(ws).filter(([k]) => !k.startsWith("!"));
    expect(cells.some(([, c]) => typeof (c as XLSX.CellObject).f === "string")).toBe(true);
    expect(cells.some(([, c]) => String((c as XLSX.CellObject).v).includes("UBND xã Hòa Bình"))).toBe(true);
  });

  it("keeps a unit name beginning with = as text, never a formula", () => {
    const out = join(dir, "bang-cham-bang.xlsx");
    const r = cchc([
      "template",
      "--framework",
      "sample-department-2025",
      "--unit",
      "=SUM(1,2)",
      "--out",
      out,
    ]);
    expect(r.status).toBe(0);
    const wb = XLSX.read(readFileSync(out), { cellFormula: true, sheetStubs: true });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    const hit = Object.entries(ws).find(
      ([k, c]) => !k.startsWith("!") && String((c as XLSX.CellObject).v).includes("SUM(1,2)"),
    );
    expect(hit).toBeDefined();
    expect((hit![1] as XLSX.CellObject).f).toBeUndefined();
    expect((hit![1] as XLSX.CellObject).t).toBe("s");
  });

  it("needs --framework, --unit and --out, and names a bad framework file", () => {
    expect(cchcIn(["template", "--unit", "x", "--out", join(dir, "a.xlsx")]).status).toBe(2);
    const bad = put(dir, "bad.json", "{ not json");
    const r = cchc([
      "template",
      "--framework",
      bad,
      "--unit",
      "x",
      "--out",
      join(dir, "a.xlsx"),
      "--lang",
      "en",
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON/);
    const wrong = put(dir, "wrong.json", JSON.stringify({ schemaVersion: 1, id: "x" }));
    const w = cchc(["template", "--framework", wrong, "--unit", "x", "--out", join(dir, "a.xlsx")]);
    expect(w.status).toBe(2);
    expect(w.stderr.trim().split("\n")).toHaveLength(1);
    expect(looksLikeCrash(w.stderr)).toBe(false);
  });
});

describe("cchc framework", () => {
  it("derives a loadable criteria set from a table pasted into a sheet, leaving the input unchanged", () => {
    const annex = put(
      dir,
      "phu-luc.xlsx",
      sampleUnitWorkbook({ unit: "Sở Nội vụ", unitType: "department", seed: 3 }),
    );
    const before = hashOf(annex);
    const out = join(dir, "bo-tieu-chi.json");
    const r = cchc(["framework", annex, "--out", out, "--id", "tinh-an-hoa-so-2025", "--year", "2025"]);
    expect(looksLikeCrash(r.stdout + r.stderr)).toBe(false);
    expect([0, 1]).toContain(r.status);
    expect(existsSync(out)).toBe(true);
    const loaded = loadCriteriaSet(JSON.parse(readFileSync(out, "utf8")));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.set.id).toBe("tinh-an-hoa-so-2025");
      expect(loaded.set.fields.length).toBeGreaterThan(3);
    }
    expect(hashOf(annex)).toBe(before);
    expect(r.stdout).toContain("Đã ghi bộ tiêu chí");
  });
});
