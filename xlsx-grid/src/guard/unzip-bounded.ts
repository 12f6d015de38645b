/**
 * Inflates a workbook's parts once, into the bytes SheetJS then parses, with every limit
 * enforced while inflating. SheetJS's own unzip trusts each local file header: it allocates what
 * the header claims (a 10 KB file claiming 400 MB) and inflates until the stream ends (a 10 KB
 * file inflating to gigabytes). Here the central directory and the local header must agree on
 * name, method and sizes; an entry's stream must end exactly at its compressed size and inflate
 * to exactly its declared size; the running total may not pass the workbook's budget. Output is
 * written chunk by chunk into one buffer of the declared size, so a lie costs at most one chunk.
 */
import { Inflate, inflateSync } from "fflate";
import type { ZipEntry } from "./zip-directory";

/** Input pushed per step: deflate expands at most ~1032×, so one step yields at most ~66 MB. */
const CHUNK = 64 * 1024;
/**
 * Entries up to this compressed size are inflated in one call into a buffer one byte larger
 * than declared (so inflating past the declaration shows): even a bomb can then cost at most
 * ~1032 × 64 KB of work. Streaming costs an allocation per deflate block; most parts are small.
 */
const ONE_CALL = 64 * 1024;

/**
 * A raw-deflate inflater supplied by the host (the cli passes Node's zlib, several times faster
 * than fflate): it must throw a RangeError as soon as the output would pass `maxOutput` bytes
 * (Node's `maxOutputLength` does), and any other error for a broken stream.
 */
export type InflateRaw = (data: Uint8Array, maxOutput: number) => Uint8Array;

export type Unzipped =
  | { ok: true; parts: Map<string, Uint8Array> }
  | { ok: false; problem: "corrupt" | "zip-bomb" | "too-much-data" };

/**
 * Parts SheetJS never needs to read a grid: pictures, embedded documents (scanned evidence),
 * printer settings, thumbnails, and the theme (SheetJS reads it only with cellStyles, which the
 * reader never sets). They are not inflated, so they cost neither time nor budget.
 */
const SKIPPED =
  /^(xl\/media\/|xl\/embeddings\/|xl\/printerSettings\/|xl\/activeX\/|xl\/theme\/|docProps\/thumbnail)|\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg)$/i;

export function isSkippedPart(name: string): boolean {
  return SKIPPED.test(name);
}

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

const LOCAL = 0x04034b50;

/**
 * Where the entry's data starts, after checking its local header against the directory: -1 when
 * the header is missing or names another entry, -2 when it claims other sizes (how a bomb hides).
 */
function checkedDataOffset(b: Uint8Array, e: ZipEntry): number {
  const o = e.localHeaderOffset;
  if (o + 30 > b.length || u32(b, o) !== LOCAL) return -1;
  const flags = u16(b, o + 6);
  if (u16(b, o + 8) !== e.method) return -1;
  if ((flags & 1) !== (e.flags & 1)) return -1;
  const csz = u32(b, o + 18);
  const usz = u32(b, o + 22);
  const nameLen = u16(b, o + 26);
  const extraLen = u16(b, o + 28);
  const start = o + 30 + nameLen + extraLen;
  if (start > b.length) return -1;
  if (nameLen !== e.rawName.length) return -1;
  for (let i = 0; i < nameLen; i++) if (b[o + 30 + i] !== e.rawName[i]) return -1;
  // Sizes after the data (flag bit 3): the header may hold zeros. Zip64: 0xFFFFFFFF, real sizes in the extra field.
  const agrees = (local: number, central: number) =>
    local === central || local === 0xffffffff || ((flags & 8) !== 0 && local === 0);
  if (!agrees(csz, e.compressedSize) || !agrees(usz, e.uncompressedSize)) return -2;
  return start;
}

class Refused extends Error {
  constructor(readonly problem: "zip-bomb" | "too-much-data") {
    super(problem);
  }
}

/** Inflates `data` into exactly `size` bytes, or throws as soon as it would pass `size` or `budget`. */
function inflateExactly(data: Uint8Array, size: number, budget: number, native?: InflateRaw): Uint8Array {
  if (size > budget) throw new Refused("too-much-data");
  if (data.length === 0) throw new Error("empty deflate stream");
  if (native) {
    let got: Uint8Array;
    try {
      // One byte more than declared, so inflating past the declaration shows.
      got = native(data, size + 1);
    } catch (e) {
      // By name: a RangeError from another realm (a test sandbox) fails instanceof.
      throw (e as { name?: unknown } | null)?.name === "RangeError" ? new Refused("zip-bomb") : e;
    }
    if (got.length > size) throw new Refused("zip-bomb");
    if (got.length !== size) throw new Error("size mismatch");
    // A plain view (not a Node Buffer), so SheetJS reads it exactly as it reads fflate's output.
    return new Uint8Array(got.buffer, got.byteOffset, got.length);
  }
  if (data.length <= ONE_CALL) {
    const got = inflateSync(data, { out: new Uint8Array(size + 1) });
    if (got.length > size) throw new Refused("zip-bomb");
    if (got.length !== size) throw new Error("size mismatch");
    // A view, not a copy: the one spare byte stays with it (the native path's buffers are views too).
    return got.subarray(0, size);
  }
  const out = new Uint8Array(size);
  let written = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    if (written + chunk.length > size) throw new Refused("zip-bomb");
    out.set(chunk, written);
    written += chunk.length;
    if (final) ended = true;
  });
  for (let p = 0; p < data.length; p += CHUNK) {
    const end = Math.min(p + CHUNK, data.length);
    inflate.push(data.subarray(p, end), end === data.length);
  }
  if (!ended || written !== size) throw new Error("size mismatch");
  return out;
}

/**
 * The parts SheetJS reads, keyed by the name as SheetJS spells it (one char per byte). `budget`
 * caps the sum of their inflated sizes: the memory a workbook may cost.
 */
export function unzipBounded(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  budget: number,
  inflateRaw?: InflateRaw,
): Unzipped {
  const parts = new Map<string, Uint8Array>();
  let used = 0;
  for (const e of entries) {
    const start = checkedDataOffset(bytes, e);
    if (start === -2) return { ok: false, problem: "zip-bomb" };
    if (start < 0 || start + e.compressedSize > bytes.length) return { ok: false, problem: "corrupt" };
    if (e.name.endsWith("/")) {
      // A folder: nothing to read, and nothing may hide in it (an empty deflate stream is 2 bytes).
      if (e.uncompressedSize !== 0 || e.compressedSize > 2) return { ok: false, problem: "zip-bomb" };
      continue;
    }
    if (isSkippedPart(e.name)) continue;
    let key = "";
    for (const c of e.rawName) key += String.fromCharCode(c);
    if (parts.has(key)) return { ok: false, problem: "corrupt" };
    const data = bytes.subarray(start, start + e.compressedSize);
    let content: Uint8Array;
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) return { ok: false, problem: "corrupt" };
      if (data.length > budget - used) return { ok: false, problem: "too-much-data" };
      content = data;
    } else if (e.method === 8) {
      try {
        content = inflateExactly(data, e.uncompressedSize, budget - used, inflateRaw);
      } catch (err) {
        return { ok: false, problem: err instanceof Refused ? err.problem : "corrupt" };
      }
    } else {
      return { ok: false, problem: "corrupt" };
    }
    used += content.length;
    parts.set(key, content);
  }
  return { ok: true, parts };
}
