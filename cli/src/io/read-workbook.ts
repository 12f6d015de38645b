/**
 * Opening an input workbook: the file must exist, be a bounded .xlsx and parse. xlsx-grid's
 * reader runs its guard first (zip bombs, encrypted, .xls/.csv renamed). Inputs are only read.
 */
import { inflateRawSync } from "node:zlib";
import * as XLSX from "@e965/xlsx";
import { readWorkbookGrids, type InflateRaw } from "@cchc/xlsx-grid";
import type { Grid, Lang } from "@cchc/scoring-core";
import { t } from "../i18n/messages";
import { readBytes } from "./read-bytes";
import { displayPath } from "./display-path";
import { CliError } from "./cli-error";

/** Node's zlib inflates the guarded parts (bounded by maxOutputLength): native, 2-3x fflate. */
const inflateRaw: InflateRaw = (data, maxOutput) => inflateRawSync(data, { maxOutputLength: maxOutput });

/** `modified`: the file's mtime in ms (null: no such file), from the stat the read makes. */
export type OpenResult =
  | { ok: true; grids: Grid[]; sheetNames: string[]; modified: number }
  | { ok: false; error: string; modified: number | null };

/** Opens a workbook into grids (all sheets, or only `sheets`). Never throws on bad input. */
export function openWorkbook(path: string, lang: Lang, sheets?: string[]): OpenResult {
  const read = readBytes(path, lang);
  if (!read.ok) return read;
  const shown = displayPath(path);
  let opened: ReturnType<typeof readWorkbookGrids>;
  try {
    opened = readWorkbookGrids(read.bytes, XLSX, sheets ? { sheets, inflateRaw } : { inflateRaw });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: t(lang, "cannotRead", shown, why), modified: read.modified };
  }
  if (!opened.ok)
    return { ok: false, error: t(lang, "cannotRead", shown, opened.message[lang]), modified: read.modified };
  return { ok: true, grids: opened.grids, sheetNames: opened.sheetNames, modified: read.modified };
}

/** Like openWorkbook, for commands that stop on an unreadable file (exit 2). */
export function openWorkbookOrThrow(
  path: string,
  lang: Lang,
  sheets?: string[],
): { grids: Grid[]; sheetNames: string[] } {
  const r = openWorkbook(path, lang, sheets);
  if (!r.ok) throw new CliError(r.error, 2);
  return r;
}
