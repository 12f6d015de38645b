/**
 * `cchc validate <file.xlsx>`: one unit's workbook → issues by severity with cells, totals per
 * field, optionally a feedback workbook. All checking and totalling is the core's scoreWorkbook.
 */
import { basename } from "node:path";
import {
  appraiseSheet,
  formatNumber,
  scoreWorkbook,
  type Lang,
  type Severity,
  type ValidationReport,
} from "@cchc/scoring-core";
import { HELP, t, tn } from "../i18n/messages";
import { parseCommandArgs, stringOpt } from "../args/parse";
import { fixHint, TABLE_OPTIONS, tableOptions, type TableOptions } from "../args/table-options";
import { CliError, EXIT_ERRORS, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { loadFramework } from "../io/load-framework";
import { openWorkbookOrThrow } from "../io/read-workbook";
import { assertCanWrite, writeOutput } from "../io/write-output";
import { issuesJson, validateJson } from "../json/contract";
import { feedbackWorkbook, flaggedWorkbook } from "../output/workbooks";
import { displayPath } from "../io/display-path";
import { cellText } from "../io/terminal-text";
import { appraisalText } from "./validate-appraisal";

export interface ValidateOptions extends TableOptions {
  file: string;
  sheet?: string | undefined;
  framework?: string | undefined;
  unitType?: string | undefined;
  report?: string | undefined;
  json?: boolean;
  /** Replace an existing report that cchc did not write (never an input). */
  force?: boolean;
  /** Also check the appraisal columns and list flagged / open items (#17). */
  appraisal?: boolean;
  /** Write the unit's "Mục cần giải trình" workbook here (implies `appraisal`). */
  flagged?: string | undefined;
  lang: Lang;
}

export interface ValidateOutcome {
  exitCode: number;
  report: ValidationReport | null;
}

export function runValidate(argv: string[], io: Console): number {
  const p = parseCommandArgs("validate", argv, {
    sheet: { type: "string" },
    framework: { type: "string" },
    "unit-type": { type: "string" },
    report: { type: "string" },
    json: { type: "boolean" },
    ...TABLE_OPTIONS,
    force: { type: "boolean" },
    appraisal: { type: "boolean" },
    flagged: { type: "string" },
  });
  if (p.help) {
    io.out(HELP.validate[p.lang]);
    return EXIT_OK;
  }
  const [file, ...extra] = p.positionals;
  if (!file) throw new CliError(t(p.lang, "missingArg", "<tệp.xlsx>", "validate"), 2);
  if (extra.length > 0) throw new CliError(t(p.lang, "badArgs", extra.join(" "), "validate"), 2);
  return validateFile(
    {
      file,
      sheet: stringOpt(p, "sheet"),
      framework: stringOpt(p, "framework"),
      unitType: stringOpt(p, "unit-type"),
      report: stringOpt(p, "report"),
      json: p.values.json === true,
      force: p.values.force === true,
      appraisal: p.values.appraisal === true || stringOpt(p, "flagged") !== undefined,
      flagged: stringOpt(p, "flagged"),
      lang: p.lang,
      ...tableOptions(p, "validate"),
    },
    io,
  ).exitCode;
}

export function validateFile(o: ValidateOptions, io: Console): ValidateOutcome {
  const { lang } = o;
  if (o.report) assertCanWrite(o.report, [o.file, ...(o.framework ? [o.framework] : [])], lang, o.force);
  if (o.flagged)
    assertCanWrite(
      o.flagged,
      [o.file, ...(o.framework ? [o.framework] : []), ...(o.report ? [o.report] : [])],
      lang,
      o.force,
    );
  const framework = o.framework ? loadFramework(o.framework, lang) : null;
  const { grids, sheetNames } = openWorkbookOrThrow(o.file, lang);
  if (o.sheet !== undefined && !sheetNames.includes(o.sheet)) {
    throw new CliError(t(lang, "sheetNotFound", o.file, o.sheet, sheetNames.join(", ")), 2);
  }
  const scored = scoreWorkbook(
    grids,
    { file: basename(o.file), sheet: o.sheet ?? null, unitType: o.unitType ?? null },
    {
      lang,
      set: framework?.set ?? null,
      unitType: o.unitType ?? null,
      headerRow: o.headerRow ?? null,
      columns: o.columns ?? null,
    },
  );
  if (!scored.ok) {
    // A readable file with no scoring table: an error of the unit's, not an unreadable file.
    // What the reader understood of the nearest header, and the options that would fix it.
    const said = scored.issues ?? [];
    if (o.json) {
      const base = validateJson(o.file, null, scored.unit);
      io.out(JSON.stringify({ ...base, issues: issuesJson(said), error: scored.error }, null, 2));
    } else {
      io.out(t(lang, "noScoringSheet", o.file, scored.error));
      for (const i of said) io.out(`  ${(i.cell ?? "").padEnd(7)} ${i.message} [${i.code}]`);
      const hint = fixHint(said, lang);
      if (hint) io.out(hint);
    }
    return { exitCode: EXIT_ERRORS, report: null };
  }
  const { report } = scored;
  if (o.report) writeOutput(o.report, feedbackWorkbook(report, lang, framework?.set ?? null), lang);
  const grid = o.appraisal || o.flagged ? grids.find((g) => g.sheet === report.sheet) : undefined;
  const appraisal = grid
    ? appraiseSheet(grid, {
        lang,
        set: framework?.set ?? null,
        unitType: o.unitType ?? null,
        // The file names the unit when the table does not (the flagged-items file says who it is for).
        unit: report.unit ?? basename(o.file).replace(/\.xls[xm]?$/i, ""),
      })
    : null;
  if (o.json)
    io.out(
      JSON.stringify(
        { ...validateJson(o.file, report, report.unit), ...(appraisal ? { appraisal } : {}) },
        null,
        2,
      ),
    );
  if (o.flagged && appraisal) writeOutput(o.flagged, flaggedWorkbook(appraisal, lang), lang);
  if (!o.json) {
    io.out(humanReport(o.file, report, scored.sheetNote, lang));
    if (appraisal) io.out(appraisalText(appraisal, lang));
    if (o.report) io.out(t(lang, "reportWritten", displayPath(o.report)));
    if (o.flagged && appraisal)
      io.out(t(lang, "flaggedWritten", displayPath(o.flagged), appraisal.flagged.length));
  }
  const appraisalErrors = appraisal?.issues.some((i) => i.severity === "error") ?? false;
  return { exitCode: report.counts.error > 0 || appraisalErrors ? EXIT_ERRORS : EXIT_OK, report };
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** The human text: what was read, issues grouped by severity with cells, totals per field. */
export function humanReport(
  file: string,
  report: ValidationReport,
  sheetNote: string | null,
  lang: Lang,
): string {
  const n = (x: number) => formatNumber(x, lang);
  const lines: string[] = [];
  lines.push(`${t(lang, "file")}: ${cellText(file, 200)}`);
  lines.push(
    `${t(lang, "sheet")}: ${cellText(report.sheet, 40)}${sheetNote ? ` — ${cellText(sheetNote, 200)}` : ""}`,
  );
  if (report.unit) lines.push(`${t(lang, "unit")}: ${cellText(report.unit, 100)}`);
  lines.push("");
  if (report.issues.length === 0) lines.push(t(lang, "noIssues"));
  for (const sev of SEVERITIES) {
    const list = report.issues.filter((i) => i.severity === sev);
    if (list.length === 0) continue;
    lines.push(`${t(lang, `severity_${sev}`)} (${report.counts[sev]}):`);
    // Messages quote cells: one line each, controls removed, a long cell cut.
    for (const i of list) lines.push(`  ${(i.cell ?? "").padEnd(7)} ${cellText(i.message, 300)} [${i.code}]`);
  }
  if (report.truncated) lines.push(t(lang, "truncated", report.issues.length, report.counts.total));
  lines.push("");
  const fields = report.nodes.filter((x) => x.level === "field");
  if (fields.length > 0) {
    lines.push(`${t(lang, "fieldsHeader")}:`);
    const head = [
      t(lang, "colCode"),
      t(lang, "colTitle"),
      t(lang, "colMax"),
      t(lang, "colSelf"),
      t(lang, "colAppraised"),
    ];
    const rows = fields.map((f) => [
      f.code,
      cellText(f.title, 48),
      n(f.applicableMax),
      n(f.self),
      n(f.appraised),
    ]);
    lines.push(...table([head, ...rows], [false, false, true, true, true]));
    lines.push("");
  }
  const tt = report.totals;
  lines.push(
    tn(lang, "totalsLine", {
      self: n(tt.self),
      appraised: n(tt.appraised),
      survey: n(tt.survey),
      bonus: n(tt.bonus),
      penalty: n(tt.penalty),
      final: n(tt.final),
      max: n(tt.applicableMax),
      index: tt.index === null ? "—" : `${formatNumber(tt.index, lang, 2, true)} %`,
    }),
  );
  lines.push(
    report.counts.error > 0
      ? t(lang, "verdictErrors", report.counts.error, report.counts.warning)
      : t(lang, "verdictOk", report.counts.warning),
  );
  return lines.join("\n");
}

/** Plain text columns; numbers right-aligned. */
export function table(rows: string[][], right: boolean[]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) =>
    `  ${r.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ")}`.trimEnd(),
  );
}
