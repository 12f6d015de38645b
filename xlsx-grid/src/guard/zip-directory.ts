/**
 * Reads a zip's central directory without inflating anything: entry names, declared sizes,
 * compression methods and where each entry's data lies. Enough to refuse a zip bomb before a
 * single byte is inflated. Supports zip64 records (Excel writes them for very large files).
 */
export interface ZipEntry {
  name: string;
  /** The name's bytes as stored, to compare with the local header. */
  rawName: Uint8Array;
  method: number;
  /** General-purpose flags; bit 0 = the entry is encrypted. */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: "corrupt" }
  | { ok: false; problem: "too-many-entries"; count: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 0xffff;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

/** 64-bit little-endian as a double: exact up to 2^53, far above any limit we apply. */
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - MAX_COMMENT);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD) return i;
  return -1;
}

/** Names are UTF-8 when flag bit 11 is set; otherwise CP437, which for ASCII names is the same. */
function decodeName(b: Uint8Array, start: number, len: number): string {
  return new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(start, start + len));
}

const CORRUPT = { ok: false, problem: "corrupt" } as const;

/** Stops before reading the records when the declared count is above `maxEntries`. */
export function readZipDirectory(b: Uint8Array, maxEntries: number): ZipDirectory {
  if (b.length < 22) return CORRUPT;
  const eocd = findEocd(b);
  if (eocd < 0) return CORRUPT;
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== ZIP64_LOCATOR) return CORRUPT;
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== ZIP64_EOCD) return CORRUPT;
    count = u64(b, rec + 32);
    cdSize = u64(b, rec + 40);
    cdOffset = u64(b, rec + 48);
  }
  if (cdOffset + cdSize > b.length) return CORRUPT;
  if (count > maxEntries) return { ok: false, problem: "too-many-entries", count };
  // Each central record is at least 46 bytes: a count the directory cannot hold is a lie.
  if (count * 46 > cdSize) return CORRUPT;
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const end = cdOffset + cdSize;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || u32(b, p) !== CENTRAL) return CORRUPT;
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > end) return CORRUPT;
    const name = decodeName(b, p + 46, nameLen);
    // Zip64 extended information: the 64-bit values appear in this order, only for fields set to 0xFFFFFFFF.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(b, x);
      const size = u16(b, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const stop = x + 4 + size;
        if (uncompressedSize === 0xffffffff && q + 8 <= stop) {
          uncompressedSize = u64(b, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= stop) {
          compressedSize = u64(b, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= stop) localHeaderOffset = u64(b, q);
      }
      x += 4 + size;
    }
    const rawName = b.subarray(p + 46, p + 46 + nameLen);
    entries.push({ name, rawName, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}
