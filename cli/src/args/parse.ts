/** Argument parsing on node:util parseArgs: unknown options are errors, named in one line. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { pickLang, type Lang } from "@cchc/scoring-core";
import { t } from "../i18n/messages";
import { CliError } from "../io/cli-error";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

const COMMON: OptionSpec = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  // Every command that writes a file refuses to replace one it did not write, unless forced.
  force: { type: "boolean" },
};

export interface Parsed {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  lang: Lang;
  help: boolean;
}

/** The language before full parsing, so even an argument error speaks the user's language. */
export function sniffLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "vi";
  const a = argv[i]!;
  return pickLang(a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1]);
}

export function parseCommandArgs(
  command: string,
  argv: string[],
  options: OptionSpec,
  allowPositionals = true,
): Parsed {
  const lang = sniffLang(argv);
  const all = { ...COMMON, ...options };
  try {
    const { values, positionals } = parseArgs({
      args: joinDashValues(argv, all),
      options: all,
      allowPositionals,
      strict: true,
    });
    return { values, positionals, lang, help: values.help === true };
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0]! : String(e);
    throw new CliError(t(lang, "badArgs", why, command), 2);
  }
}

/**
 * `--unit -2+3`: a value that starts with a dash is the option's value, not another option,
 * when the option takes a value and the dash word is not one of the command's options.
 * node:util parseArgs refuses it as ambiguous; `--unit=-2+3` says what the user meant.
 */
function joinDashValues(argv: readonly string[], options: OptionSpec): string[] {
  const isOption = (a: string): boolean => {
    if (a === "--") return true;
    if (a.startsWith("--")) return a.slice(2).split("=")[0]! in options;
    return Object.values(options).some((o) => o.short !== undefined && a === `-${o.short}`);
  };
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    const name = a.startsWith("--") && !a.includes("=") ? a.slice(2) : null;
    if (name && options[name]?.type === "string" && next?.startsWith("-") && !isOption(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export function stringOpt(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === "string" ? v : undefined;
}

export function requireOpt(p: Parsed, name: string, command: string): string {
  const v = stringOpt(p, name);
  if (v === undefined || v === "") throw new CliError(t(p.lang, "missingArg", `--${name}`, command), 2);
  return v;
}

export function intOpt(p: Parsed, name: string, command: string): number | undefined {
  const v = stringOpt(p, name);
  if (v === undefined) return undefined;
  if (!/^\d{1,4}$/.test(v)) throw new CliError(t(p.lang, "badArgs", `--${name} ${v}`, command), 2);
  return Number(v);
}
