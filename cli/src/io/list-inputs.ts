/** Expands the files and folders given to `rank` into .xlsx files, in a stable order. */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * Folders are walked recursively for *.xlsx (Office lock files "~$…" skipped); files named
 * explicitly are kept whatever their extension, so a wrong file is reported, not ignored.
 * `exclude` (the units list, the survey, the output) never counts as a unit's workbook.
 */
export function listInputs(
  paths: readonly string[],
  exclude: readonly string[] = [],
): { files: string[]; missing: string[] } {
  const skip = new Set(exclude.map((p) => resolve(p)));
  const files: string[] = [];
  const missing: string[] = [];
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
      else if (e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) add(p);
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
    else add(p);
  }
  return { files, missing };
}
