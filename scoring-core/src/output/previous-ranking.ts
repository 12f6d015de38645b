/**
 * Last year's ranking workbook (one the tool wrote) read back for the report's "change from last
 * year": per group, each unit's index from the ranking sheets ("Xếp hạng - <nhóm>"), found by
 * their "Đơn vị" and "Chỉ số (%)" headers. Text cells ("chưa có") are left out, never read as 0.
 */
import type { Grid } from "../grid/grid";
import { foldText } from "../grid/fold-text";

export interface PreviousGroup {
  group: string;
  /** Unit name → index (%). */
  indexes: Map<string, number>;
}

const PREFIXES = ["xep hang - ", "ranking - "];

export function previousRanking(grids: readonly Grid[]): PreviousGroup[] {
  const out: PreviousGroup[] = [];
  for (const g of grids) {
    const name = foldText(g.sheet);
    const prefix = PREFIXES.find((p) => name.startsWith(p));
    if (!prefix) continue;
    const group = g.sheet.slice(prefix.length).trim();
    const headerRow = g.values.findIndex((row) => {
      const folded = row.map((c) => (typeof c === "string" ? foldText(c) : ""));
      return (
        folded.some((c) => c === "don vi" || c === "unit") &&
        folded.some((c) => c.startsWith("chi so") || c.startsWith("index"))
      );
    });
    if (headerRow < 0) continue;
    const header = g.values[headerRow]!.map((c) => (typeof c === "string" ? foldText(c) : ""));
    const unitCol = header.findIndex((c) => c === "don vi" || c === "unit");
    const indexCol = header.findIndex((c) => c.startsWith("chi so") || c.startsWith("index"));
    const indexes = new Map<string, number>();
    for (const row of g.values.slice(headerRow + 1)) {
      const unit = row[unitCol];
      const index = row[indexCol];
      if (typeof unit !== "string" || unit.trim() === "") break;
      if (typeof index === "number" && Number.isFinite(index)) indexes.set(unit.trim(), index);
    }
    out.push({ group, indexes });
  }
  return out;
}
