/**
 * Exit codes tell the truth (issue #14): `rank` fails when no unit could be ranked, and a score
 * saved as a formula without its computed value is reported, not read as a missing score.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { runCli } from "../../src/cli";
import { memoryConsole } from "../../src/io/console";
import { put, tempDir } from "../support/files";
import { CSV_TEXT, notesWorkbook, sampleUnitSheet, workbookBytes } from "../support/inputs";

function run(args: string[]) {
  const io = memoryConsole();
  const code = runCli([...args, "--lang", "en"], io);
  return { code, out: io.stdout.join(""), err: io.stderr.join("") };
}

/** A unit's table where criterion 1.1.1's self score (D10) is a formula saved without its value. */
function uncalculatedWorkbook(): Uint8Array {
  const ws = sampleUnitSheet({ unit: "Sở Y tế", unitType: "department", seed: 1 });
  const dense = (ws as XLSX.DenseSheet)["!data"];
  if (dense) dense[9]![3] = { t: "n", f: "0.5+0.5" } as XLSX.CellObject;
  else ws["D10"] = { t: "n", f: "0.5+0.5" } as XLSX.CellObject;
  return workbookBytes([["Tự chấm", ws]]);
}

describe("exit codes", () => {
  it("rank exits 2 when every file failed, and says no unit was ranked", () => {
    const dir = tempDir("cchc-exit-");
    const units = join(dir, "don-vi");
    mkdirSync(units);
    put(units, "a.xlsx", CSV_TEXT);
    put(units, "b.xlsx", notesWorkbook());
    const r = run(["rank", units, "--out", join(dir, "r.xlsx"), "--quiet"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/No unit could be ranked/);
  });

  it("validate reports a score formula saved without its value, with its cell, and exits 1", () => {
    const dir = tempDir("cchc-exit-");
    const file = put(dir, "so-y-te.xlsx", uncalculatedWorkbook());
    const r = run(["validate", file, "--json"]);
    const json = JSON.parse(r.out) as { issues: { code: string; cell: string | null }[] };
    expect(json.issues.filter((i) => i.code === "formula-not-calculated").map((i) => i.cell)).toEqual([
      "D10",
    ]);
    expect(json.issues.some((i) => i.code === "score-missing" && i.cell === "D10")).toBe(false);
    expect(r.code).toBe(1);
  });
});
