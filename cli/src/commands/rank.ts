/**
 * `cchc rank <files or folders…> --out ranking.xlsx`: consolidates unit workbooks one at a
 * time (read → scoreWorkbook → keep only the UnitResult → drop the workbook), so memory stays
 * flat in the number of files. Unreadable or unscorable files are listed, never dropped, and
 * never stop the run. Ranking, classification and the sheets' layout are the core's.
 */
import { basename } from "node:path";
import {
  CLASSIFICATION_PRESETS,
  formatNumber,
  rankUnits,
  readSurveyGrid,
  readUnitsGrid,
  scoreWorkbook,
  unitKey,
  type CriteriaSet,
  type FailedUnit,
  type Lang,
  type RankingReport,
  type SurveyInput,
  type UnitResult,
  type UnitsListRow,
  type PublishHeading,
} from "@cchc/scoring-core";
import { HELP, t } from "../i18n/messages";
import { parseCommandArgs, requireOpt, stringOpt } from "../args/parse";
import { TABLE_OPTIONS, tableOptions, type TableOptions } from "../args/table-options";
import { CliError, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { listInputs } from "../io/list-inputs";
import { loadFramework } from "../io/load-framework";
import { openWorkbookOrThrow } from "../io/read-workbook";
import { workbookSource } from "../io/prefetch";
import { assertNotInput, writeOutput } from "../io/write-output";
import { rankJson } from "../json/contract";
import { rankingWorkbook, reportDocx } from "../output/workbooks";
import { trackOutput } from "../output/pending";
import { Progress } from "../progress/progress";
import { table } from "./validate";

export interface RankOptions extends TableOptions {
  inputs: string[];
  out: string;
  survey?: string | undefined;
  units?: string | undefined;
  /** One criteria set, or one per unit type (departments, communes). */
  frameworks?: string[];
  json?: boolean;
  quiet?: boolean;
  lang: Lang;
  /** Heading block: issuing body lines, province, year, decision (else from the criteria set). */
  issuer?: string[];
  province?: string | undefined;
  year?: number | undefined;
  decision?: string | undefined;
  /** The Word report (Báo cáo kết quả), written beside the workbook. */
  report?: string | undefined;
}

export function runRank(argv: string[], io: Console): number {
  const p = parseCommandArgs("rank", argv, {
    out: { type: "string" },
    survey: { type: "string" },
    units: { type: "string" },
    framework: { type: "string", multiple: true },
    issuer: { type: "string", multiple: true },
    province: { type: "string" },
    year: { type: "string" },
    decision: { type: "string" },
    report: { type: "string" },
    json: { type: "boolean" },
    quiet: { type: "boolean" },
    ...TABLE_OPTIONS,
  });
  if (p.help) {
    io.out(HELP.rank[p.lang]);
    return EXIT_OK;
  }
  if (p.positionals.length === 0)
    throw new CliError(t(p.lang, "missingArg", "<tệp hoặc thư mục…>", "rank"), 2);
  rankFiles(
    {
      inputs: p.positionals,
      out: requireOpt(p, "out", "rank"),
      survey: stringOpt(p, "survey"),
      units: stringOpt(p, "units"),
      frameworks: Array.isArray(p.values.framework) ? p.values.framework.map(String) : [],
      issuer: Array.isArray(p.values.issuer) ? p.values.issuer.map(String) : [],
      province: stringOpt(p, "province"),
      year: yearOpt(stringOpt(p, "year"), p.lang),
      decision: stringOpt(p, "decision"),
      report: stringOpt(p, "report"),
      json: p.values.json === true,
      quiet: p.values.quiet === true,
      lang: p.lang,
      ...tableOptions(p, "rank"),
    },
    io,
  );
  return EXIT_OK;
}

function yearOpt(v: string | undefined, lang: Lang): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new CliError(t(lang, "badYear", v), 2);
  return n;
}

/** A units list's rows by file name (folded, with and without the extension). */
function unitsByFile(rows: UnitsListRow[]): Map<string, UnitsListRow> {
  const map = new Map<string, UnitsListRow>();
  for (const r of rows) {
    if (!r.source) continue;
    const name = unitKey(basename(r.source.replace(/\\/g, "/")));
    map.set(name, r);
    map.set(name.replace(/\.xlsx$/, ""), r);
  }
  return map;
}

/**
 * A string of its own: text cut out of a sheet's XML can keep the whole XML alive (V8 sliced
 * strings), which would hold every workbook read so far.
 */
function flat(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/**
 * What is kept of a unit once its workbook is dropped: its result, with the criterion codes and
 * titles every unit repeats shared through one table, so memory grows by numbers, not texts.
 */
function compact(result: UnitResult, intern: Map<string, string>): UnitResult {
  const share = (s: string): string => {
    const hit = intern.get(s);
    if (hit !== undefined) return hit;
    const own = flat(s);
    intern.set(own, own);
    return own;
  };
  return {
    ...result,
    unit: flat(result.unit),
    group: share(result.group),
    unitType: result.unitType === null ? null : share(result.unitType),
    file: result.file === null ? null : flat(result.file),
    nodes: result.nodes.map((n) => ({ ...n, code: share(n.code), title: share(n.title) })),
  };
}

/** The survey's unit names as typed, for messages (the core keys them folded). */
function namesAsTyped(values: unknown[][], keys: Set<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of values)
    for (const v of row)
      if (typeof v === "string") {
        const k = unitKey(v);
        if (keys.has(k) && !names.has(k)) names.set(k, v.trim());
      }
  return names;
}

export function rankFiles(o: RankOptions, io: Console): RankingReport {
  const { lang } = o;
  const sidePaths = [o.units, o.survey].filter((x): x is string => Boolean(x));
  // Any input — named, or found in a scanned folder — is never overwritten by the output.
  const { files, missing } = listInputs(o.inputs, sidePaths);
  assertNotInput(o.out, [...files, ...sidePaths], lang);
  if (o.report) assertNotInput(o.report, [...files, ...sidePaths, o.out], lang);
  if (files.length === 0 && missing.length === 0) throw new CliError(t(lang, "noInputs"), 2);

  const sets: CriteriaSet[] = (o.frameworks ?? []).map((f) => loadFramework(f, lang).set);
  // With several sets, each unit is scored on the one for its unit type (from the units list).
  const setFor = (unitType: string | null): CriteriaSet | null =>
    sets.length === 1
      ? sets[0]!
      : (sets.find((s) => unitType !== null && s.unitTypes.includes(unitType)) ?? null);

  // Side tables: read once, before the loop; an unreadable one stops the run (exit 2).
  let unitsRows: UnitsListRow[] = [];
  if (o.units) {
    const { grids } = openWorkbookOrThrow(o.units, lang);
    const read = readUnitsGrid(grids[0]!, lang);
    unitsRows = read.rows;
    for (const i of read.issues) io.err(`${o.units}: ${i.cell ?? ""} ${i.message}\n`);
  }
  const byFile = unitsByFile(unitsRows);
  let survey = new Map<string, SurveyInput>();
  let surveyNames = new Map<string, string>();
  if (o.survey) {
    const { grids } = openWorkbookOrThrow(o.survey, lang);
    const read = readSurveyGrid(grids[0]!, lang);
    survey = read.byUnit;
    surveyNames = namesAsTyped(grids[0]!.values, new Set(survey.keys()));
    for (const i of read.issues) io.err(`${o.survey}: ${i.cell ?? ""} ${i.message}\n`);
  }
  const surveyUsed = new Set<string>();
  const surveyFor = (
    unit: string | null | undefined,
    listed: UnitsListRow | undefined,
  ): SurveyInput | null => {
    if (unit) {
      const key = unitKey(unit);
      const s = survey.get(key) ?? survey.get(unit);
      if (s) {
        surveyUsed.add(survey.has(key) ? key : unit);
        return s;
      }
    }
    return listed && listed.survey !== null ? { total: listed.survey } : null;
  };

  const results: UnitResult[] = [];
  const intern = new Map<string, string>();
  /** Which sheet was used where several looked like a table, said after the progress lines. */
  const notes: string[] = [];
  const failed: FailedUnit[] = missing.map((m) => ({ file: m, unit: null, error: t(lang, "notFound", m) }));
  const listedSeen = new Set<UnitsListRow>();
  const progress = new Progress(io, files.length, lang, !o.quiet);
  const source = workbookSource(files, lang);
  try {
    files.forEach((file, i) => {
      const name = basename(file);
      progress.step(i, name);
      const listed = byFile.get(unitKey(name)) ?? byFile.get(unitKey(name).replace(/\.xlsx$/, ""));
      if (listed) listedSeen.add(listed);
      const meta = {
        file: name,
        unit: listed?.unit ?? null,
        group: listed?.group ?? null,
        unitType: listed?.unitType ?? null,
      };
      const opened = source.open(i);
      if (!opened.ok) {
        failed.push({ file: name, unit: meta.unit, error: opened.error });
        return;
      }
      const options = {
        lang,
        set: setFor(meta.unitType),
        unitType: meta.unitType,
        headerRow: o.headerRow ?? null,
        columns: o.columns ?? null,
      };
      let scored = scoreWorkbook(opened.grids, meta, { ...options, survey: surveyFor(meta.unit, listed) });
      // Without a units list the unit's name comes from its title rows: score again with its survey.
      if (scored.ok && !meta.unit) {
        const s = surveyFor(scored.result.unit, undefined);
        if (s) scored = scoreWorkbook(opened.grids, meta, { ...options, survey: s });
      }
      if (scored.ok && scored.sheetNote) notes.push(`${name}: ${scored.sheetNote}`);
      if (scored.ok) results.push(compact(scored.result, intern));
      else failed.push({ file: name, unit: scored.unit ?? meta.unit, error: scored.error });
    });
  } finally {
    source.close();
  }
  progress.end();
  for (const n of notes) io.err(`${n}\n`);

  for (const key of survey.keys())
    if (!surveyUsed.has(key)) io.err(`${t(lang, "surveyUnmatched", surveyNames.get(key) ?? key)}\n`);
  const absent = unitsRows.filter((r) => r.source && !listedSeen.has(r));
  for (const r of absent.slice(0, 5)) io.err(`${t(lang, "unitsUnmatched", r.unit, r.source ?? "")}\n`);
  if (absent.length > 5) io.err(`${t(lang, "unitsUnmatchedMore", absent.length - 5)}\n`);

  const groupOrder = [...new Set(unitsRows.map((r) => r.group))];
  const ranking = rankUnits(results, {
    classification: sets[0]?.classification ?? CLASSIFICATION_PRESETS["national"]!,
    ...(sets[0] ? { tieRule: sets[0].tieRule } : {}),
    lang,
    failed,
    groupOrder,
  });
  const heading: PublishHeading = {
    issuer: o.issuer ?? [],
    province: o.province ?? null,
    year: o.year ?? sets[0]?.year ?? null,
    decision: o.decision ?? null,
  };
  const publish = {
    heading,
    decimals: sets[0]?.rounding.decimals ?? 2,
    ...(unitsRows.length > 0
      ? { notSubmitted: absent.map((r) => ({ unit: r.unit, group: r.group, file: r.source })) }
      : {}),
  };
  writeOutput(o.out, rankingWorkbook(ranking, results, lang, publish), lang);
  if (o.report) {
    const path = o.report;
    // docx zips asynchronously: the command's exit waits for it (pendingOutputs), and a failure
    // is said and turns the exit code non-zero.
    trackOutput(
      reportDocx(ranking, results, lang, publish).then(
        (bytes) => writeOutput(path, bytes, lang),
        (e: unknown) => {
          throw new CliError(t(lang, "unexpected", e instanceof Error ? e.message : String(e)), 2);
        },
      ),
    );
  }

  if (o.json) io.out(JSON.stringify(rankJson(ranking), null, 2));
  else io.out(humanRanking(ranking, lang, o.out));
  return ranking;
}

export function humanRanking(ranking: RankingReport, lang: Lang, out: string): string {
  const n = (x: number) => formatNumber(x, lang, 2, true);
  const lines: string[] = [];
  const units = ranking.groups.reduce((s, g) => s + g.rows.length, 0);
  for (const g of ranking.groups) {
    lines.push(`${g.group}:`);
    const rows = g.rows.map((r) => [
      String(r.rank),
      r.unit,
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
    lines.push("");
  }
  if (ranking.failed.length > 0) {
    lines.push(t(lang, "failedHeader"));
    for (const f of ranking.failed) lines.push(`  ${f.file}: ${f.error}`);
    lines.push("");
  }
  lines.push(t(lang, "rankDone", units, ranking.failed.length, displayPath(out)));
  return lines.join("\n");
}
