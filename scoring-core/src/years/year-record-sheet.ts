/**
 * The year record inside a workbook: a tool sheet whose first cell is a marker and whose column A
 * holds the JSON in chunks (a cell holds at most 32,767 characters). Each chunk starts with "j:"
 * so no chunk can begin with "=", "+", "-" or "@" and be taken for a formula by a host.
 */
import type { Grid } from "../grid/grid";
import { YEAR_RECORD_KIND, YearRecordSchema, type YearRecord } from "./year-record";

export const YEAR_RECORD_SHEET = "Dữ liệu CCHC (máy đọc)";
const CHUNK = 30_000;
const PREFIX = "j:";
const NOTE = "Dữ liệu kết quả năm cho công cụ đọc lại (xu hướng các năm) — không sửa sheet này.";

/** Rows of the tool sheet: the marker row, then one chunk per row. */
export function yearRecordRows(record: YearRecord): string[][] {
  const json = JSON.stringify(YearRecordSchema.parse(record));
  const rows: string[][] = [[YEAR_RECORD_KIND, String(record.version), NOTE]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([PREFIX + json.slice(i, i + CHUNK)]);
  return rows;
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
