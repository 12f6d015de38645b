/**
 * Expands the files and folders given to `rank` into workbooks, in a stable order. .xlsx and
 * .xlsm are read; .xls, .ods and .csv found in a folder are listed as unsupported (with the
 * reason), never dropped silently.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { UNSUPPORTED_FORMAT } from "@cchc/scoring-core/workflow";

/** Workbooks read like .xlsx (.xlsm is the same format with macros). */
export const READABLE = /\.(xlsx|xlsm)$/i;
/** Spreadsheet formats a folder may hold that the tool cannot read: reported, not skipped (the core's list). */
export const UNSUPPORTED = UNSUPPORTED_FORMAT;

/**
 * Folders are walked recursively for *.xlsx/*.xlsm (Office lock files "~$…" skipped); other
 * spreadsheet formats go to `unsupported`. Files named explicitly are kept whatever their
 * extension, so a wrong file is reported, not ignored. `exclude` (the units list, the survey,
 * the output) never counts as a unit's workbook.
 */
export function listInputs(
  paths: readonly string[],
  exclude: readonly string[] = [],
): { files: string[]; missing: string[]; unsupported: string[] } {
  const skip = new Set(exclude.map((p) => resolve(p)));
  const files: string[] = [];
  const missing: string[] = [];
  const unsupported: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const abs = resolve(p);
    if (skip.has(abs) || seen.has(abs)) return;
    seen.add(abs);
    files.push(p);
  };
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.isFile() || e.name.startsWith("~$")) continue;
      else if (READABLE.test(e.name)) add(p);
      else if (UNSUPPORTED.test(e.name) && !skip.has(resolve(p))) unsupported.push(p);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      missing.push(p);
      continue;
    }
    if (isDir) walk(p);
    else if (UNSUPPORTED.test(p)) {
      if (!unsupported.includes(p)) unsupported.push(p);
    } else add(p);
  }
  return { files, missing, unsupported };
}
