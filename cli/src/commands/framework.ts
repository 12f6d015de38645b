/**
 * `cchc framework <annex.xlsx> --out framework.json`: an official annex pasted into a sheet →
 * a criteria set (core readTable + deriveCriteriaSet, which also validates it).
 */
import { basename, extname } from "node:path";
import { rankCandidateSheets, readTable, deriveCriteriaSet, type Issue, type Lang } from "@cchc/scoring-core";
import { HELP, t } from "../i18n/messages";
import { intOpt, parseCommandArgs, requireOpt, stringOpt } from "../args/parse";
import { CliError, EXIT_ERRORS, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { openWorkbookOrThrow } from "../io/read-workbook";
import { assertNotInput, writeOutput } from "../io/write-output";
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
  });
  if (p.help) {
    io.out(HELP.framework[p.lang]);
    return EXIT_OK;
  }
  const { lang } = p;
  const [file, ...extra] = p.positionals;
  if (!file) throw new CliError(t(lang, "missingArg", "<phu-luc.xlsx>", "framework"), 2);
  if (extra.length > 0) throw new CliError(t(lang, "badArgs", extra.join(" "), "framework"), 2);
  const out = requireOpt(p, "out", "framework");
  assertNotInput(out, [file], lang);
  const { grids, sheetNames } = openWorkbookOrThrow(file, lang);
  const sheet = stringOpt(p, "sheet");
  if (sheet !== undefined && !sheetNames.includes(sheet))
    throw new CliError(t(lang, "sheetNotFound", file, sheet, sheetNames.join(", ")), 2);
  // The named sheet, else the core's best candidate, else the first sheet a table reads from.
  let order = grids;
  if (sheet !== undefined) order = grids.filter((g) => g.sheet === sheet);
  else {
    try {
      const best = rankCandidateSheets(grids).filter((c) => c.score > 0);
      order = [...best.map((c) => grids.find((g) => g.sheet === c.sheet)!), ...grids];
    } catch {
      order = grids;
    }
  }
  let read: ReturnType<typeof readTable> = { ok: false, issues: [] };
  for (const grid of order) {
    const attempt = readTable(grid, { lang });
    if (attempt.ok) {
      read = attempt;
      break;
    }
    if (read.issues.length === 0) read = attempt;
  }
  if (!read.ok) {
    printIssues(io, read.issues, lang);
    return EXIT_ERRORS;
  }
  const stem = basename(file, extname(file));
  const { set, issues } = deriveCriteriaSet(
    read.table,
    {
      id: stringOpt(p, "id") ?? stem,
      name: stringOpt(p, "name") ?? stem,
      year: intOpt(p, "year", "framework") ?? read.table.year ?? new Date().getFullYear(),
      unitTypes: [stringOpt(p, "unit-type") ?? "department"],
    },
    lang,
  );
  const all = [...read.issues, ...issues];
  writeOutput(out, `${JSON.stringify(set, null, 2)}\n`, lang);
  printIssues(io, all, lang);
  const errors = all.filter((i) => i.severity === "error").length;
  const warnings = all.filter((i) => i.severity === "warning").length;
  io.out(t(lang, "frameworkWritten", displayPath(out), set.fields.length, errors, warnings));
  return errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

function printIssues(io: Console, issues: Issue[], _lang: Lang): void {
  for (const i of issues)
    io.out(`  ${i.severity.padEnd(7)} ${(i.cell ?? "").padEnd(7)} ${i.message} [${i.code}]`);
}
