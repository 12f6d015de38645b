/**
 * `cchc rank` end to end on a small generated province: a units list, a survey, good units in
 * both groups and broken files, which are listed and never stop the run.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { cchc, looksLikeCrash } from "../support/bundle";
import { hashes, put, tempDir } from "../support/files";
import { CSV_TEXT, notesWorkbook, sampleUnitWorkbook, workbookBytes } from "../support/inputs";
import { RankJsonSchema } from "../../src/json/contract";
import { rankFiles } from "../../src/commands/rank";
import { memoryConsole } from "../../src/io/console";

const dir = tempDir("cchc-rank-");
const units = join(dir, "don-vi");
mkdirSync(units);
const DEPTS = ["Sở Tư pháp", "Sở Y tế", "Sở Xây dựng"];
const COMMUNES = ["UBND xã Hòa Bình", "UBND phường Tân An", "=UBND xã Tây Sơn"];
const files: string[] = [];
DEPTS.forEach((u, i) =>
  files.push(
    put(
      units,
      `so-${i}.xlsx`,
      sampleUnitWorkbook({ unit: u, unitType: "department", seed: 100 + i, quality: 0.6 + i * 0.1 }),
    ),
  ),
);
COMMUNES.forEach((u, i) =>
  files.push(
    put(
      units,
      `xa-${i}.xlsx`,
      sampleUnitWorkbook({ unit: u, unitType: "commune", seed: 200 + i, quality: 0.6 + i * 0.1 }),
    ),
  ),
);
files.push(put(units, "csv.xlsx", CSV_TEXT));
files.push(put(units, "ghi-chu.xlsx", notesWorkbook()));

const list = put(
  dir,
  "danh-sach.xlsx",
  workbookBytes([
    [
      "Đơn vị",
      XLSX.utils.aoa_to_sheet([
        ["STT", "Đơn vị", "Nhóm", "Loại", "Tệp"],
        ...DEPTS.map((u, i) => [i + 1, u, "Sở, ban, ngành", "department", `so-${i}.xlsx`]),
        ...COMMUNES.map((u, i) => [i + 4, u, "UBND xã, phường", "commune", `xa-${i}.xlsx`]),
        [7, "UBND xã Tân Lập", "UBND xã, phường", "commune", "csv.xlsx"],
      ]),
    ],
  ]),
);
const survey = put(
  dir,
  "dtxhh.xlsx",
  workbookBytes([
    [
      "ĐTXHH",
      XLSX.utils.aoa_to_sheet([
        ["STT", "Đơn vị", "Điểm ĐTXHH"],
        [1, "Sở Tư pháp", 20.5],
        [2, "UBND xã Hòa Bình", 18],
        [3, "Sở Không Có", 10],
      ]),
    ],
  ]),
);
const inputs = [...files, list, survey];

describe("cchc rank", () => {
  it("ranks every readable unit within its group, lists failed files, keeps inputs unchanged", () => {
    const before = hashes(inputs);
    const out = join(dir, "xep-hang.xlsx");
    const r = cchc(["rank", units, "--units", list, "--survey", survey, "--out", out, "--json"]);
    expect(looksLikeCrash(r.stdout + r.stderr)).toBe(false);
    expect(r.status).toBe(0);
    const json = RankJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.units.map((u) => u.unit).sort()).toEqual([...DEPTS, ...COMMUNES].sort());
    expect(new Set(json.units.map((u) => u.group))).toEqual(new Set(["Sở, ban, ngành", "UBND xã, phường"]));
    expect(json.failed.map((f) => f.file).sort()).toEqual(["csv.xlsx", "ghi-chu.xlsx"]);
    for (const f of json.failed) expect(f.error).not.toMatch(/\n/);
    const tuPhap = json.units.find((u) => u.unit === "Sở Tư pháp")!;
    expect(tuPhap.survey).toBe(20.5);
    expect(tuPhap.file).toBe("so-0.xlsx");
    for (const g of ["Sở, ban, ngành", "UBND xã, phường"]) {
      const ranks = json.units.filter((u) => u.group === g).map((u) => u.rank ?? Infinity);
      expect(Math.min(...ranks)).toBe(1);
    }
    expect(r.stderr).toContain("Sở Không Có");
    expect(existsSync(out)).toBe(true);
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames.length).toBeGreaterThanOrEqual(3);
    expect(hashes(inputs)).toEqual(before);
  });

  it("prints a human ranking in Vietnamese with decimal commas and progress on stderr", () => {
    const out = join(dir, "xep-hang-2.xlsx");
    const r = cchc(["rank", ...files, "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Đã xếp hạng \d+ đơn vị/);
    expect(r.stdout).toMatch(/\d+,\d{2} %/);
    expect(r.stderr).toMatch(/Đang xử lý 1\/8/);
  });

  it("refuses to write the ranking over an input and names missing paths", () => {
    const r = cchc(["rank", units, "--out", files[0]!]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    const m = cchc([
      "rank",
      join(dir, "khong-co"),
      files[0]!,
      "--out",
      join(dir, "x.xlsx"),
      "--json",
      "--quiet",
    ]);
    expect(m.status).toBe(0);
    expect(RankJsonSchema.parse(JSON.parse(m.stdout)).failed).toHaveLength(1);
    expect(cchc(["rank", units]).status).toBe(2);
  });

  it("gives the same result whether workbooks are opened by the worker thread or in line", () => {
    const args = ["rank", units, "--units", list, "--survey", survey, "--json", "--quiet"];
    const w = cchc([...args, "--out", join(dir, "w.xlsx")]);
    const n = cchc([...args, "--out", join(dir, "n.xlsx")], { CCHC_NO_WORKER: "1" });
    expect(w.status).toBe(0);
    expect(RankJsonSchema.parse(JSON.parse(w.stdout))).toEqual(RankJsonSchema.parse(JSON.parse(n.stdout)));
  });

  it("can be called directly and keeps only unit results", () => {
    const io = memoryConsole();
    const ranking = rankFiles(
      { inputs: [units], out: join(dir, "xep-hang-3.xlsx"), units: list, lang: "en", quiet: true },
      io,
    );
    expect(ranking.groups.flatMap((g) => g.rows)).toHaveLength(6);
    expect(io.stdout.join("")).toContain("Ranked 6 units");
  });
});
