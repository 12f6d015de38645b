/**
 * `cchc framework <annex.xlsx> --out framework.json`: an official annex as published → a
 * criteria set (core readTable with the "annex" profile + deriveAnnexSet, which also
 * validates it, and marks it a sample set when the annex's title says "DỮ LIỆU MẪU"). The set is written even when it has errors, and the output says so (exit 1):
 * an official fixes the annex cells named, or the JSON, and runs it again.
 */
import { basename, extname } from "node:path";
import {
  rankCandidateSheets,
  readTable,
  deriveAnnexSet,
  type Grid,
  type Issue,
  type Lang,
  type ReadResult,
} from "@cchc/scoring-core";
import { HELP, t } from "../i18n/messages";
import { intOpt, parseCommandArgs, requireOpt, stringOpt } from "../args/parse";
import { fixHint, TABLE_OPTIONS, tableOptions, type TableOptions } from "../args/table-options";
import { CliError, EXIT_ERRORS, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { openWorkbookOrThrow } from "../io/read-workbook";
import { assertCanWrite, writeOutput } from "../io/write-output";
import { issuesJson, type FrameworkJson } from "../json/contract";
import { runFrameworkCopy } from "./framework-copy";
import { runFrameworkDiff } from "./framework-diff";

export function runFramework(argv: string[], io: Console): number {
  // Subcommands on sets (framework-diff.ts, framework-copy.ts); anything else is an annex.
  if (argv[0] === "diff") return runFrameworkDiff(argv.slice(1), io);
  if (argv[0] === "copy") return runFrameworkCopy(argv.slice(1), io);
  const p = parseCommandArgs("framework", argv, {
    out: { type: "string" },
    sheet: { type: "string" },
    id: { type: "string" },
    name: { type: "string" },
    year: { type: "string" },
    "unit-type": { type: "string" },
    json: { type: "boolean" },
    ...TABLE_OPTIONS,
  });
  if (p.help) {
    io.out(HELP.framework[p.lang]);
    return EXIT_OK;
  }
  const { lang } = p;
  const [file, ...extra] = p.positionals;
  if (!file) throw new CliError(t(lang, "missingArg", "<phu-luc.xlsx>", "framework"), 2);
  if (extra.length > 0) throw new CliError(t(lang, "badArgs", extra.join(" "), "framework"), 2);
  return frameworkFile(
    {
      file,
      out: requireOpt(p, "out", "framework"),
      sheet: stringOpt(p, "sheet"),
      id: stringOpt(p, "id"),
      name: stringOpt(p, "name"),
      year: intOpt(p, "year", "framework"),
      unitType: stringOpt(p, "unit-type"),
      json: p.values.json === true,
      force: p.values.force === true,
      lang,
      ...tableOptions(p, "framework"),
    },
    io,
  ).exitCode;
}

export interface FrameworkOptions extends TableOptions {
  file: string;
  out: string;
  sheet?: string | undefined;
  id?: string | undefined;
  name?: string | undefined;
  year?: number | undefined;
  unitType?: string | undefined;
  json?: boolean;
  /** Replace an existing file cchc did not write. */
  force?: boolean;
  lang: Lang;
}

export interface FrameworkOutcome {
  exitCode: number;
  result: FrameworkJson;
}

/** One annex file → a set file (written even with errors), its issues printed or as JSON. */
export function frameworkFile(o: FrameworkOptions, io: Console): FrameworkOutcome {
  const { lang, file, out } = o;
  assertCanWrite(out, [file], lang, o.force === true);
  const { grids, sheetNames } = openWorkbookOrThrow(file, lang);
  const sheet = o.sheet;
  if (sheet !== undefined && !sheetNames.includes(sheet))
    throw new CliError(t(lang, "sheetNotFound", file, sheet, sheetNames.join(", ")), 2);
  // The named sheet, else the core's best candidates, else every sheet in the workbook's order.
  let order: Grid[] = grids;
  if (sheet !== undefined) order = grids.filter((g) => g.sheet === sheet);
  else {
    try {
      const best = rankCandidateSheets(grids, "annex").filter((c) => c.score > 0);
      const named = best.map((c) => grids.find((g) => g.sheet === c.sheet)!);
      order = [...named, ...grids.filter((g) => !named.includes(g))];
    } catch {
      order = grids;
    }
  }
  let read: ReadResult = { ok: false, issues: [] };
  for (const grid of order) {
    const attempt = readTable(grid, {
      lang,
      profile: "annex",
      headerRow: o.headerRow ?? null,
      columns: o.columns ?? null,
    });
    if (attempt.ok) {
      read = attempt;
      break;
    }
    // The best candidate's account of what it understood is the useful one.
    if (read.issues.length === 0) read = attempt;
  }
  const summary = (
    issues: Issue[],
    written: boolean,
    setId: string | null,
    fields: number,
  ): FrameworkJson => ({
    file,
    sheet: read.ok ? read.table.sheet : null,
    out: written ? out : null,
    setId,
    fields,
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    issues: issuesJson(issues),
  });
  if (!read.ok) {
    const result = summary(read.issues, false, null, 0);
    if (o.json) io.out(JSON.stringify(result, null, 2));
    else {
      printIssues(io, read.issues);
      const hint = fixHint(read.issues, lang);
      if (hint) io.out(hint);
    }
    return { exitCode: EXIT_ERRORS, result };
  }
  const stem = basename(file, extname(file));
  const table = read.table;
  const { set, issues } = deriveAnnexSet(
    order.find((g) => g.sheet === table.sheet)!,
    table,
    {
      id: o.id ?? stem,
      name: o.name ?? stem,
      year: o.year ?? read.table.year ?? new Date().getFullYear(),
      unitTypes: [o.unitType ?? "department"],
    },
    lang,
  );
  const all = [...read.issues, ...issues];
  writeOutput(out, `${JSON.stringify(set, null, 2)}\n`, lang);
  const result = summary(all, true, set.id, set.fields.length);
  if (o.json) io.out(JSON.stringify(result, null, 2));
  else {
    printIssues(io, all);
    io.out(t(lang, "frameworkWritten", displayPath(out), set.fields.length, result.errors, result.warnings));
    if (result.errors > 0) io.out(t(lang, "frameworkWithErrors"));
  }
  return { exitCode: result.errors > 0 ? EXIT_ERRORS : EXIT_OK, result };
}

function printIssues(io: Console, issues: Issue[]): void {
  for (const i of issues)
    io.out(`  ${i.severity.padEnd(7)} ${(i.cell ?? "").padEnd(7)} ${i.message} [${i.code}]`);
}
