/**
 * A zip's directory can lie: an entry declared as 1 KB may inflate to gigabytes. Before SheetJS
 * inflates anything, stream every entry through fflate in small chunks, counting output bytes,
 * and stop as soon as an entry exceeds what it declared or the total exceeds the cap. Memory
 * stays bounded by the chunk size (deflate expands at most ~1032×).
 */
import { Inflate } from "fflate";
import { entryDataOffset, type ZipEntry } from "./zip-directory";

const CHUNK = 16 * 1024;

export type InflateCheck = "ok" | "corrupt" | "zip-bomb";

class TooBig extends Error {}

function inflatedSize(data: Uint8Array, limit: number): number {
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new TooBig();
  });
  for (let p = 0; p < data.length; p += CHUNK) {
    const end = Math.min(p + CHUNK, data.length);
    inflate.push(data.subarray(p, end), end === data.length);
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  return total;
}

export function checkInflatedSizes(
  bytes: Uint8Array,
  entries: ZipEntry[],
  maxUncompressed: number,
): InflateCheck {
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith("/") && e.uncompressedSize === 0) continue;
    const start = entryDataOffset(bytes, e);
    if (start < 0 || start + e.compressedSize > bytes.length) return "corrupt";
    const data = bytes.subarray(start, start + e.compressedSize);
    // Output may not exceed the declared size, nor what is left of the total budget.
    const limit = Math.min(e.uncompressedSize, maxUncompressed - total);
    let size: number;
    if (e.method === 0) {
      size = data.length;
      if (size > limit) return "zip-bomb";
    } else if (e.method === 8) {
      try {
        size = inflatedSize(data, limit);
      } catch (err) {
        if (err instanceof TooBig) return "zip-bomb";
        return "corrupt";
      }
    } else {
      return "corrupt";
    }
    if (size !== e.uncompressedSize) return "corrupt";
    total += size;
  }
  return "ok";
}
