/**
 * `cchc validate` end to end through the built bundle, plus the same command called directly.
 * Every input's hash is checked before and after: the command never modifies an input.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { cchc, cchcIn, looksLikeCrash } from "../support/bundle";
import { hashOf, put, tempDir } from "../support/files";
import { sampleUnitWorkbook } from "../support/inputs";
import { ValidateJsonSchema } from "../../src/json/contract";
import { validateFile } from "../../src/commands/validate";
import { memoryConsole } from "../../src/io/console";

const dir = tempDir();
const good = put(
  dir,
  "so-tu-phap.xlsx",
  sampleUnitWorkbook({ unit: "Sở Tư pháp", unitType: "department", seed: 7 }),
);
const commaText = put(
  dir,
  "so-y-te.xlsx",
  sampleUnitWorkbook({
    unit: "Sở Y tế",
    unitType: "department",
    seed: 8,
    variation: { commaText: true, mergedHeader: true },
  }),
);

describe("cchc validate", () => {
  it("prints issues by severity with cells, totals per field with decimal commas, and never touches the input", () => {
    const before = hashOf(good);
    const r = cchc(["validate", good]);
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toContain("Tổng điểm theo lĩnh vực");
    expect(r.stdout).toMatch(/Tổng: tự chấm \d+(,\d+)? /);
    expect(r.stdout).not.toMatch(/\d\.\d{1,2} ·/);
    expect(looksLikeCrash(r.stdout + r.stderr)).toBe(false);
    expect(hashOf(good)).toBe(before);
  });

  it("answers in English with --lang en", () => {
    const r = cchcIn(["validate", good, "--lang", "en"]);
    expect(r.stdout).toContain("Totals per field");
    expect(r.stdout).toMatch(/Total: self \d+(\.\d+)? /);
  });

  it("gives the JSON contract, with numbers rounded to 2 decimals and the exit code matching the errors", () => {
    const r = cchc(["validate", commaText, "--json"]);
    const json = ValidateJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.file).toBe(commaText);
    expect(json.sheet).toBe("Bảng chấm điểm");
    expect(json.fields.length).toBeGreaterThan(0);
    const all = [...Object.values(json.totals), ...json.fields.flatMap((f) => [f.max, f.self, f.appraised])];
    for (const x of all) if (x !== null) expect(Math.round(x * 100) / 100).toBe(x);
    const errors = json.issues.filter((i) => i.severity === "error").length;
    expect(r.status).toBe(errors > 0 ? 1 : 0);
    for (const i of json.issues) if (i.cell) expect(i.cell).toMatch(/^[A-Z]{1,3}\d+$/);
  });

  it("gives the same totals whether the scores are numbers or comma text (the core parses both)", () => {
    const plain = put(dir, "a.xlsx", sampleUnitWorkbook({ unit: "Sở A", unitType: "department", seed: 21 }));
    const text = put(
      dir,
      "b.xlsx",
      sampleUnitWorkbook({ unit: "Sở A", unitType: "department", seed: 21, variation: { commaText: true } }),
    );
    const a = ValidateJsonSchema.parse(JSON.parse(cchcIn(["validate", plain, "--json"]).stdout));
    const b = ValidateJsonSchema.parse(JSON.parse(cchcIn(["validate", text, "--json"]).stdout));
    expect(b.totals.self).toBe(a.totals.self);
    expect(b.totals.max).toBe(a.totals.max);
  });

  it("writes a feedback workbook with --report and refuses to write it over the input", () => {
    const report = join(dir, "phan-hoi.xlsx");
    const r = cchc(["validate", good, "--report", report]);
    expect([0, 1]).toContain(r.status);
    expect(existsSync(report)).toBe(true);
    const wb = XLSX.read(readFileSync(report));
    expect(wb.SheetNames.length).toBeGreaterThan(0);
    const before = hashOf(good);
    const refused = cchcIn(["validate", good, "--report", good]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toContain("Không ghi đè");
    expect(hashOf(good)).toBe(before);
  });

  it("uses a sample criteria set by id and names an unknown sheet", () => {
    const r = cchcIn(["validate", good, "--framework", "sample-department-2025", "--json"]);
    expect([0, 1]).toContain(r.status);
    ValidateJsonSchema.parse(JSON.parse(r.stdout));
    const s = cchcIn(["validate", good, "--sheet", "Không có"]);
    expect(s.status).toBe(2);
    expect(s.stderr).toContain("Không có");
    expect(s.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("can be called directly and returns the core's report", () => {
    const io = memoryConsole();
    const out = validateFile({ file: good, lang: "vi" }, io);
    expect(out.report).not.toBeNull();
    expect(out.exitCode).toBe(out.report!.counts.error > 0 ? 1 : 0);
    expect(io.stdout.join("")).toContain("Sở Tư pháp".toUpperCase().slice(0, 2));
  });

  it("prints help in Vietnamese by default and in English on request", () => {
    expect(cchc(["validate", "--help"]).stdout).toContain("Kiểm tra bảng tự chấm điểm");
    expect(cchc(["validate", "--help", "--lang", "en"]).stdout).toContain(
      "Checks one unit's self-assessment table",
    );
    const main = cchc([]);
    expect(main.status).toBe(2);
    expect(main.stdout).toContain("Cách dùng");
    expect(cchcIn(["bogus"]).stderr).toContain("Lệnh không hợp lệ");
  });
});
