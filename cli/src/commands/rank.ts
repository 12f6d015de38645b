/**
 * `cchc rank <files or folders…> --out ranking.xlsx`: consolidates unit workbooks one at a
 * time (read → scoreWorkbook → keep only the UnitResult → drop the workbook), so memory stays
 * flat in the number of files. Unreadable or unscorable files are listed, never dropped, and
 * never stop the run. Ranking, classification and the sheets' layout are the core's.
 */
import { statSync } from "node:fs";
import { basename, extname } from "node:path";
import {
  CLASSIFICATION_PRESETS,
  SettingsSchema,
  UnitNameIndex,
  chooseNewest,
  formatNumber,
  makeIssue,
  rankUnits,
  readSurveyGrid,
  readUnitsGrid,
  scoreWithSets,
  toolOutputKind,
  toolOutputNote,
  unitKey,
  type CriteriaSet,
  type FailedUnit,
  type Issue,
  type Lang,
  type RankingReport,
  type SkippedFile,
  type SurveyInput,
  type UnitResult,
  type UnitsListRow,
} from "@cchc/scoring-core";
import { HELP, t } from "../i18n/messages";
import { parseCommandArgs, requireOpt, stringOpt } from "../args/parse";
import { CliError, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { listInputs } from "../io/list-inputs";
import { loadFramework } from "../io/load-framework";
import { openWorkbookOrThrow } from "../io/read-workbook";
import { workbookSource } from "../io/prefetch";
import { assertNotInput, writeOutput } from "../io/write-output";
import { rankJson } from "../json/contract";
import { rankingWorkbook } from "../output/workbooks";
import { Progress } from "../progress/progress";
import { table } from "./validate";

export interface RankOptions {
  inputs: string[];
  out: string;
  survey?: string | undefined;
  units?: string | undefined;
  /** One criteria set, or one per unit type (departments, communes). */
  frameworks?: string[];
  json?: boolean;
  quiet?: boolean;
  lang: Lang;
  /** A unit missing from the survey table: held out (default) or ranked provisionally. */
  missingSurvey?: "hold-out" | "provisional";
}

export function runRank(argv: string[], io: Console): number {
  const p = parseCommandArgs("rank", argv, {
    out: { type: "string" },
    survey: { type: "string" },
    units: { type: "string" },
    framework: { type: "string", multiple: true },
    "missing-survey": { type: "string" },
    json: { type: "boolean" },
    quiet: { type: "boolean" },
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
      json: p.values.json === true,
      quiet: p.values.quiet === true,
      lang: p.lang,
      missingSurvey: missingSurveyOpt(p.values["missing-survey"], p.lang),
    },
    io,
  );
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

/** A scored unit waiting for the duplicate check. */
interface Scored {
  unit: string;
  file: string;
  modified: number | null;
  result: UnitResult;
  set: CriteriaSet | null;
}

function modifiedTime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

export function rankFiles(o: RankOptions, io: Console): RankingReport {
  const { lang } = o;
  const sidePaths = [o.units, o.survey].filter((x): x is string => Boolean(x));
  // Any input — named, or found in a scanned folder — is never overwritten by the output.
  const { files, missing, unsupported } = listInputs(o.inputs, sidePaths);
  assertNotInput(o.out, [...files, ...sidePaths], lang);
  if (files.length === 0 && missing.length === 0 && unsupported.length === 0)
    throw new CliError(t(lang, "noInputs"), 2);

  const sets: CriteriaSet[] = (o.frameworks ?? []).map((f) => loadFramework(f, lang).set);

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
  const surveyIndex = new UnitNameIndex<string>();
  let surveyNames = new Map<string, string>();
  if (o.survey) {
    const { grids } = openWorkbookOrThrow(o.survey, lang);
    const read = readSurveyGrid(grids[0]!, lang);
    survey = read.byUnit;
    surveyNames = read.names;
    for (const [key, name] of read.names) surveyIndex.add(name, key);
    for (const i of read.issues) io.err(`${o.survey}: ${i.cell ?? ""} ${i.message}\n`);
  }
  const surveyUsed = new Set<string>();
  // The one matcher (UBND = Ủy ban nhân dân, case, accents, "tỉnh …") finds a unit's survey row.
  const surveyFor = (
    unit: string | null | undefined,
    listed: UnitsListRow | undefined,
  ): SurveyInput | null => {
    const key = unit ? surveyIndex.get(unit) : undefined;
    if (key !== undefined) {
      surveyUsed.add(key);
      return survey.get(key) ?? null;
    }
    return listed && listed.survey !== null ? { total: listed.survey } : null;
  };

  const scoredUnits: Scored[] = [];
  const skipped: SkippedFile[] = [];
  const intern = new Map<string, string>();
  /** Which sheet was used where several looked like a table, said after the progress lines. */
  const notes: string[] = [];
  const failed: FailedUnit[] = missing.map((m) => ({ file: m, unit: null, error: t(lang, "notFound", m) }));
  for (const u of unsupported)
    failed.push({
      file: basename(u),
      unit: null,
      error: t(lang, "unsupportedFormat", extname(u).toLowerCase()),
    });
  const listedSeen = new Set<UnitsListRow>();
  const progress = new Progress(io, files.length, lang, !o.quiet);
  const source = workbookSource(files, lang);
  try {
    files.forEach((file, i) => {
      const name = basename(file);
      progress.step(i, name);
      const listed = byFile.get(unitKey(name)) ?? byFile.get(unitKey(name).replace(/\.xls[xm]$/, ""));
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
      // The tool's own outputs (an earlier ranking, feedback) are never ranked as units.
      const output = toolOutputKind(opened.grids.map((g) => g.sheet));
      if (output) {
        skipped.push({
          file: name,
          unit: null,
          kind: "tool-output",
          duplicateOf: null,
          reason: toolOutputNote(output, lang),
        });
        return;
      }
      const options = { lang, sets };
      let scored = scoreWithSets(opened.grids, meta, { ...options, survey: surveyFor(meta.unit, listed) });
      // Without a units list the unit's name comes from its title rows: score again with its survey.
      if (scored.ok && !meta.unit) {
        const s = surveyFor(scored.result.unit, undefined);
        if (s) scored = scoreWithSets(opened.grids, meta, { ...options, survey: s });
      }
      if (scored.ok && scored.blank) {
        skipped.push({
          file: name,
          unit: scored.result.unit,
          kind: "blank-template",
          duplicateOf: null,
          reason: toolOutputNote("blank-template", lang),
        });
        return;
      }
      if (scored.ok && scored.sheetNote) notes.push(`${name}: ${scored.sheetNote}`);
      if (scored.ok)
        scoredUnits.push({
          unit: scored.result.unit,
          file: name,
          modified: modifiedTime(file),
          result: compact(scored.result, intern),
          set: scored.set ?? null,
        });
      else failed.push({ file: name, unit: scored.unit ?? meta.unit, error: scored.error });
    });
  } finally {
    source.close();
  }
  progress.end();
  for (const n of notes) io.err(`${n}\n`);

  // Every unit counted once: the newer file by the core's stated rule.
  const issues: Issue[] = [];
  const { kept, dropped } = chooseNewest(scoredUnits);
  for (const { entry, keptFile } of dropped) {
    skipped.push({
      file: entry.file,
      unit: entry.unit,
      kind: "duplicate",
      duplicateOf: keptFile,
      reason: t(lang, "duplicateSkipped", entry.unit, keptFile),
    });
    issues.push(
      makeIssue(
        "unit-duplicate-file",
        { value: entry.unit, params: { file: entry.file, other: keptFile, kept: keptFile } },
        lang,
      ),
    );
  }
  const results = kept.map((k) => k.result);
  // A set that scored no unit is an error, never silently ignored.
  if (results.length > 0)
    for (const s of sets)
      if (!kept.some((k) => k.set === s))
        issues.push(
          makeIssue(
            "criteria-set-unmatched",
            {
              value: s.name ?? s.id,
              params: { types: s.unitTypes.join(", ") || t(lang, "setUnmatchedTypes") },
            },
            lang,
          ),
        );

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
    surveyProvided: Boolean(o.survey) || unitsRows.some((r) => r.survey !== null),
    missingSurvey: o.missingSurvey ?? "hold-out",
    skipped,
    issues,
  });
  for (const i of ranking.issues) io.err(`${i.message}\n`);
  writeOutput(o.out, rankingWorkbook(ranking, results, lang), lang);

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
      // "—": held out (reason below); "*": provisional.
      r.rank === null ? "—" : r.status === "provisional" ? `${r.rank}*` : String(r.rank),
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
    const reasons = [
      ...new Set(g.rows.filter((r) => r.reason).map((r) => `${r.rank === null ? "—" : "*"} ${r.reason}`)),
    ];
    lines.push(...reasons, "");
  }
  if (ranking.skipped.length > 0) {
    lines.push(t(lang, "skippedHeader"));
    for (const f of ranking.skipped) lines.push(`  ${f.file}: ${f.reason}`);
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
