/**
 * Finds a scoring table's header in the first 30 rows: one row, or two rows with a merged group
 * ("Điểm") over sub-columns ("Tối đa | Tự đánh giá | Thẩm định lần 1 | lần 2"). Each header cell
 * is folded once (and memoised across sheets); scanning stops a few rows after a complete header.
 */
import type { CellValue, Grid, MergedArea } from "../grid/grid";
import { cleanText } from "../grid/fold-text";
import { foldWords } from "../grid/fold-cache";
import { isScoreGroup, matchHeaderRole, type RoleMatch } from "./header-roles";
import type { ColumnRole } from "./types";

export const HEADER_SCAN_ROWS = 30;

export interface HeaderColumn {
  role: ColumnRole;
  /** 0-based grid column. */
  col: number;
  /** Header text as found (both rows joined by " / " for two-row headers). */
  header: string;
  /** 0-based grid row of the header cell naming the column. */
  row: number;
  weak: boolean;
  /** Grid cells the header text comes from (filled into `header` once the header is chosen). */
  upperAt?: [number, number] | null;
  lowerAt?: [number, number] | null;
}

export interface HeaderDuplicate {
  role: ColumnRole;
  first: HeaderColumn;
  second: HeaderColumn;
}

export interface HeaderFound {
  /** 0-based grid rows of the header (one or two). */
  rows: number[];
  columns: Map<ColumnRole, HeaderColumn>;
  duplicates: HeaderDuplicate[];
  /** How complete the header is, 0..1. */
  score: number;
}

const WEIGHTS: Record<ColumnRole, number> = {
  code: 2,
  title: 2,
  max: 3,
  self: 3,
  appraisal1: 1,
  appraisal2: 1,
  rule: 1,
  declared: 1,
  evidence: 1,
  explanation: 1,
  appraisalNote: 1,
};
/** code + title + max + self + 1 more: a complete header. */
const FULL = 11;

function textOf(v: CellValue | undefined): string {
  return typeof v === "string" ? v : "";
}

/** The header rows' merges, indexed for lookups. */
class MergeIndex {
  private readonly byCell = new Map<number, MergedArea>();
  constructor(
    merges: MergedArea[] | undefined,
    maxRow: number,
    private readonly width: number,
  ) {
    if (!merges) return;
    for (const m of merges) {
      if (m.top > maxRow || m.bottom < 0 || m.right - m.left > 200 || m.bottom - m.top > 200) continue;
      for (let r = Math.max(0, m.top); r <= Math.min(m.bottom, maxRow); r++)
        for (let c = Math.max(0, m.left); c <= Math.min(m.right, width - 1); c++)
          this.byCell.set(r * width + c, m);
    }
  }
  at(r: number, c: number): MergedArea | undefined {
    return c < this.width ? this.byCell.get(r * this.width + c) : undefined;
  }
}

interface Candidate {
  rows: number[];
  columns: Map<ColumnRole, HeaderColumn>;
  duplicates: HeaderDuplicate[];
  weight: number;
}

/** Finds the header; `lastRow` (0-based grid row) forces where it ends. null: none. */
export function findHeader(grid: Grid, lastRow: number | null = null): HeaderFound | null {
  const n = grid.values.length;
  const limit = lastRow === null ? Math.min(HEADER_SCAN_ROWS, n) : Math.min(lastRow + 1, n);
  if (limit <= 0 || (lastRow !== null && lastRow < 0)) return null;
  let width = 0;
  for (let r = 0; r < limit; r++) {
    const len = grid.values[r]?.length ?? 0;
    if (len > width) width = len;
  }
  width = Math.min(width, 200);
  const merges = new MergeIndex(grid.merges, limit, width);
  const words = new Map<number, string>();
  const wordsAt = (r: number, c: number): string => {
    const key = r * width + c;
    let w = words.get(key);
    if (w === undefined) {
      const t = textOf(grid.values[r]?.[c]);
      w = t === "" || t.length > 200 ? "" : foldWords(t);
      words.set(key, w);
    }
    return w;
  };

  let best: Candidate | null = null;
  const first = lastRow === null ? 0 : lastRow;
  for (let L = first; L < limit; L++) {
    const one = evaluate(grid, merges, wordsAt, width, L, null);
    if (one && (!best || one.weight > best.weight)) best = one;
    if (L > 0 && rowHasText(grid.values[L - 1])) {
      const two = evaluate(grid, merges, wordsAt, width, L, L - 1);
      if (two && (!best || two.weight > best.weight)) best = two;
    }
    // A complete header: only a second header row right below it could still improve on it.
    if (lastRow === null && best && best.weight >= FULL && L >= best.rows[best.rows.length - 1]! + 1) break;
  }
  if (!best) return null;
  const textAt = (at: [number, number] | null | undefined) =>
    at ? cleanText(textOf(grid.values[at[0]]?.[at[1]])) : "";
  for (const h of [...best.columns.values(), ...best.duplicates.map((d) => d.second)]) {
    const up = textAt(h.upperAt);
    const low = textAt(h.lowerAt);
    h.header = up !== "" && low !== "" ? `${up} / ${low}` : up || low;
  }
  return {
    rows: best.rows,
    columns: best.columns,
    duplicates: best.duplicates,
    score: Math.min(1, best.weight / FULL),
  };
}

function rowHasText(row: CellValue[] | undefined): boolean {
  if (!Array.isArray(row)) return false;
  for (const v of row) if (typeof v === "string" && v !== "") return true;
  return false;
}

function evaluate(
  grid: Grid,
  merges: MergeIndex,
  wordsAt: (r: number, c: number) => string,
  width: number,
  L: number,
  U: number | null,
): Candidate | null {
  const columns = new Map<ColumnRole, HeaderColumn>();
  const duplicates: HeaderDuplicate[] = [];
  const lowerRow = grid.values[L];
  if (!lowerRow) return null;
  let twoRowsUsed = false;
  for (let c = 0; c < width; c++) {
    let lower = c < lowerRow.length ? wordsAt(L, c) : "";
    let match: RoleMatch | null = null;
    let upperAt: [number, number] | null = null;
    let lowerAt: [number, number] | null = null;
    let row = L;
    if (U === null) {
      if (lower !== "") {
        match = matchHeaderRole(lower);
        lowerAt = [L, c];
      }
    } else {
      const lm = merges.at(L, c);
      // The lower cell is the bottom of a vertical merge starting above: it has no text of its own.
      if (lm && lm.top < L) lower = "";
      const um = merges.at(U, c);
      const ur = um ? um.top : U;
      const uc = um ? um.left : c;
      const upper = ur >= 0 ? wordsAt(ur, uc) : "";
      const horizontal = um !== undefined && um.right > um.left;
      if (upper !== "" && lower !== "") {
        match = matchHeaderRole(`${upper} ${lower}`) ?? matchHeaderRole(lower);
        if (match && (horizontal || isScoreGroup(upper))) twoRowsUsed = true;
        upperAt = [ur, uc];
        lowerAt = [L, c];
      } else if (lower !== "") {
        match = matchHeaderRole(lower);
        lowerAt = [L, c];
      } else if (upper !== "" && !horizontal) {
        match = matchHeaderRole(upper);
        upperAt = [ur, uc];
        row = ur;
      }
    }
    if (!match) continue;
    const col: HeaderColumn = {
      role: match.role,
      col: c,
      header: "",
      row,
      weak: match.weak,
      upperAt,
      lowerAt,
    };
    const prev = columns.get(match.role);
    if (!prev) columns.set(match.role, col);
    else if (prev.weak && !col.weak) columns.set(match.role, col);
    else if (!col.weak && !prev.weak) duplicates.push({ role: match.role, first: prev, second: col });
  }
  // A two-row reading must actually use its upper row as a group; otherwise the one-row reading stands.
  if (U !== null && !twoRowsUsed) return null;
  const has = (r: ColumnRole) => columns.has(r);
  if (!(has("code") || has("title")) || !(has("max") || has("self") || has("appraisal1"))) return null;
  let weight = 0;
  for (const role of columns.keys()) weight += WEIGHTS[role];
  // Prefer fewer header rows on a tie (the loop keeps the first of equal weights).
  return { rows: U === null ? [L] : [U, L], columns, duplicates, weight };
}
