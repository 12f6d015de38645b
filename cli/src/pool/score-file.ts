/**
 * One unit's workbook, opened and scored: the work `cchc rank` spreads over worker threads. The
 * cli only opens the file; what is scored, skipped or matched (survey, set, tool outputs, blank
 * templates) is the core's workflow step `scoreUnitGrids`, the same as in every host.
 */
import {
  scoreUnitGrids,
  type ScoreUnitContext,
  type UnitFileMeta,
  type UnitOutcome,
} from "@cchc/scoring-core/workflow";
import { statSync } from "node:fs";
import { t } from "../i18n/messages";
import { openWorkbook } from "../io/read-workbook";

/** What the units list says of one file (the core's shape; plain data for workers). */
export type FileMeta = UnitFileMeta;
export type ScoreContext = ScoreUnitContext;
export type FileOutcome = UnitOutcome;

/** An outcome and its file's mtime in ms (null: no such file), which the ranking records. */
export interface ScoredFile {
  outcome: FileOutcome;
  modified: number | null;
}

/** Never throws: an unexpected failure becomes that file's error, in a worker as in line. */
export function scoreFile(path: string, meta: FileMeta, ctx: ScoreContext): ScoredFile {
  let modified: number | null = null;
  try {
    const opened = openWorkbook(path, ctx.lang);
    modified = opened.modified;
    if (!opened.ok)
      return { outcome: { ok: false, unit: meta.unit, error: opened.error, surveyKey: null }, modified };
    return { outcome: scoreUnitGrids(opened.grids, meta, ctx), modified };
  } catch (e) {
    const error = t(ctx.lang, "unexpected", e instanceof Error ? e.message : String(e));
    return {
      outcome: { ok: false, unit: meta.unit, error, surveyKey: null },
      modified: modified ?? mtimeOf(path),
    };
  }
}

function mtimeOf(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}
