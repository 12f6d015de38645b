/**
 * Which cells to mark for a report: cells named by errors and warnings, merged into vertical runs
 * of one severity (hosts colour warnings amber, errors red). A cell with both is an error.
 */
import { parseA1, rangeA1 } from "../grid/address";
import type { ValidationReport } from "../reports/schemas";
import type { CellMark } from "./port";

type Severity = NonNullable<CellMark["severity"]>;

/** Conditional formats are cheap but not free: past this many runs, the rest stay unmarked. */
export const MAX_MARK_RUNS = 1000;

export function markRuns(report: ValidationReport): { marks: CellMark[]; cells: number } {
  const bySheetCol = new Map<string, { sheet: string; col: number; rows: Map<number, Severity> }>();
  for (const issue of report.issues) {
    if (issue.severity === "info" || !issue.cell) continue;
    const at = parseA1(issue.cell);
    if (!at) continue;
    const sheet = issue.sheet ?? report.sheet;
    const key = `${sheet}\u0000${at.col}`;
    let entry = bySheetCol.get(key);
    if (!entry) bySheetCol.set(key, (entry = { sheet, col: at.col, rows: new Map() }));
    if (entry.rows.get(at.row) !== "error") entry.rows.set(at.row, issue.severity);
  }
  const marks: CellMark[] = [];
  let cells = 0;
  for (const { sheet, col, rows } of bySheetCol.values()) {
    const sorted = [...rows.keys()].sort((a, b) => a - b);
    let start = sorted[0]!;
    let prev = start;
    const push = (from: number, to: number) => {
      if (marks.length >= MAX_MARK_RUNS) return;
      marks.push({
        sheet,
        address: from === to ? rangeA1(from, col, to, col).split(":")[0]! : rangeA1(from, col, to, col),
        severity: rows.get(from)!,
      });
      cells += to - from + 1;
    };
    for (const r of sorted.slice(1)) {
      if (r === prev + 1 && rows.get(r) === rows.get(prev)) {
        prev = r;
        continue;
      }
      push(start, prev);
      start = prev = r;
    }
    push(start, prev);
  }
  return { marks, cells };
}
