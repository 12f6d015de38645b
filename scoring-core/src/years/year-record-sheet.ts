/**
 * The year record inside a workbook: a tool sheet whose first cell is a marker and whose column A
 * holds the JSON in chunks (a cell holds at most 32,767 characters). Each chunk starts with "j:"
 * so no chunk can begin with "=", "+", "-" or "@" and be taken for a formula by a host.
 */
import type { Grid } from "../grid/grid";
import {
  UnitYearSchema,
  YEAR_RECORD_KIND,
  YearRecordSchema,
  type YearRecord,
  type YearRecordSource,
} from "./year-record";

export const YEAR_RECORD_SHEET = "Dữ liệu CCHC (máy đọc)";
const CHUNK = 30_000;
const PREFIX = "j:";
const NOTE = "Dữ liệu kết quả năm cho công cụ đọc lại (xu hướng các năm) — không sửa sheet này.";

/** Rows of the tool sheet: the marker row, then one chunk per row. */
export function yearRecordRows(record: YearRecord): string[][] {
  return [...yearRecordRowStream(record)];
}

/**
 * yearRecordRows one row at a time, for a writer that streams (the cli's ranking of a whole
 * country: ≈ 8 KB of JSON per unit). The head and then each unit are checked against the schema
 * and serialised in turn, so neither the whole JSON nor a checked copy of the record is ever
 * held; the text is JSON.stringify of the checked record, cut at the same places. The record's
 * units may be made as they are read (rankingYearRecordSource).
 */
export function* yearRecordRowStream(record: YearRecord | YearRecordSource): Generator<string[]> {
  yield [YEAR_RECORD_KIND, String(record.version), NOTE];
  const { units, ...head } = record;
  // '{…,"units":[]}' without its last two characters: the units follow, then "]}".
  let text = JSON.stringify(YearRecordSchema.parse({ ...head, units: [] })).slice(0, -2);
  let first = true;
  for (const unit of units) {
    text += (first ? "" : ",") + JSON.stringify(UnitYearSchema.parse(unit));
    first = false;
    while (text.length >= CHUNK) {
      const n = cutAt(text);
      yield [PREFIX + text.slice(0, n)];
      text = text.slice(n);
    }
  }
  text += "]}";
  while (text.length > 0) {
    const n = cutAt(text);
    yield [PREFIX + text.slice(0, n)];
    text = text.slice(n);
  }
}

/**
 * Where a chunk ends: CHUNK characters, one fewer rather than part a surrogate pair (writers
 * drop a lone half as XML-forbidden, which would break the JSON of a name with an emoji).
 */
function cutAt(text: string): number {
  if (text.length <= CHUNK) return text.length;
  const last = text.charCodeAt(CHUNK - 1);
  return last >= 0xd800 && last <= 0xdbff ? CHUNK - 1 : CHUNK;
}

export type YearRecordRead =
  { ok: true; record: YearRecord } | { ok: false; reason: "no-record" | "unreadable"; detail: string };

/** True when a grid holds a year record (its first cell is the marker). */
export function isYearRecordGrid(grid: Grid): boolean {
  return grid.values[0]?.[0] === YEAR_RECORD_KIND;
}

/** Reads a year record back from its tool sheet; a damaged sheet is a reason, never a throw. */
export function readYearRecord(grid: Grid): YearRecordRead {
  if (!isYearRecordGrid(grid)) return { ok: false, reason: "no-record", detail: grid.sheet };
  let json = "";
  for (let r = 1; r < grid.values.length; r++) {
    const v = grid.values[r]?.[0];
    if (typeof v !== "string" || !v.startsWith(PREFIX)) break;
    json += v.slice(PREFIX.length);
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, reason: "unreadable", detail: e instanceof Error ? e.message : String(e) };
  }
  const parsed = YearRecordSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      reason: "unreadable",
      detail: `${first?.path.join(".") ?? ""}: ${first?.message ?? ""}`,
    };
  }
  return { ok: true, record: parsed.data };
}
