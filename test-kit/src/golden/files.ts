/**
 * The golden province's committed files (cli/samples/golden/, DỮ LIỆU MẪU) as a host receives
 * them: bytes, a name and the modification time the duplicate rule reads (git does not keep file
 * times, so they come from ./province.ts). Each host reads the bytes its own way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GOLDEN_EPOCH, UNITS } from "./province";

/** cli/samples/golden, from test-kit/src/golden (a function: the generator script loads this module as ESM). */
export function goldenDir(): string {
  return join(__dirname, "..", "..", "..", "cli", "samples", "golden");
}

export interface GoldenFile {
  name: string;
  data: ArrayBuffer;
  /** ms since the epoch (null: not a unit file of the province, e.g. the blank template). */
  modified: number | null;
}

function bytes(path: string): ArrayBuffer {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** The stated modification time of a unit file (days after GOLDEN_EPOCH), else null. */
export function goldenModified(file: string): number | null {
  const u = UNITS.find((x) => x.file === file);
  return u ? GOLDEN_EPOCH + u.modifiedDay * 86_400_000 : null;
}

/** Every file of don-vi/ (units, the duplicate, the blank template, the earlier ranking, the .xls), by name. */
export function goldenUnitFiles(): GoldenFile[] {
  const dir = join(goldenDir(), "don-vi");
  return readdirSync(dir)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({ name, data: bytes(join(dir, name)), modified: goldenModified(name) }));
}

/** The survey (ĐTXHH) totals: names spelled differently on purpose; Sở Y tế missing. */
export function goldenSurveyFile(): GoldenFile {
  return {
    name: "dieu-tra-xa-hoi-hoc.xlsx",
    data: bytes(join(goldenDir(), "dieu-tra-xa-hoi-hoc.xlsx")),
    modified: null,
  };
}

/** The three small criteria sets (departments, communes, districts), as JSON a host would load. */
export function goldenSetJson(): unknown[] {
  const dir = join(goldenDir(), "bo-tieu-chi");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown);
}
