/** `cchc survey`: the sample answers to points, the JSON contract, a design from a set, bad input. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { createHash } from "node:crypto";
import * as XLSX from "@e965/xlsx";
import { readSurveyJson, SurveyJsonSchema } from "@cchc/scoring-core";
import { runCli } from "../../src/cli";
import { memoryConsole } from "../../src/io/console";
import { generateSurvey, SURVEY_FILES } from "../../scripts/samples/survey";
import { hashes, put, tempDir } from "../support/files";

const SAMPLES = join(__dirname, "..", "..", "samples");
const answers = [SURVEY_FILES.online, SURVEY_FILES.paper].map((f) => join(SAMPLES, f));
const design = join(SAMPLES, SURVEY_FILES.design);

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

describe("cchc survey", () => {
  it("turns the sample answers into points per unit and criterion, JSON as documented", () => {
    const dir = tempDir("cchc-survey-");
    const before = hashes([...answers, design]);
    const io = memoryConsole();
    const code = runCli(
      [
        "survey",
        ...answers,
        "--design",
        design,
        "--framework",
        "sample-department-2025",
        "--framework",
        "sample-commune-2025",
        "--out",
        join(dir, "diem.xlsx"),
        "--json",
        "--population",
        "1000",
      ],
      io,
    );
    expect(io.stderr.join("")).toBe("");
    expect(code).toBe(1); // the sample has an unknown unit and an answer off the scale, on purpose
    const json = SurveyJsonSchema.parse(JSON.parse(io.stdout.join("")));
    expect(json.units.length).toBeGreaterThan(60);
    expect(json.sampleSize).toEqual({ population: 1000, margin: 0.05, forms: 286 });
    const codes = new Set(json.issues.map((i) => i.code));
    for (const c of [
      "survey-unit-unknown",
      "survey-answer-invalid",
      "survey-form-duplicate",
      "survey-unit-no-answers",
      "survey-below-minimum",
    ])
      expect(codes.has(c)).toBe(true);
    expect(codes.has("survey-max-mismatch")).toBe(false);
    const none = json.units.find((u) => u.forms === 0)!;
    expect(none.total).toBeNull();
    const some = json.units.find((u) => (u.forms ?? 0) > 20)!;
    for (const c of some.criteria) expect(c.points! >= 0 && c.points! <= c.max).toBe(true);
    // The workbook: points sheet first (readable by rank --survey), formula stated, inputs untouched.
    const wb = XLSX.read(readFileSync(join(dir, "diem.xlsx")));
    expect(wb.SheetNames[0]).toBe("Điểm ĐTXHH");
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 });
    expect(String(rows[1]![0])).toMatch(/^Cách tính: Điểm câu hỏi = điểm tối đa của câu hỏi ×/);
    // The sheet and the JSON say which design scored the answers.
    expect(
      rows.some((r) => /^Thiết kế phiếu: tệp “thiet-ke-phieu.xlsx” — \d+ câu hỏi/.test(String(r[0]))),
    ).toBe(true);
    expect(json.design).toMatchObject({ questionsFrom: "design", designName: "thiet-ke-phieu.xlsx" });
    // Forms per group are columns, unit types are said in Vietnamese.
    const header = rows.find((r) => r[1] === "Đơn vị")!;
    expect(header).toContain("Phiếu: Đại biểu HĐND tỉnh");
    expect(rows.some((r) => r[2] === "Sở, ban, ngành")).toBe(true);
    // The units list's "=UBND xã Tây Sơn" (a typed formula sign) is the unit respondents call
    // "UBND xã Tây Sơn": its forms count. Only the two planted errors remain.
    expect(json.units.find((u) => u.unit === "=UBND xã Tây Sơn")!.forms).toBeGreaterThan(0);
    expect(json.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([
      "survey-unit-unknown",
      "survey-answer-invalid",
    ]);
    expect(hashes([...answers, design])).toEqual(before);
    expect(readSurveyJson(io.stdout.join(""))!.size).toBe(json.units.length);
  });

  it("prints a table, derives the design from a criteria set, and refuses bad input with exit 2", () => {
    const dir = tempDir("cchc-survey-");
    const a = put(
      dir,
      "a.xlsx",
      XLSX.write(
        {
          SheetNames: ["S"],
          Sheets: {
            S: XLSX.utils.aoa_to_sheet([
              ["Đơn vị được đánh giá", "2.3.1. Chất lượng", "8.3.1"],
              ["Sở Tư pháp", "A", "B"],
              ["Sở Tư pháp", "C", "Không biết"],
            ]),
          },
        },
        { type: "buffer", bookType: "xlsx" },
      ) as Buffer,
    );
    const io = memoryConsole();
    const code = runCli(
      ["survey", a, "--framework", "sample-department-2025", "--out", join(dir, "o.xlsx")],
      io,
    );
    expect(code).toBe(0);
    const out = io.stdout.join("");
    // 2.3.1 (max 2,5): (1 + 0,2)/2 × 2,5 = 1,5; 8.3.1 (max 4,5): 0,6 × 4,5 = 2,7
    expect(out).toMatch(/Sở Tư pháp\s+2\s+4,20/);
    const bad = memoryConsole();
    expect(runCli(["survey", a, "--out", join(dir, "o2.xlsx")], bad)).toBe(2);
    expect(bad.stderr.join("")).toMatch(/--design/);
    expect(runCli(["survey", a, "--design", a, "--out", a], memoryConsole())).toBe(2);
  });

  it("the sample survey is the same bytes on every run", () => {
    const units = [
      { unit: "Sở Tư pháp", unitType: "department" },
      { unit: "UBND xã Hòa Bình", unitType: "commune" },
    ];
    const x = tempDir("cchc-survey-a-");
    const y = tempDir("cchc-survey-b-");
    generateSurvey(x, units);
    generateSurvey(y, units);
    expect(tree(y)).toEqual(tree(x));
  });
});
