/** `--framework`: a criteria-set JSON file, or the id of one of the core's sample sets. */
import { existsSync, readFileSync } from "node:fs";
import { getSampleSet, loadCriteriaSet, type CriteriaSet, type Issue, type Lang } from "@cchc/scoring-core";
import { t } from "../i18n/messages";
import { CliError } from "./cli-error";

export function loadFramework(spec: string, lang: Lang): { set: CriteriaSet; issues: Issue[] } {
  if (!existsSync(spec)) {
    const sample = getSampleSet(spec);
    if (sample) return { set: sample, issues: [] };
    throw new CliError(t(lang, "notFound", spec), 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(spec, "utf8"));
  } catch {
    throw new CliError(t(lang, "frameworkNotJson", spec), 2);
  }
  const loaded = loadCriteriaSet(json, lang);
  if (!loaded.ok) {
    const first = loaded.issues.find((i) => i.severity === "error") ?? loaded.issues[0];
    throw new CliError(t(lang, "frameworkInvalid", spec, first?.message ?? "?"), 2);
  }
  return { set: loaded.set, issues: loaded.issues };
}
