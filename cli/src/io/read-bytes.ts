/** Reading an input file's bytes, refusing folders and oversized files before reading them. */
import { readFileSync, statSync } from "node:fs";
import type { Lang } from "@cchc/scoring-core";
import { t } from "../i18n/messages";

/** Files above this size are refused before reading (the guard then bounds what unzips). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Reads a file's bytes or explains in one line why not. `modified`: the file's mtime (ms) from
 * the stat this read makes anyway (null when there is no file), for callers that record it.
 */
export function readBytes(
  path: string,
  lang: Lang,
): { ok: true; bytes: Uint8Array; modified: number } | { ok: false; error: string; modified: number | null } {
  let size: number;
  let modified: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, error: t(lang, "notAFile", path), modified: st.mtimeMs };
    size = st.size;
    modified = st.mtimeMs;
  } catch {
    return { ok: false, error: t(lang, "notFound", path), modified: null };
  }
  if (size > MAX_FILE_BYTES) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    const why =
      lang === "vi"
        ? `tệp quá lớn (${mb(size)}, tối đa ${mb(MAX_FILE_BYTES)})`
        : `file too large (${mb(size)}, limit ${mb(MAX_FILE_BYTES)})`;
    return { ok: false, error: t(lang, "cannotRead", path, why), modified };
  }
  try {
    const b = readFileSync(path);
    // A plain view of the Buffer's memory, not a copy.
    return { ok: true, bytes: new Uint8Array(b.buffer, b.byteOffset, b.length), modified };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: t(lang, "cannotRead", path, why), modified };
  }
}
