/**
 * `cchc rank --survey` ranks with the same numbers whether it is given `cchc survey`'s workbook
 * or its JSON: the JSON carries the core's exact points, never a 2-decimal display value.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_SETS, SurveyJsonSchema, type RankingReport } from "@cchc/scoring-core";
import { runCli } from "../../src/cli";
import { rankFiles } from "../../src/commands/rank";
import { memoryConsole } from "../../src/io/console";
import { SURVEY_FILES } from "../../scripts/samples/survey";
import { tempDir } from "../support/files";

const SAMPLES = join(__dirname, "..", "..", "samples");

/** Three sample departments and three sample communes, copied to a folder of their own. */
function someUnits(dir: string): string {
  const out = join(dir, "don-vi");
  for (const folder of ["so-ban-nganh", "xa-phuong"]) {
    mkdirSync(join(out, folder), { recursive: true });
    for (const f of readdirSync(join(SAMPLES, "don-vi", folder))
      .sort()
      .slice(0, 3))
      copyFileSync(join(SAMPLES, "don-vi", folder, f), join(out, folder, f));
  }
  return out;
}

function rank(units: string, survey: string, out: string, io = memoryConsole()): RankingReport {
  return rankFiles(
    {
      inputs: [units],
      out,
      units: join(SAMPLES, "danh-sach-don-vi.xlsx"),
      survey,
      frameworks: SAMPLE_SETS.map((s) => s.id),
      lang: "vi",
      quiet: true,
    },
    io,
  );
}

/** The ranking without what names its files (the two runs write different outputs). */
const numbers = (r: RankingReport) => r.groups;

describe("rank --survey: the workbook and the JSON give the same numbers", () => {
  it("ranks identically through diem-dtxhh.xlsx and diem-dtxhh.json", () => {
    const dir = tempDir("cchc-survey-routes-");
    const units = someUnits(dir);
    const io = memoryConsole();
    const code = runCli(
      [
        "survey",
        join(SAMPLES, SURVEY_FILES.online),
        join(SAMPLES, SURVEY_FILES.paper),
        "--design",
        join(SAMPLES, SURVEY_FILES.design),
        "--out",
        join(dir, "diem-dtxhh.xlsx"),
        "--json",
      ],
      io,
    );
    expect(code).toBe(1); // the sample's unknown unit and off-scale answer, on purpose
    const text = io.stdout.join("");
    const json = SurveyJsonSchema.parse(JSON.parse(text));
    writeFileSync(join(dir, "diem-dtxhh.json"), text);
    // The JSON keeps more than the 2 decimals the workbook shows: the test can tell them apart.
    const points = json.units.flatMap((u) => u.criteria.map((c) => c.points)).filter((p) => p !== null);
    expect(points.some((p) => Math.abs(p * 100 - Math.round(p * 100)) > 1e-9)).toBe(true);

    const xlsxIo = memoryConsole();
    const jsonIo = memoryConsole();
    const viaXlsx = rank(units, join(dir, "diem-dtxhh.xlsx"), join(dir, "xh-xlsx.xlsx"), xlsxIo);
    const viaJson = rank(units, join(dir, "diem-dtxhh.json"), join(dir, "xh-json.xlsx"), jsonIo);
    // The same words too: survey rows no unit used are named as written, by either route.
    expect(jsonIo.stderr).toEqual(xlsxIo.stderr);
    expect(jsonIo.stderr.join("")).toContain("Sở Nông nghiệp và Môi trường");
    expect(viaXlsx.groups.flatMap((g) => g.rows)).toHaveLength(6);
    expect(viaXlsx.groups.flatMap((g) => g.rows).every((r) => r.survey !== null)).toBe(true);
    expect(numbers(viaJson)).toEqual(numbers(viaXlsx));

    // Rounded to 2 decimals on the way in (as the JSON once was), the numbers move.
    const rounded = {
      ...json,
      units: json.units.map((u) => ({
        ...u,
        total: u.total === null ? null : Math.round(u.total * 100) / 100,
        criteria: u.criteria.map((c) => ({
          ...c,
          points: c.points === null ? null : Math.round(c.points * 100) / 100,
        })),
      })),
    };
    writeFileSync(join(dir, "rounded.json"), JSON.stringify(rounded));
    const viaRounded = rank(units, join(dir, "rounded.json"), join(dir, "xh-rounded.xlsx"));
    expect(numbers(viaRounded)).not.toEqual(numbers(viaXlsx));
  });
});
