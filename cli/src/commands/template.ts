/** `cchc template`: a blank official scoring table for one unit (core buildTemplate → xlsx). */
import { buildTemplate } from "@cchc/scoring-core";
import { HELP, t } from "../i18n/messages";
import { intOpt, parseCommandArgs, requireOpt, stringOpt } from "../args/parse";
import { CliError, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { loadFramework } from "../io/load-framework";
import { assertCanWrite, writeOutput } from "../io/write-output";
import { templateWorkbook } from "../output/workbooks";

export function runTemplate(argv: string[], io: Console): number {
  const p = parseCommandArgs("template", argv, {
    framework: { type: "string" },
    unit: { type: "string" },
    "unit-type": { type: "string" },
    year: { type: "string" },
    out: { type: "string" },
    "no-appraisal": { type: "boolean" },
    force: { type: "boolean" },
  });
  if (p.help) {
    io.out(HELP.template[p.lang]);
    return EXIT_OK;
  }
  if (p.positionals.length > 0)
    throw new CliError(t(p.lang, "badArgs", p.positionals.join(" "), "template"), 2);
  const { lang } = p;
  const framework = requireOpt(p, "framework", "template");
  const unit = requireOpt(p, "unit", "template");
  const out = requireOpt(p, "out", "template");
  const year = intOpt(p, "year", "template");
  assertCanWrite(out, [framework], lang, p.values.force === true);
  const { set } = loadFramework(framework, lang);
  const spec = buildTemplate(set, {
    unit,
    unitType: stringOpt(p, "unit-type") ?? null,
    year: year ?? set.year,
    lang,
    appraisal: p.values["no-appraisal"] !== true,
  });
  writeOutput(out, templateWorkbook(spec), lang);
  io.out(t(lang, "templateWritten", displayPath(out)));
  return EXIT_OK;
}
