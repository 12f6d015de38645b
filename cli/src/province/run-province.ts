/**
 * The sample-province job behind `npm start`: derives the criteria sets from the sample annexes
 * (the annex path, `cchc framework`), validates every sample workbook with a check report,
 * then ranks the province with one feedback workbook per ranked unit. Broken sample files are broken on purpose: they are listed
 * as failed and the job still succeeds. Sample data only, not real units' results.
 */
import { basename, dirname, extname, join, relative } from "node:path";
import { SAMPLE_SETS, type Lang } from "@cchc/scoring-core";
import { memoryConsole, type Console } from "../io/console";
import { listInputs } from "../io/list-inputs";
import { CliError } from "../io/cli-error";
import { validateFile } from "../commands/validate";
import { rankFiles } from "../commands/rank";
import { frameworkFile } from "../commands/framework";
import { surveyFiles } from "../commands/survey";

export interface ProvincePaths {
  /** The repository root: printed paths are relative to it. */
  root: string;
  samples: string;
  out: string;
}

export const SAMPLE_LAYOUT = {
  units: "don-vi",
  unitsList: "danh-sach-don-vi.xlsx",
  survey: "dieu-tra-xa-hoi-hoc.xlsx",
  /** Raw survey answers and their design (cli/scripts/samples/survey.ts). */
  surveyDesign: "dieu-tra/thiet-ke-phieu.xlsx",
  surveyAnswers: ["dieu-tra/tra-loi-truc-tuyen-so-ban-nganh.xlsx", "dieu-tra/phieu-giay-xa-phuong.xlsx"],
  /** Sub-folder → unit type of the workbooks in it. */
  unitTypes: { "so-ban-nganh": "department", "xa-phuong": "commune" } as Record<string, string>,
  /** The sample sets as published annexes (cli/scripts/samples/annex-sheet.ts writes them). */
  annexes: [
    { file: "phu-luc/phu-luc-01-so-ban-nganh.xlsx", setId: "sample-department-2025", unitType: "department" },
    { file: "phu-luc/phu-luc-02-xa-phuong.xlsx", setId: "sample-commune-2025", unitType: "commune" },
  ],
} as const;

/** The sample set id for a file, from the folder it sits in. */
function sampleFor(file: string): { framework?: string; unitType?: string } {
  const folder = basename(dirname(file));
  const unitType = SAMPLE_LAYOUT.unitTypes[folder];
  const set = unitType ? SAMPLE_SETS.find((s) => s.unitTypes.includes(unitType)) : undefined;
  return set && unitType ? { framework: set.id, unitType } : {};
}

export function runProvince(paths: ProvincePaths, io: Console, lang: Lang = "vi"): number {
  const rel = (p: string) => relative(paths.root, p) || ".";
  const unitsDir = join(paths.samples, SAMPLE_LAYOUT.units);
  const { files } = listInputs([unitsDir]);
  // Before ranking a unit's check has no survey and no rank: it is a check ("kiem-tra"), and the
  // units' feedback comes from the ranking itself, so the two can never disagree.
  const checksDir = join(paths.out, "kiem-tra");
  const feedbackDir = join(paths.out, "feedback");
  const vi = lang === "vi";
  io.out(
    vi
      ? `Tỉnh mẫu (dữ liệu mẫu): ${files.length} tệp trong ${rel(unitsDir)}`
      : `Sample province (sample data): ${files.length} files in ${rel(unitsDir)}`,
  );

  // The annex path: each sample annex → a set file, checked. Units are still scored with the
  // sample sets themselves, which also carry what an annex does not print (not-applicable
  // policies, appraisers); the derived sets match them on every node an annex states.
  const setsDir = join(paths.out, "bo-tieu-chi");
  for (const a of SAMPLE_LAYOUT.annexes) {
    const quiet = memoryConsole();
    const annex = join(paths.samples, a.file);
    const out = join(setsDir, `${a.setId}.json`);
    try {
      const { result } = frameworkFile({ file: annex, out, id: a.setId, unitType: a.unitType, lang }, quiet);
      io.out(
        vi
          ? `Phụ lục ${rel(annex)} → ${rel(out)}: ${result.fields} lĩnh vực, ${result.errors} lỗi, ${result.warnings} cảnh báo`
          : `Annex ${rel(annex)} → ${rel(out)}: ${result.fields} fields, ${result.errors} errors, ${result.warnings} warnings`,
      );
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.out(`${rel(annex)}: ${e.message}`);
    }
  }

  const tally = { ok: 0, errors: 0, unreadable: 0 };
  for (const file of files) {
    const stem = basename(file, extname(file));
    const quiet = memoryConsole();
    try {
      const r = validateFile(
        { file, report: join(checksDir, `${stem}.kiem-tra.xlsx`), lang, ...sampleFor(file) },
        quiet,
      );
      if (r.exitCode === 0) tally.ok++;
      else tally.errors++;
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      tally.unreadable++;
    }
  }
  io.out(
    vi
      ? `Kiểm tra: ${tally.ok} không lỗi, ${tally.errors} có lỗi, ${tally.unreadable} không đọc được. Kết quả kiểm tra: ${rel(checksDir)}/`
      : `Validated: ${tally.ok} without errors, ${tally.errors} with errors, ${tally.unreadable} unreadable. Checks: ${rel(checksDir)}/`,
  );

  // Survey points from the raw answers; the ranking takes them per criterion.
  const surveyOut = join(paths.out, "diem-dtxhh.xlsx");
  const survey = surveyFiles(
    {
      answers: SAMPLE_LAYOUT.surveyAnswers.map((f) => join(paths.samples, f)),
      design: join(paths.samples, SAMPLE_LAYOUT.surveyDesign),
      frameworks: SAMPLE_SETS.map((s) => s.id),
      out: surveyOut,
      lang,
    },
    memoryConsole(),
  );
  const forms = survey.units.reduce((s, u) => s + u.forms, 0);
  io.out(
    vi
      ? `ĐTXHH: ${forms} phiếu cho ${survey.units.length} đơn vị, ${survey.counts.error} lỗi, ${survey.counts.warning} cảnh báo. Kết quả: ${rel(surveyOut)}`
      : `Survey: ${forms} forms for ${survey.units.length} units, ${survey.counts.error} errors, ${survey.counts.warning} warnings. Output: ${rel(surveyOut)}`,
  );

  const out = join(paths.out, "ranking.xlsx");
  const rankConsole = memoryConsole();
  const ranking = rankFiles(
    {
      inputs: [unitsDir],
      out,
      units: join(paths.samples, SAMPLE_LAYOUT.unitsList),
      survey: surveyOut,
      frameworks: SAMPLE_SETS.map((s) => s.id),
      feedback: feedbackDir,
      lang,
      quiet: true,
    },
    rankConsole,
  );
  for (const line of rankConsole.stderr) io.err(line);
  const units = ranking.groups.reduce((s, g) => s + g.rows.length, 0);
  io.out(
    vi
      ? `Xếp hạng: ${units} đơn vị trong ${ranking.groups.length} nhóm, ${ranking.failed.length} tệp lỗi được liệt kê. Kết quả: ${rel(out)}; phản hồi từng đơn vị: ${rel(feedbackDir)}/`
      : `Ranking: ${units} units in ${ranking.groups.length} groups, ${ranking.failed.length} failed files listed. Output: ${rel(out)}; feedback per unit: ${rel(feedbackDir)}/`,
  );
  for (const f of ranking.failed) io.out(`  ${f.file}: ${f.error}`);
  return 0;
}
