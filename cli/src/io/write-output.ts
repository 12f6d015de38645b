/**
 * Writing the files the command produces. No output ever replaces an input: an output path that
 * is one of the inputs (after links, relative paths and, on Windows and macOS, letter case) is
 * refused, even with --force. An existing file the tool did not write is replaced only with
 * --force; the tool's own output (marked, see @cchc/xlsx-grid's tool-marker) is replaced. Writes go
 * to a temporary file first and are renamed, so a failed run never leaves half a workbook; a
 * failure is told in the user's language, without the temporary file's name.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { isToolWorkbook } from "@cchc/xlsx-grid";
import type { Lang } from "@cchc/scoring-core";
import { t } from "../i18n/messages";
import { CliError } from "./cli-error";
import { displayPath } from "./display-path";
import { readBytes } from "./read-bytes";

/** Windows and macOS file systems ignore letter case: "Unit.xlsx" is "unit.xlsx". */
const CASE_INSENSITIVE = process.platform === "win32" || process.platform === "darwin";

function canonical(path: string): string {
  const abs = resolve(path);
  let c: string;
  try {
    c = realpathSync(abs);
  } catch {
    // Not there yet: canonicalise the folder, keep the name.
    try {
      c = resolve(realpathSync(dirname(abs)), abs.slice(dirname(abs).length + 1));
    } catch {
      c = abs;
    }
  }
  return CASE_INSENSITIVE ? c.toLowerCase() : c;
}

/** Throws when `out` names one of `inputs` (after resolving links and relative paths). */
export function assertNotInput(out: string, inputs: readonly string[], lang: Lang): void {
  const o = canonical(out);
  for (const input of inputs) if (canonical(input) === o) throw new CliError(t(lang, "outIsInput", input), 2);
}

/**
 * Checks, before any work, that `out` may be written: never an input; a folder is refused; an
 * existing file must be the tool's own workbook unless `force`. `inputs` are every path the
 * command reads (workbooks, criteria sets, units list, survey…); ids of sample sets are ignored.
 */
export function assertCanWrite(out: string, inputs: readonly string[], lang: Lang, force = false): void {
  assertNotInput(
    out,
    inputs.filter((p) => existsSync(p)),
    lang,
  );
  let isFile = false;
  try {
    const st = statSync(out);
    if (st.isDirectory()) throw new CliError(t(lang, "outIsFolder", displayPath(out)), 2);
    isFile = st.isFile();
  } catch (e) {
    if (e instanceof CliError) throw e;
    return; // Not there: nothing to replace.
  }
  if (!isFile || force) return;
  if (isOwnOutput(out, lang)) return;
  throw new CliError(t(lang, "outNotOurs", displayPath(out)), 2);
}

/**
 * True when `path` is a file this tool wrote (an earlier run's output): a workbook with the tool's
 * document property, a Word report whose author is cchc, or a criteria set / survey JSON.
 */
export function isOwnOutput(path: string, lang: Lang): boolean {
  const read = readBytes(path, lang);
  if (!read.ok) return false;
  const ext = extname(path).toLowerCase();
  if (ext === ".json") return isOwnJson(read.bytes);
  if (ext === ".docx") return isOwnDocx(read.bytes);
  return isToolWorkbook(read.bytes);
}

function isOwnJson(bytes: Uint8Array): boolean {
  try {
    const data: unknown = JSON.parse(strFromU8(bytes));
    if (typeof data !== "object" || data === null) return false;
    const o = data as Record<string, unknown>;
    // A criteria set (schemaVersion + fields) or `cchc survey --json` (units + issues).
    return (
      (typeof o["schemaVersion"] === "number" && Array.isArray(o["fields"])) ||
      (Array.isArray(o["units"]) && Array.isArray(o["issues"]))
    );
  } catch {
    return false;
  }
}

function isOwnDocx(bytes: Uint8Array): boolean {
  try {
    // Only the small core-properties part is inflated, and only when it says it is small.
    const parts = unzipSync(bytes, {
      filter: (f) => f.name === "docProps/core.xml" && f.originalSize < 1_000_000,
    });
    const core = parts["docProps/core.xml"];
    return core !== undefined && /<dc:creator>cchc<\/dc:creator>/.test(strFromU8(core));
  } catch {
    return false;
  }
}

/** Why a write failed, in the user's words (never the temporary file's name). */
export function writeFailure(e: unknown, lang: Lang): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return t(lang, "writeNoPermission");
    case "EROFS":
      return t(lang, "writeReadOnly");
    case "ENOSPC":
    case "EDQUOT":
      return t(lang, "writeDiskFull");
    case "EBUSY":
    case "ETXTBSY":
      return t(lang, "writeBusy");
    case "ENOTDIR":
    case "ENOENT":
    case "EEXIST":
      return t(lang, "writeNoFolder");
    case "EISDIR":
      return t(lang, "writeIsFolder");
    case "ENAMETOOLONG":
      return t(lang, "writeNameTooLong");
    default:
      return t(lang, "writeOther", typeof code === "string" ? code : "?");
  }
}

/**
 * writeOutput for bytes made piece by piece: `produce` hands each piece to its `write` as it is
 * made, straight into the temporary file (the whole output is never held), renamed over `path`
 * once complete. If `produce` throws, the temporary file is removed, `path` is left as it was,
 * and its error is thrown as it came; a failure to write is said as writeOutput says it.
 */
export function writeOutputStreamed(
  path: string,
  produce: (write: (chunk: Uint8Array) => void) => void,
  lang: Lang,
): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const cannotWrite = (e: unknown) =>
    new CliError(t(lang, "cannotWrite", displayPath(path), writeFailure(e, lang)), 2);
  let fd: number;
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    fd = openSync(tmp, "w");
  } catch (e) {
    throw cannotWrite(e);
  }
  let failedWrite: unknown = undefined;
  const cleanUp = () => {
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The error that matters is the one thrown below.
    }
  };
  try {
    produce((chunk) => {
      try {
        for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
      } catch (e) {
        failedWrite ??= e;
        throw e;
      }
    });
  } catch (e) {
    cleanUp();
    throw failedWrite !== undefined ? cannotWrite(failedWrite) : e;
  }
  try {
    if (failedWrite !== undefined) throw failedWrite;
    closeSync(fd);
    renameSync(tmp, path);
  } catch (e) {
    cleanUp();
    throw cannotWrite(e);
  }
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
    throw new CliError(t(lang, "cannotWrite", displayPath(path), writeFailure(e, lang)), 2);
  }
}
