/**
 * `cchc survey <answers.xlsx…> --design design.xlsx --out diem-dtxhh.xlsx`: survey (ĐTXHH) points
 * from raw answers. Reading the files and writing the workbook happen here; every rule (design,
 * matching, scale, points, issues) is scoring-core's survey/.
 */
import { readFileSync } from "node:fs";
import {
  designFromSets,
  designLine,
  designUsed,
  formatNumber,
  hasSurveyItems,
  parseSurveyDesign,
  readDesignGrids,
  sampleSize,
  scoreSurvey,
  surveyJson,
  surveySheets,
  surveyTypeLabel,
  type CriteriaSet,
  type Lang,
  type SurveyDesign,
  type SurveyDesignInput,
  type SurveyDesignUsed,
  type SurveyResult,
} from "@cchc/scoring-core";
import { parseCommandArgs, requireOpt, stringOpt } from "../args/parse";
import { CliError, EXIT_ERRORS, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { loadFramework } from "../io/load-framework";
import { openWorkbookOrThrow } from "../io/read-workbook";
import { assertCanWrite, writeOutput } from "../io/write-output";
import { blockSheet, writeWorkbook } from "@cchc/xlsx-grid";
import { SURVEY_HELP, st } from "../i18n/survey-messages";
import { t } from "../i18n/messages";
import { basename } from "node:path";

export interface SurveyOptions {
  answers: string[];
  design?: string | undefined;
  frameworks?: string[] | undefined;
  out: string;
  json?: boolean;
  minResponses?: number | undefined;
  weighGroups?: boolean | undefined;
  scale?: string | undefined;
  population?: number | undefined;
  margin?: number | undefined;
  /** Replace an existing file cchc did not write. */
  force?: boolean;
  lang: Lang;
}

function numberOpt(v: string | undefined, name: string, lang: Lang): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(",", "."));
  if (!Number.isFinite(n) || n < 0) throw new CliError(st(lang, "badNumber", v, name), 2);
  return n;
}

export function runSurvey(argv: string[], io: Console): number {
  const p = parseCommandArgs("survey", argv, {
    design: { type: "string" },
    framework: { type: "string", multiple: true },
    out: { type: "string" },
    json: { type: "boolean" },
    "min-responses": { type: "string" },
    "weigh-groups": { type: "boolean" },
    "no-weigh-groups": { type: "boolean" },
    scale: { type: "string" },
    population: { type: "string" },
    margin: { type: "string" },
  });
  if (p.help) {
    io.out(SURVEY_HELP[p.lang]);
    return EXIT_OK;
  }
  const { lang } = p;
  if (p.positionals.length === 0) throw new CliError(t(lang, "missingArg", "<tra-loi.xlsx>", "survey"), 2);
  const fw = p.values.framework;
  const result = surveyFiles(
    {
      answers: p.positionals,
      design: stringOpt(p, "design"),
      frameworks: Array.isArray(fw) ? fw.filter((x): x is string => typeof x === "string") : undefined,
      out: requireOpt(p, "out", "survey"),
      json: p.values.json === true,
      minResponses: numberOpt(stringOpt(p, "min-responses"), "--min-responses", lang),
      weighGroups:
        p.values["weigh-groups"] === true ? true : p.values["no-weigh-groups"] === true ? false : undefined,
      scale: stringOpt(p, "scale"),
      population: numberOpt(stringOpt(p, "population"), "--population", lang),
      margin: numberOpt(stringOpt(p, "margin"), "--margin", lang),
      force: p.values.force === true,
      lang,
    },
    io,
  );
  return result.counts.error > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Reads the design (options override it), every answers file, scores, writes; returns the core's result. */
export function surveyFiles(o: SurveyOptions, io: Console): SurveyResult {
  const { lang } = o;
  const sideInputs = [...o.answers, ...(o.design ? [o.design] : []), ...(o.frameworks ?? [])];
  assertCanWrite(o.out, sideInputs, lang, o.force === true);
  const sets: CriteriaSet[] = (o.frameworks ?? []).map((f) => loadFramework(f, lang).set);
  const overrides: Partial<SurveyDesignInput> = {
    ...(o.minResponses !== undefined ? { minResponses: Math.round(o.minResponses) } : {}),
    ...(o.weighGroups !== undefined ? { weighGroups: o.weighGroups } : {}),
    ...(o.scale !== undefined ? { defaultScale: o.scale } : {}),
  };
  const { design, designIssues, used } = loadDesign(o.design, sets, overrides, lang);
  const inputs = o.answers.map((file) => ({
    source: basename(file),
    grids: openWorkbookOrThrow(file, lang).grids,
  }));
  const result = scoreSurvey(design, inputs, { lang, sets });
  // Design problems come first: they explain everything after them.
  result.issues.unshift(...designIssues);
  for (const i of designIssues) result.counts[i.severity]++;

  const margin = o.margin ?? 0.05;
  const sample =
    o.population !== undefined
      ? { population: o.population, margin, forms: sampleSize(o.population, margin) ?? 0 }
      : undefined;
  const sampleLine = sample
    ? st(lang, "sample", sample.population, formatNumber(margin, lang, 4), sample.forms)
    : undefined;
  const designText = designLine(used, lang);
  writeOutput(
    o.out,
    writeWorkbook(surveySheets(result, lang, sampleLine, designText).map((b) => blockSheet(b))),
    lang,
  );

  if (o.json) io.out(JSON.stringify(surveyJson(result, lang, sample, used), null, 2));
  else io.out(humanSurvey(result, design, lang, o.out, sampleLine, margin, designText));
  return result;
}

function loadDesign(
  path: string | undefined,
  sets: CriteriaSet[],
  overrides: Partial<SurveyDesignInput>,
  lang: Lang,
): { design: SurveyDesign; designIssues: SurveyResult["issues"]; used: SurveyDesignUsed } {
  const setName = sets.map((s) => s.name).join(", ");
  const fromSet = (): SurveyDesign => {
    if (!hasSurveyItems(sets)) throw new CliError(st(lang, "noSurveyItems", setName), 2);
    return designFromSets(sets, overrides);
  };
  const used = (design: SurveyDesign, questionsFrom: "design" | "set", designName: string | null) =>
    designUsed(design, {
      questionsFrom,
      designName,
      setName: questionsFrom === "set" ? setName : null,
      unitsFrom: design.units.length > 0 ? "design" : null,
    });
  if (!path) {
    if (sets.length === 0) throw new CliError(st(lang, "needDesign"), 2);
    const design = fromSet();
    return { design, designIssues: [], used: used(design, "set", null) };
  }
  if (/\.json$/i.test(path)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch {
      throw new CliError(st(lang, "designJson", path), 2);
    }
    const parsed = parseSurveyDesign({ ...(json as object), ...overrides });
    if (!parsed.ok)
      throw new CliError(st(lang, "designInvalid", path, `${parsed.path}: ${parsed.reason}`), 2);
    return { design: parsed.design, designIssues: [], used: used(parsed.design, "design", basename(path)) };
  }
  const { grids } = openWorkbookOrThrow(path, lang);
  let read = readDesignGrids(grids, lang, overrides);
  let from: "design" | "set" = "design";
  // A workbook of groups, weights, scale or units only: the set's survey items are the questions.
  if (read.questionsSheet === null && sets.length > 0) {
    read = readDesignGrids(grids, lang, { ...overrides, questions: fromSet().questions });
    from = "set";
  }
  if (!read.design)
    throw new CliError(st(lang, "designInvalid", path, read.issues.map((i) => i.message).join("; ")), 2);
  return { design: read.design, designIssues: read.issues, used: used(read.design, from, basename(path)) };
}

function humanSurvey(
  r: SurveyResult,
  design: SurveyDesign,
  lang: Lang,
  out: string,
  sampleLine: string | undefined,
  margin: number,
  designText: string,
): string {
  const n = (x: number | null) => (x === null ? st(lang, "noAnswers") : formatNumber(x, lang, 2, true));
  const lines: string[] = [designText, ""];
  const head = st(lang, "header").split(" | ");
  const rows = r.units.map((u) => [
    u.unit,
    surveyTypeLabel(u.type, lang),
    String(u.forms),
    n(u.total),
    u.forms === 0 ? st(lang, "noAnswers") : u.belowMinimum ? st(lang, "below") : "",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  for (const row of [head, ...rows])
    lines.push(
      "  " +
        row
          .map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
          .join("  ")
          .trimEnd(),
    );
  const count = (x: number) => formatNumber(x, lang, 0);
  lines.push("", st(lang, "forms", count(r.forms.read), count(r.forms.counted), count(r.forms.duplicates)));
  const sized = design.units.filter((u) => u.population !== undefined);
  if (sized.length > 0)
    lines.push(
      st(
        lang,
        "sampleUnits",
        formatNumber(margin, lang, 4),
        sized
          .slice(0, 8)
          .map((u) => `${u.name} ${sampleSize(u.population!, margin)}`)
          .join("; ") + (sized.length > 8 ? "; …" : ""),
      ),
    );
  if (sampleLine) lines.push(sampleLine);
  if (r.issues.length > 0) {
    lines.push("", st(lang, "issues", r.totalIssues, r.truncated ? st(lang, "shown", r.issues.length) : ""));
    const shown = r.issues.slice(0, 40);
    for (const i of shown)
      lines.push(`  ${i.severity.padEnd(7)} ${(i.cell ?? "").padEnd(7)} ${i.message} [${i.code}]`);
    if (r.issues.length > shown.length) lines.push(`  … (+${r.issues.length - shown.length})`);
  }
  lines.push("", st(lang, "done", r.units.length, r.counts.error, r.counts.warning, displayPath(out)));
  return lines.join("\n");
}
