/**
 * Last year's figures for the report's "so với năm trước": read from the year record the ranking
 * workbook carries (the tool's machine-readable sheet), which holds every unit's exact index and
 * group whatever the sheets were renamed or edited to. A file without the record (a ranking from
 * an older version) falls back to reading the ranking sheets by their headers, and says so.
 */
import type { Grid } from "../grid/grid";
import { previousRanking, type PreviousGroup } from "../output/previous-ranking";
import { isYearRecordGrid, readYearRecord } from "./year-record-sheet";
import type { YearRecord } from "./year-record";

export type PreviousSource =
  | { source: "year-record"; year: number | null; groups: PreviousGroup[] }
  | { source: "headers"; groups: PreviousGroup[]; reason: "no-record" | "unreadable"; detail?: string };

/** Per group, each ranked unit's index from a year record (held-out units have no index there). */
export function previousFromRecord(record: YearRecord): PreviousGroup[] {
  const groups = new Map<string, Map<string, number>>();
  for (const u of record.units) {
    if (u.index === null || u.rank === null) continue;
    let g = groups.get(u.group);
    if (!g) groups.set(u.group, (g = new Map()));
    g.set(u.unit, u.index);
  }
  return [...groups].map(([group, indexes]) => ({ group, indexes }));
}

export function previousYear(grids: readonly Grid[]): PreviousSource {
  const grid = grids.find(isYearRecordGrid);
  if (!grid) return { source: "headers", groups: previousRanking(grids), reason: "no-record" };
  const read = readYearRecord(grid);
  if (!read.ok)
    return { source: "headers", groups: previousRanking(grids), reason: "unreadable", detail: read.detail };
  return { source: "year-record", year: read.record.year, groups: previousFromRecord(read.record) };
}
