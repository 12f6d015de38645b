/**
 * Decides whether bytes are an .xlsx we may hand to SheetJS, before inflating anything:
 * magic bytes (old .xls and password-protected workbooks are both OLE2/CFB files), text that
 * was renamed to .xlsx, then the zip's central directory (entry count, declared sizes,
 * compression ratio, the parts every workbook has). Only then are entries inflated — once,
 * bounded while inflating, checked against their local headers — into the parts the reader
 * hands to SheetJS, so SheetJS never unzips (and never trusts a local header) itself.
 */
import { isSkippedPart, unzipBounded, type InflateRaw } from "./unzip-bounded";
import { guardMessage, type BilingualMessage, type GuardReason } from "./messages";
import { readZipDirectory } from "./zip-directory";

export interface GuardLimits {
  /** File size in bytes. Default 50 MB. */
  maxBytes?: number;
  /**
   * Sum of the inflated sizes of the parts read (pictures and embedded files are not inflated),
   * the memory budget of one workbook. Default 32 MB: a unit's scoring table is ~40 KB, a
   * province's units list or survey a few MB; SheetJS needs ~6× this while parsing.
   */
  maxUncompressed?: number;
  /** Default 10,000. */
  maxEntries?: number;
  /** Largest uncompressed ÷ compressed ratio of one entry. Default 200. */
  maxRatio?: number;
}

export type GuardResult =
  | {
      ok: true;
      /** The inflated parts, keyed by name as SheetJS spells it (one char per byte). */
      parts: Map<string, Uint8Array>;
    }
  | { ok: false; reason: GuardReason; message: BilingualMessage };

export const DEFAULT_LIMITS: Required<GuardLimits> = {
  maxBytes: 50 * 1024 * 1024,
  maxUncompressed: 32 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 200,
};

/** Entries smaller than this are not judged by ratio: tiny repetitive XML compresses very well. */
const RATIO_FLOOR = 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, magic: number[]): boolean {
  if (b.length < magic.length) return false;
  return magic.every((m, i) => b[i] === m);
}

/** CFB directory entries store stream names in UTF-16LE. */
function containsUtf16(b: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= b.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (b[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Text: no NUL bytes and almost no control characters in the first 4 KB (UTF-8 or legacy 8-bit). */
function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return false;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control <= n / 100;
}

/** An HTML or XML file saved with an .xls/.xlsx name: text, but not a csv. */
function looksLikeMarkup(b: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(b.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return head.startsWith("<");
}

function refuse(reason: GuardReason, limits: Required<GuardLimits>): GuardResult {
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  return {
    ok: false,
    reason,
    message: guardMessage(reason, mb(reason === "too-much-data" ? limits.maxUncompressed : limits.maxBytes)),
  };
}

/**
 * `inflateRaw`: the host's native inflater (see unzip-bounded.ts); fflate without it. `only`:
 * inflate just the parts it names (every entry is still judged from the directory), for a caller
 * that reads one small part of a large workbook.
 */
export function guardXlsx(
  bytes: Uint8Array,
  limits: GuardLimits = {},
  inflateRaw?: InflateRaw,
  only?: (name: string) => boolean,
): GuardResult {
  const lim: Required<GuardLimits> = { ...DEFAULT_LIMITS, ...stripUndefined(limits) };
  if (bytes.length === 0) return refuse("empty", lim);
  if (bytes.length > lim.maxBytes) return refuse("too-large", lim);
  if (startsWith(bytes, CFB_MAGIC)) {
    const encrypted = containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo");
    if (encrypted) return refuse("encrypted", lim);
    // BIFF workbooks keep their cells in a "Workbook" (Excel 97+) or "Book" (Excel 5) stream; a .doc does not.
    const biff = containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book");
    return refuse(biff ? "xls" : "not-xlsx", lim);
  }
  if (!startsWith(bytes, [0x50, 0x4b])) {
    // Excel's "Unicode text" export is UTF-16 with a byte-order mark: tab-separated text.
    if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return refuse("csv", lim);
    if (looksLikeText(bytes) && !looksLikeMarkup(bytes)) return refuse("csv", lim);
    return refuse("not-xlsx", lim);
  }
  const dir = readZipDirectory(bytes, lim.maxEntries);
  if (!dir.ok) return refuse(dir.problem === "too-many-entries" ? "zip-bomb" : "corrupt", lim);
  let total = 0;
  const names = new Set<string>();
  for (const e of dir.entries) {
    // Two entries of one part: which one a reader takes is anyone's guess (checked here, not
    // while inflating, so a part `only` leaves out is held to it too).
    if (names.has(e.name) && !isSkippedPart(e.name) && !e.name.endsWith("/")) return refuse("corrupt", lim);
    names.add(e.name);
    if (e.flags & 1) return refuse("encrypted", lim);
    if (
      e.uncompressedSize > 0xffffffff ||
      e.compressedSize > bytes.length ||
      (e.method === 0 && e.uncompressedSize !== e.compressedSize)
    ) {
      return refuse(e.uncompressedSize > 0xffffffff ? "zip-bomb" : "corrupt", lim);
    }
    if (
      e.uncompressedSize >= RATIO_FLOOR &&
      e.uncompressedSize > lim.maxRatio * Math.max(1, e.compressedSize)
    ) {
      return refuse("zip-bomb", lim);
    }
    // The budget is the memory of what is inflated: a part `only` leaves out costs none (the
    // cli's own 4,556-unit ranking is 55 MB unzipped, and only its docProps are read).
    if (!isSkippedPart(e.name) && (!only || only(e.name))) total += e.uncompressedSize;
    if (total > lim.maxUncompressed) return refuse("too-much-data", lim);
  }
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) {
    // A zip, but not a workbook (an .ods, a .docx, an archive of files).
    return refuse("not-xlsx", lim);
  }
  const entries = only ? dir.entries.filter((e) => only(e.name)) : dir.entries;
  const unzipped = unzipBounded(bytes, entries, lim.maxUncompressed, inflateRaw);
  if (!unzipped.ok) return refuse(unzipped.problem, lim);
  return { ok: true, parts: unzipped.parts };
}

function stripUndefined(limits: GuardLimits): GuardLimits {
  const out: GuardLimits = {};
  for (const k of Object.keys(limits) as (keyof GuardLimits)[]) {
    const v = limits[k];
    if (typeof v === "number" && Number.isFinite(v)) out[k] = v;
  }
  return out;
}
