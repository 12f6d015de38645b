/** A1 ranges as rectangles, for "is this cell editable?" and for grouping cells into sqrefs. */
import { a1, parseA1 } from "@cchc/scoring-core";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "F8:G20", "F8", "$F$8" → rectangle; null when not an A1 range. */
export function parseRange(ref: string): Rect | null {
  const [from, to = from] = ref.replace(/^.*!/, "").split(":");
  const a = from ? parseA1(from) : null;
  const b = to ? parseA1(to) : null;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function inAny(rects: Rect[], row: number, col: number): boolean {
  return rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

/** Cells of one column as runs of consecutive rows: "F8:F10 F14" (sorted, deduplicated). */
export function columnRuns(col: number, rows: number[]): string[] {
  const sorted = [...new Set(rows)].sort((x, y) => x - y);
  const out: string[] = [];
  let start = -1;
  let prev = -1;
  for (const r of [...sorted, Number.NaN]) {
    if (start >= 0 && r === prev + 1) {
      prev = r;
      continue;
    }
    if (start >= 0) out.push(start === prev ? a1(start, col) : `${a1(start, col)}:${a1(prev, col)}`);
    start = r;
    prev = r;
  }
  return out;
}
