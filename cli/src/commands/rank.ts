/**
 * `cchc rank <files or folders…> --out ranking.xlsx`: consolidates unit workbooks one at a
 * time (read → scoreWorkbook → keep only the UnitResult → drop the workbook), so memory stays
 * flat in the number of files. Unreadable or unscorable files are listed, never dropped, and
 * never stop the run. Ranking, classification and the sheets' layout are the core's.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import {
  rankingYearRecordSource,
  SettingsSchema,
  formatNumber,
  readSurveyGrid,
  readSurveyJsonNamed,
  readUnitsGrid,
  type CriteriaSet,
  type Lang,
  type RankingReport,
  type SurveyInput,
  type UnitsListRow,
  type PublishHeading,
  rankedFeedback,
  type UnitFeedbackSource,
  type PreviousGroup,
  previousYear,
} from "@cchc/scoring-core";
import { blockSheet, writeWorkbook } from "@cchc/xlsx-grid";
import {
  fileMeta,
  listedIndex,
  OutcomeCollector,
  surveyPresent,
  unsupportedFormat,
} from "@cchc/scoring-core/workflow";
import { HELP, t } from "../i18n/messages";
import { parseCommandArgs, requireOpt, stringOpt } from "../args/parse";
import { TABLE_OPTIONS, tableOptions, type TableOptions } from "../args/table-options";
import { CliError, EXIT_OK, EXIT_UNREADABLE } from "../io/cli-error";
import { outJson, type Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { listInputs } from "../io/list-inputs";
import { loadFramework } from "../io/load-framework";
import { openWorkbookOrThrow } from "../io/read-workbook";
import { scoringSource, type Keep, type MetaOf, type OutcomeSource } from "../pool/score-pool";
import { ResultPacker } from "../pool/compact-result";
import { ownRows } from "../pool/own-rows";
import { HeldOutcomes } from "../pool/held-outcomes";
import { assertCanWrite, isOwnOutput, writeOutput, writeOutputStreamed } from "../io/write-output";
import { rankJsonStreamed } from "../json/contract";
import { nativeWrite, reportDocx, writeRankingWorkbook } from "../output/workbooks";
import { trackOutput } from "../output/pending";
import { Progress } from "../progress/progress";
import { table } from "./validate";
import { cellText } from "../io/terminal-text";

export interface RankOptions extends TableOptions {
  inputs: string[];
  out: string;
  survey?: string | undefined;
  units?: string | undefined;
  /** One criteria set, or one per unit type (departments, communes). */
  frameworks?: string[];
  json?: boolean;
  quiet?: boolean;
  /** Replace an existing output that cchc did not write (never an input). */
  force?: boolean;
  lang: Lang;
  /** Heading block: issuing body lines, province, year, decision (else from the criteria set). */
  issuer?: string[];
  /** Who signs the Word report: position lines, then the name. */
  signer?: string[];
  province?: string | undefined;
  year?: number | undefined;
  decision?: string | undefined;
  /** The Word report (Báo cáo kết quả), written beside the workbook. */
  report?: string | undefined;
  /** Last year's ranking workbook (one cchc wrote): the report says the change in the average. */
  previous?: string | undefined;
  /** A folder for one feedback workbook per ranked unit, with exactly the ranking's figures. */
  feedback?: string | undefined;
  /** A unit missing from the survey table: held out (default) or ranked provisionally. */
  missingSurvey?: "hold-out" | "provisional";
}

export function runRank(argv: string[], io: Console): number {
  const p = parseCommandArgs("rank", argv, {
    out: { type: "string" },
    survey: { type: "string" },
    units: { type: "string" },
    framework: { type: "string", multiple: true },
    issuer: { type: "string", multiple: true },
    signer: { type: "string", multiple: true },
    province: { type: "string" },
    year: { type: "string" },
    decision: { type: "string" },
    report: { type: "string" },
    previous: { type: "string" },
    feedback: { type: "string" },
    "missing-survey": { type: "string" },
    json: { type: "boolean" },
    quiet: { type: "boolean" },
    ...TABLE_OPTIONS,
    force: { type: "boolean" },
  });
  if (p.help) {
    io.out(HELP.rank[p.lang]);
    return EXIT_OK;
  }
  if (p.positionals.length === 0)
    throw new CliError(t(p.lang, "missingArg", "<tệp hoặc thư mục…>", "rank"), 2);
  const ranking = rankFiles(
    {
      inputs: p.positionals,
      out: requireOpt(p, "out", "rank"),
      survey: stringOpt(p, "survey"),
      units: stringOpt(p, "units"),
      frameworks: Array.isArray(p.values.framework) ? p.values.framework.map(String) : [],
      issuer: Array.isArray(p.values.issuer) ? p.values.issuer.map(String) : [],
      signer: Array.isArray(p.values.signer) ? p.values.signer.map(String) : [],
      province: stringOpt(p, "province"),
      year: yearOpt(stringOpt(p, "year"), p.lang),
      decision: stringOpt(p, "decision"),
      report: stringOpt(p, "report"),
      previous: stringOpt(p, "previous"),
      feedback: stringOpt(p, "feedback"),
      json: p.values.json === true,
      quiet: p.values.quiet === true,
      force: p.values.force === true,
      lang: p.lang,
      missingSurvey: missingSurveyOpt(p.values["missing-survey"], p.lang),
      ...tableOptions(p, "rank"),
    },
    io,
  );
  // Every file failed (or none could be scored): the run did not do its job.
  if (ranking.groups.every((g) => g.rows.length === 0)) {
    io.err(`${t(p.lang, "nothingRanked")}\n`);
    return EXIT_UNREADABLE;
  }
  return EXIT_OK;
}

/** --missing-survey hold-out|provisional, checked by the settings schema. */
function missingSurveyOpt(v: unknown, lang: Lang): "hold-out" | "provisional" {
  if (v === undefined) return "hold-out";
  const parsed = SettingsSchema.shape.missingSurvey.safeParse(v);
  if (!parsed.success)
    throw new CliError(
      lang === "vi"
        ? `--missing-survey phải là “hold-out” hoặc “provisional”, không phải “${String(v)}”.`
        : `--missing-survey must be “hold-out” or “provisional”, not “${String(v)}”.`,
      2,
    );
  return parsed.data;
}

function yearOpt(v: string | undefined, lang: Lang): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new CliError(t(lang, "badYear", v), 2);
  return n;
}

export function rankFiles(o: RankOptions, io: Console): RankingReport {
  const { lang } = o;
  const sidePaths = [o.units, o.survey, o.previous].filter((x): x is string => Boolean(x));
  // Any input — named, or found in a scanned folder — is never overwritten by the output.
  // An earlier run's output inside a scanned folder is not a unit's workbook (anything else is).
  const ownOut = existsSync(o.out) && isOwnOutput(o.out, lang) ? [o.out] : [];
  const { files, missing, unsupported } = listInputs(o.inputs, [...sidePaths, ...ownOut]);
  const allInputs = [...files, ...sidePaths, ...(o.frameworks ?? []).filter((f) => existsSync(f))];
  assertCanWrite(o.out, allInputs, lang, o.force);
  if (o.report) assertCanWrite(o.report, [...allInputs, o.out], lang, o.force);
  if (o.feedback) assertFeedbackFolder(o.feedback, lang);
  if (files.length === 0 && missing.length === 0 && unsupported.length === 0)
    throw new CliError(t(lang, "noInputs"), 2);

  const sets: CriteriaSet[] = (o.frameworks ?? []).map((f) => loadFramework(f, lang).set);

  // Side tables: read once, before the loop; an unreadable one stops the run (exit 2).
  const unitsRows: UnitsListRow[] = o.units ? readUnitsList(o.units, lang, io) : [];
  let survey = new Map<string, SurveyInput>();
  let surveyNames = new Map<string, string>();
  if (o.survey && /\.json$/i.test(o.survey)) {
    // `cchc survey --json` output: points per criterion (scoring-core survey/survey-report.ts).
    ({ byUnit: survey, names: surveyNames } = readSurveyJsonFile(o.survey, lang));
  } else if (o.survey) {
    const { grids } = openWorkbookOrThrow(o.survey, lang);
    const read = readSurveyGrid(grids[0]!, lang);
    survey = read.byUnit;
    surveyNames = read.names;
    for (const i of read.issues) io.err(`${o.survey}: ${i.cell ?? ""} ${i.message}\n`);
  }

  const surveyInputs = o.survey ? [{ name: basename(o.survey), picked: true, rows: survey.size }] : [];
  const collector = new OutcomeCollector({
    lang,
    sets,
    // Given = the survey file was named (whatever it matches): the core's one rule.
    surveyProvided: surveyPresent(
      surveyInputs,
      unitsRows.some((r) => r.survey !== null),
    ),
    surveyInputs,
    missingSurvey: o.missingSurvey ?? "hold-out",
    groupOrder: [...new Set(unitsRows.map((r) => r.group))],
  });
  // Each unit's result is kept packed while the others are read (see compact-result.ts).
  const packer = new ResultPacker();
  for (const m of missing) collector.fail({ file: m, unit: null, error: t(lang, "notFound", m) });
  for (const u of unsupported)
    collector.fail({ file: basename(u), unit: null, error: unsupportedFormat(u, lang) ?? u });
  const progress = new Progress(io, files.length, lang, !o.quiet);
  // What the units list says of each file, then the files scored on every core, taken in order.
  const { metaOf, absent } = matchFiles(files, unitsRows);
  const ctx = {
    lang,
    sets,
    survey,
    headerRow: o.headerRow ?? null,
    columns: o.columns ?? null,
    feedback: Boolean(o.feedback),
  };
  collectAll(
    // Packed by the workers, or as soon as scored here, then held (see collectAll).
    (keep) => scoringSource(files, metaOf, ctx, packer, keep),
    files.length,
    metaOf,
    packer,
    collector,
    progress,
  );
  // Duplicates, unmatched sets and the missing-survey rule: the core's, as in every host.
  const { ranking, results, issueCodes, appraisal, years, surveyUsed, notes, feedback } = collector.finish();
  for (const n of notes) io.err(`${n}\n`);

  for (const key of survey.keys())
    if (!surveyUsed.has(key)) io.err(`${t(lang, "surveyUnmatched", surveyNames.get(key) ?? key)}\n`);
  for (const r of absent.slice(0, 5)) io.err(`${t(lang, "unitsUnmatched", r.unit, r.source ?? "")}\n`);
  if (absent.length > 5) io.err(`${t(lang, "unitsUnmatchedMore", absent.length - 5)}\n`);

  for (const i of ranking.issues) io.err(`${i.message}\n`);
  const heading: PublishHeading = {
    issuer: o.issuer ?? [],
    province: o.province ?? null,
    year: o.year ?? sets[0]?.year ?? null,
    decision: o.decision ?? null,
    ...(o.signer && o.signer.length > 0 ? { signer: o.signer } : {}),
  };
  const publish = {
    heading,
    decimals: sets[0]?.rounding.decimals ?? 2,
    // The sets' "Cơ quan thẩm định" leads the lost-points sheet and the report's plan (core resolver).
    ...(sets.length > 0 ? { sets } : {}),
    ...(unitsRows.length > 0
      ? { notSubmitted: absent.map((r) => ({ unit: r.unit, group: r.group, file: r.source })) }
      : {}),
  };
  // The same record every host writes with its ranking (the core's rankingYearRecord), its units
  // made as the sheet is written.
  const record = rankingYearRecordSource({
    ranking,
    units: results,
    heading,
    years,
    criteriaSetIds: sets.map((s) => s.id),
    issueCodes,
  });
  // The checking sheet names each unit's issues by title and its appraisal stage (not published).
  // Written into the output's temporary file as the zip is made: a country's ranking was held as
  // its compressed pieces, then copied whole (≈ 7 MB at 5,000 files, the write phase's peak).
  writeOutputStreamed(
    o.out,
    (write) =>
      writeRankingWorkbook(write, ranking, results, lang, { ...publish, issueCodes, appraisal }, record),
    lang,
  );
  if (o.report) {
    const path = o.report;
    // docx zips asynchronously: the command's exit waits for it (pendingOutputs), and a failure
    // is said and turns the exit code non-zero.
    // Last year's figures come from its year record; a file without one is read by headers, said.
    let previous: PreviousGroup[] | undefined;
    if (o.previous) {
      const read = previousYear(openWorkbookOrThrow(o.previous, lang).grids);
      if (read.source === "headers")
        io.err(
          `${
            read.reason === "no-record"
              ? t(lang, "previousByHeaders", displayPath(o.previous))
              : t(lang, "previousUnreadable", displayPath(o.previous), read.detail ?? "")
          }\n`,
        );
      previous = read.groups;
    }
    trackOutput(
      reportDocx(ranking, results, lang, { ...publish, ...(previous ? { previous } : {}) }).then(
        (bytes) => writeOutput(path, bytes, lang),
        (e: unknown) => {
          throw new CliError(t(lang, "unexpected", e instanceof Error ? e.message : String(e)), 2);
        },
      ),
    );
  }

  if (o.feedback) {
    const written = writeFeedback(o.feedback, ranking, feedback, allInputs, publish.decimals, o);
    if (!o.json) io.err(`${t(lang, "feedbackWritten", written, displayPath(o.feedback))}\n`);
  }

  // Written in pieces, each unit's object made as it is written: a country's ranking as one JSON
  // string was the run's last peak, and its units as objects then the write phase's last growth.
  if (o.json) outJson(io, rankJsonStreamed(ranking, appraisal));
  else io.out(humanRanking(ranking, lang, o.out));
  return ranking;
}

/**
 * Every file's outcome held as numbers as soon as it is received or scored (in whatever order
 * the threads finish them: nothing waits its turn as objects), then given to the collector in
 * file order once every file is read: the same calls, after scoring (see held-outcomes.ts).
 * In a function of its own, so what is held is dropped once given.
 */
function collectAll(
  open: (keep: Keep<void>) => OutcomeSource<void>,
  count: number,
  metaOf: MetaOf,
  packer: ResultPacker,
  collector: OutcomeCollector,
  progress: Progress,
): void {
  const held = new HeldOutcomes(metaOf, packer);
  // The mtime comes from the stat the read made (in a worker): no second stat here.
  const source = open((i, scored) => held.hold(i, scored));
  try {
    for (let i = 0; i < count; i++) {
      progress.step(i, metaOf(i).file);
      source.take(i);
    }
  } finally {
    source.close();
  }
  progress.end();
  for (let i = 0; i < count; i++) {
    const { outcome, modified } = held.take(i);
    collector.add(metaOf(i).file, outcome, modified);
  }
}

/**
 * What the units list says of each file, and the listed units no file was found for, in a
 * function of its own: the list's index by file name and the set of rows matched are dropped
 * once the files are matched, not held through the run (≈ 90 bytes a unit). Each file's meta is
 * made when asked, from its row's number (≈ 100 bytes a unit less while the files are read).
 */
function matchFiles(
  files: readonly string[],
  unitsRows: readonly UnitsListRow[],
): { metaOf: MetaOf; absent: UnitsListRow[] } {
  const listed = listedIndex(unitsRows);
  const numbers = new Map(unitsRows.map((r, k) => [r, k]));
  const seen = new Set<UnitsListRow>();
  const rowOf = new Int32Array(files.length).fill(-1);
  files.forEach((file, i) => {
    const row = listed(basename(file));
    if (!row) return;
    seen.add(row);
    rowOf[i] = numbers.get(row)!;
  });
  return {
    metaOf: metasBy(files, rowOf, unitsRows),
    absent: unitsRows.filter((r) => r.source && !seen.has(r)),
  };
}

/** File i's meta from its row's number (-1: not listed); made apart, so it holds nothing else. */
function metasBy(files: readonly string[], rowOf: Int32Array, unitsRows: readonly UnitsListRow[]): MetaOf {
  return (i) => fileMeta(files[i]!, rowOf[i]! >= 0 ? unitsRows[rowOf[i]!] : undefined);
}

/**
 * The units list's rows, with strings of their own (see ownRows), read in a function of its own:
 * its grid is then not held by the rank command's frame while every workbook is scored.
 */
function readUnitsList(path: string, lang: Lang, io: Console): UnitsListRow[] {
  const { grids } = openWorkbookOrThrow(path, lang);
  const read = readUnitsGrid(grids[0]!, lang);
  for (const i of read.issues) io.err(`${path}: ${i.cell ?? ""} ${i.message}\n`);
  return ownRows(read.rows);
}

/** The feedback folder may exist (files cchc wrote are replaced), but must not be a file. */
function assertFeedbackFolder(folder: string, lang: Lang): void {
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw new CliError(t(lang, "feedbackNotFolder", displayPath(folder)), 2);
}

/**
 * One feedback workbook per ranked unit (the core's rankedFeedback: the ranking row's figures,
 * losses with notes and evidence, issues). Never replaces an input or a file cchc did not write.
 */
function writeFeedback(
  folder: string,
  ranking: RankingReport,
  sources: readonly UnitFeedbackSource[],
  inputs: readonly string[],
  decimals: number,
  o: RankOptions,
): number {
  const files = rankedFeedback(ranking, sources, o.lang, { decimals });
  for (const f of files) {
    const path = join(folder, f.fileName);
    assertCanWrite(path, [...inputs, o.out], o.lang, o.force);
    writeOutput(
      path,
      writeWorkbook(
        f.blocks.map((b) => blockSheet(b)),
        nativeWrite,
      ),
      o.lang,
    );
  }
  return files.length;
}

export function humanRanking(ranking: RankingReport, lang: Lang, out: string): string {
  const n = (x: number) => formatNumber(x, lang, 2, true);
  const lines: string[] = [];
  const units = ranking.groups.reduce((s, g) => s + g.rows.length, 0);
  for (const g of ranking.groups) {
    lines.push(`${cellText(g.group, 80)}:`);
    const rows = g.rows.map((r) => [
      // "—": held out (reason below); "*": provisional.
      r.rank === null ? "—" : r.status === "provisional" ? `${r.rank}*` : String(r.rank),
      cellText(r.unit, 48),
      n(r.final),
      n(r.max),
      r.index === null ? "—" : `${n(r.index)} %`,
      (lang === "en" ? r.classificationEn : r.classification) ?? "—",
      String(r.errors),
      String(r.warnings),
    ]);
    const head = t(lang, "rankHeader")
      .split(" | ")
      .filter((_, i) => i !== 2);
    lines.push(...table([head, ...rows], [true, false, true, true, true, false, true, true]));
    const reasons = new Set(
      g.rows.filter((r) => r.reason).map((r) => `${r.rank === null ? "—" : "*"} ${r.reason}`),
    );
    lines.push(...reasons, "");
  }
  if (ranking.skipped.length > 0) {
    lines.push(t(lang, "skippedHeader"));
    for (const f of ranking.skipped) lines.push(`  ${cellText(f.file, 100)}: ${cellText(f.reason, 300)}`);
    lines.push("");
  }
  if (ranking.failed.length > 0) {
    lines.push(t(lang, "failedHeader"));
    for (const f of ranking.failed) lines.push(`  ${cellText(f.file, 100)}: ${cellText(f.error, 300)}`);
    lines.push("");
  }
  lines.push(t(lang, "rankDone", units, ranking.failed.length, displayPath(out)));
  return lines.join("\n");
}

function readSurveyJsonFile(
  path: string,
  lang: Lang,
): { byUnit: Map<string, SurveyInput>; names: Map<string, string> } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new CliError(t(lang, "notFound", path), 2);
  }
  const read = readSurveyJsonNamed(text);
  if (!read)
    throw new CliError(
      t(
        lang,
        "cannotRead",
        path,
        lang === "vi" ? "không phải JSON của lệnh cchc survey" : "not the JSON of cchc survey",
      ),
      2,
    );
  return read;
}
