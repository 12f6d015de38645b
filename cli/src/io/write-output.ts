/**
 * Writing the files the command produces. An output path that is one of the inputs is
 * refused (a unit's workbook is never overwritten); writes go to a temporary file first and
 * are renamed, so a failed run never leaves half a workbook.
 */
import { mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Lang } from "@cchc/scoring-core";
import { t } from "../i18n/messages";
import { CliError } from "./cli-error";

function canonical(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    // Not there yet: canonicalise the folder, keep the name.
    try {
      return resolve(realpathSync(dirname(abs)), abs.slice(dirname(abs).length + 1));
    } catch {
      return abs;
    }
  }
}

/** Throws when `out` names one of `inputs` (after resolving links and relative paths). */
export function assertNotInput(out: string, inputs: readonly string[], lang: Lang): void {
  const o = canonical(out);
  for (const input of inputs) if (canonical(input) === o) throw new CliError(t(lang, "outIsInput", input), 2);
}

export function writeOutput(path: string, data: Uint8Array | string, lang: Lang): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The folder itself could not be made: nothing to clean.
    }
    throw new CliError(t(lang, "cannotWrite", path, e instanceof Error ? e.message : String(e)), 2);
  }
}
