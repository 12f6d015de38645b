/**
 * The command line: dispatches to a command and turns every failure into one line and an exit
 * code (0 no error, 1 errors in a table, 2 unreadable input or bad arguments). Stacks only
 * with CCHC_DEBUG=1.
 */
import { HELP, t } from "./i18n/messages";
import { sniffLang } from "./args/parse";
import { CliError, EXIT_OK, EXIT_UNREADABLE } from "./io/cli-error";
import type { Console } from "./io/console";
import { runValidate } from "./commands/validate";
import { runRank } from "./commands/rank";
import { runTemplate } from "./commands/template";
import { runFramework } from "./commands/framework";
import { runSurvey } from "./commands/survey";
import { runTrend } from "./commands/trend";
import { runPlan } from "./commands/plan";

const COMMANDS: Record<string, (argv: string[], io: Console) => number> = {
  validate: runValidate,
  rank: runRank,
  template: runTemplate,
  framework: runFramework,
  survey: runSurvey,
  trend: runTrend,
  plan: runPlan,
};

export function runCli(argv: string[], io: Console, debug = false): number {
  const lang = sniffLang(argv);
  const [command, ...rest] = argv;
  try {
    if (
      command === undefined ||
      command === "--help" ||
      command === "-h" ||
      command === "help" ||
      command.startsWith("--lang")
    ) {
      io.out(HELP.main[lang]);
      return command === undefined ? EXIT_UNREADABLE : EXIT_OK;
    }
    // Own keys only: `cchc constructor` is an unknown command, not Object.prototype's member.
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new CliError(t(lang, "unknownCommand", command), 2);
    return run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`${oneLine(e.message)}\n`);
      if (debug && e.stack) io.err(`${e.stack}\n`);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`${oneLine(t(lang, "unexpected", message))}\n`);
    if (debug && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return EXIT_UNREADABLE;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
