/**
 * The same unit in two files is ranked once. The rule, stated once for every host: the newer
 * file wins — the later modification time, then (same time or unknown) the later file name in
 * Vietnamese collation ("…-v2.xlsx" after "….xlsx"). Pure: hosts pass what they know.
 */
import { compareVi } from "../ranking/rank-units";
import { unitNameKey } from "./unit-names";

export interface SubmittedFile {
  /** The unit's name as scored. */
  unit: string;
  /** File name (or spreadsheet name) shown to users. */
  file: string;
  /** Last modification time in ms since the epoch; null when the host cannot tell. */
  modified: number | null;
}

export interface DuplicateChoice<T extends SubmittedFile> {
  /** One entry per unit, in input order. */
  kept: T[];
  /** Entries not ranked, each with the file kept instead. */
  dropped: { entry: T; keptFile: string }[];
}

/** True when a should be ranked rather than b (the newer file). */
export function newerFile(a: SubmittedFile, b: SubmittedFile): boolean {
  const ma = a.modified ?? -Infinity;
  const mb = b.modified ?? -Infinity;
  if (ma !== mb) return ma > mb;
  const byName = compareVi(a.file, b.file);
  // Collation can tie on different strings: code units decide then, so input order never does.
  return byName !== 0 ? byName > 0 : a.file > b.file;
}

/** Keeps the newest file of each unit (names matched as for side tables). */
export function chooseNewest<T extends SubmittedFile>(entries: readonly T[]): DuplicateChoice<T> {
  const best = new Map<string, T>();
  for (const e of entries) {
    const key = unitNameKey(e.unit);
    const other = best.get(key);
    if (!other || newerFile(e, other)) best.set(key, e);
  }
  const kept: T[] = [];
  const dropped: { entry: T; keptFile: string }[] = [];
  for (const e of entries) {
    const winner = best.get(unitNameKey(e.unit))!;
    if (winner === e) kept.push(e);
    else dropped.push({ entry: e, keptFile: winner.file });
  }
  return { kept, dropped };
}
