/**
 * The sample-province job behind `npm start`: derives the criteria sets from the sample annexes
 * (the annex path, `cchc framework`: maxima, rules, who appraises, not-applicable cases), then
 * validates every sample workbook with a check report, reads the survey and ranks the province
 * with those derived sets: the ranking workbook, its Word report and one feedback workbook per
 * ranked unit. Broken sample files are broken on purpose: they are listed
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
    {
      file: "phu-luc/phu-luc-01-so-ban-nganh.xlsx",
      setId: "sample-department-2025",
      unitType: "department",
      name: "Bộ tiêu chí Chỉ số CCHC các sở, ban, ngành năm 2025 (từ Phụ lục 01 mẫu — không phải văn bản chính thức)",
    },
    {
      file: "phu-luc/phu-luc-02-xa-phuong.xlsx",
      setId: "sample-commune-2025",
      unitType: "commune",
      name: "Bộ tiêu chí Chỉ số CCHC UBND xã, phường năm 2025 (từ Phụ lục 02 mẫu — không phải văn bản chính thức)",
    },
  ],
} as const;

/** The sample province's heading and signer for the Word report (sample data, said so). */
const SAMPLE_HEADING = {
  issuer: ["UBND TỈNH MẪU", "SỞ NỘI VỤ"],
  province: "Tỉnh mẫu (dữ liệu mẫu)",
  signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Mẫu"],
};

/** The set (a derived set file, or a sample set id) and unit type for a file, from its folder. */
function setFor(file: string, sets: ReadonlyMap<string, string>): { framework?: string; unitType?: string } {
  const unitType = SAMPLE_LAYOUT.unitTypes[basename(dirname(file))];
  const framework = unitType ? sets.get(unitType) : undefined;
  return framework && unitType ? { framework, unitType } : {};
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

  // The annex path: each sample annex → a set file, checked; units are then scored with it. A set
  // that cannot be derived cleanly is said so, and that unit type falls back to the core's sample.
  const setsDir = join(paths.out, "bo-tieu-chi");
  const sets = new Map<string, string>();
  for (const a of SAMPLE_LAYOUT.annexes) {
    const quiet = memoryConsole();
    const annex = join(paths.samples, a.file);
    const out = join(setsDir, `${a.setId}.json`);
    const fallback = SAMPLE_SETS.find((s) => s.unitTypes.includes(a.unitType))!.id;
    try {
      const { result } = frameworkFile(
        { file: annex, out, id: a.setId, name: a.name, unitType: a.unitType, lang },
        quiet,
      );
      const used = result.errors === 0 && result.out !== null;
      sets.set(a.unitType, used ? out : fallback);
      io.out(
        vi
          ? `Phụ lục ${rel(annex)} → ${rel(out)}: ${result.fields} lĩnh vực, ${result.errors} lỗi, ${result.warnings} cảnh báo${used ? "" : `; chấm bằng bộ mẫu ${fallback}`}`
          : `Annex ${rel(annex)} → ${rel(out)}: ${result.fields} fields, ${result.errors} errors, ${result.warnings} warnings${used ? "" : `; scoring with the sample set ${fallback}`}`,
      );
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      sets.set(a.unitType, fallback);
      io.out(`${rel(annex)}: ${e.message}`);
    }
  }
  const frameworks = [...new Set(sets.values())];

  const tally = { ok: 0, errors: 0, unreadable: 0 };
  for (const file of files) {
    const stem = basename(file, extname(file));
    const quiet = memoryConsole();
    try {
      const r = validateFile(
        { file, report: join(checksDir, `${stem}.kiem-tra.xlsx`), lang, ...setFor(file, sets) },
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
      frameworks,
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
  const report = join(paths.out, "bao-cao-ket-qua.docx");
  const rankConsole = memoryConsole();
  const ranking = rankFiles(
    {
      inputs: [unitsDir],
      out,
      units: join(paths.samples, SAMPLE_LAYOUT.unitsList),
      survey: surveyOut,
      frameworks,
      feedback: feedbackDir,
      // The published report, as a Sở would sign it (sample heading: not an official document).
      report,
      ...SAMPLE_HEADING,
      lang,
      quiet: true,
    },
    rankConsole,
  );
  for (const line of rankConsole.stderr) io.err(line);
  const units = ranking.groups.reduce((s, g) => s + g.rows.length, 0);
  io.out(
    vi
      ? `Xếp hạng: ${units} đơn vị trong ${ranking.groups.length} nhóm, ${ranking.failed.length} tệp lỗi được liệt kê. Kết quả: ${rel(out)}; báo cáo: ${rel(report)}; phản hồi từng đơn vị: ${rel(feedbackDir)}/`
      : `Ranking: ${units} units in ${ranking.groups.length} groups, ${ranking.failed.length} failed files listed. Output: ${rel(out)}; report: ${rel(report)}; feedback per unit: ${rel(feedbackDir)}/`,
  );
  for (const f of ranking.failed) io.out(`  ${f.file}: ${f.error}`);
  return 0;
}
