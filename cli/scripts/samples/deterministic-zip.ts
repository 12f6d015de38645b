/** Re-zips an .xlsx with a fixed timestamp and order, so a generated file is the same bytes every run. */
import { unzipSync, zipSync, type Zippable } from "fflate";

const MTIME = new Date(Date.UTC(2025, 11, 15, 0, 0, 0));

export function deterministicZip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const names = Object.keys(files).sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const out: Zippable = {};
  for (const n of names) out[n] = [files[n]!, { mtime: MTIME, level: 6 }];
  return zipSync(out, { mtime: MTIME });
}
