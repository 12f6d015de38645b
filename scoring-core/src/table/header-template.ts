/**
 * The header search's template memo: the units of a province fill one template, so the header
 * search (find-header.ts) is done once per template and replayed for every other sheet.
 *
 * A search is a deterministic program over the first rows of the grid. A traced search writes
 * down everything it learnt from them: the scan's row count and width, the merges it saw, a copy
 * of every row it visited, which rows it read whole texts from (the rows it evaluated as a
 * header, and the tops of merges over them), and, for the other visited rows, only the yes/no
 * answers it asked about them (does this cell have words? does this row have text?). A later
 * grid that gives every one of those answers again makes the search take the same path to the
 * same result, which it gets without searching. So the title rows above the header may name
 * another unit ("SỞ TƯ PHÁP" for "SỞ Y TẾ"): only whether such a cell has words is checked, and
 * only for cells whose value differs from the template's.
 *
 * Only the rows the result's texts come from (its own rows and the tops of merges over them)
 * must be the template's cell for cell. Other rows the search read texts from — a title row
 * naming the unit, evaluated as a header because it has two worded cells; the first body row,
 * evaluated as a header or as a header's lower row, whose score sums differ from unit to unit —
 * may differ: the search's evaluations that read a differing row are done again on the grid, and
 * each must give the candidate the template's search got (`Recheck`).
 *
 * The result (HeaderFound) is shared by every sheet that matched the template: read-only.
 */
import type { CellValue, Grid, MergedArea } from "../grid/grid";
import { foldWords } from "../grid/fold-cache";
import { ownString } from "../memo/own-string";
import type { HeaderSearch } from "./find-header";

/** A cell's answer in a trace: not asked, no words, words. */
export const UNASKED = 0;
export const EMPTY = 1;
export const WORDED = 2;

/** Templates remembered (a province mixes a few: departments, communes, annexes). */
const TEMPLATES_KEPT = 4;
/** Rows wider than this are not copied into a template (the search is then not remembered). */
const ROW_COPY_LIMIT = 512;

export function textOf(v: CellValue | undefined): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

/** A header cell's folded words ("" for none, and for texts too long to be a header). */
export function cellWords(v: CellValue | undefined): string {
  const t = textOf(v);
  return t === "" || t.length > 200 ? "" : foldWords(t);
}

/**
 * cellWords(v) !== "", without folding a text that holds an ASCII letter, digit or "%" (folding
 * keeps those, so it has words): a unit's name in the title rows is new in every workbook.
 */
export function hasWords(v: CellValue | undefined): boolean {
  const t = textOf(v);
  if (t === "" || t.length > 200) return false;
  return ASCII_WORD.test(t) || foldWords(t) !== "";
}
const ASCII_WORD = /[A-Za-z0-9%]/;

export function rowHasText(row: CellValue[] | undefined): boolean {
  if (!Array.isArray(row)) return false;
  for (const v of row) if (typeof v === "string" && v !== "") return true;
  return false;
}

/** Whether the search indexes a merge (scanning rows up to `maxRow`). */
export function mergeInScan(m: MergedArea, maxRow: number): boolean {
  return !(m.top > maxRow || m.bottom < 0 || m.right - m.left > 200 || m.bottom - m.top > 200);
}

/** What one search learnt from its grid (filled by find-header.ts's runSearch). */
export class SearchTrace {
  /** Answers per cell of the visited rows (row × width + column): UNASKED, EMPTY, WORDED. */
  facts: Uint8Array = new Uint8Array(0);
  /** Per row: 1 if the search read whole texts from it. */
  consumed: Uint8Array = new Uint8Array(0);
  /** Per row: -1 not asked, else whether rowHasText said yes. */
  hasText: Int8Array = new Int8Array(0);
  /** Rows visited: 0 … rows − 1. */
  rows = 0;
  /** The header evaluations made, in order: lower row, upper row (-1: a one-row reading). */
  calls: number[] = [];
  /** Per evaluation, the rows it read texts from (bit r: row r; rows < 31). */
  masks: number[] = [];
  /** What each evaluation gave, as find-header.ts's candidate signature ("" for none). */
  signatures: string[] = [];

  start(limit: number, width: number): Uint8Array {
    this.facts = new Uint8Array(limit * width);
    this.consumed = new Uint8Array(limit);
    this.hasText = new Int8Array(limit).fill(-1);
    return this.facts;
  }
}

interface Template {
  limit: number;
  width: number;
  /** The merges the search indexed, in order, as top, left, bottom, right. */
  merges: number[];
  /** Copies of the visited rows (null: the grid had no row there). */
  rows: (CellValue[] | null)[];
  facts: Uint8Array;
  consumed: Uint8Array;
  hasText: Int8Array;
  result: HeaderSearch;
  /** Rows (bit r: row r) the result's texts come from: compared cell for cell. */
  exact: number;
  /** The evaluations that read a row outside `exact` (lower, upper pairs), their rows, signatures. */
  calls: number[];
  masks: number[];
  signatures: string[];
}

/**
 * Evaluates on the grid the header readings `calls` (lower, upper pairs; upper -1: one row) whose
 * rows (`masks`) include one of `differ`, and says whether each gives the signature the
 * template's search got (find-header.ts).
 */
export type Recheck = (
  grid: Grid,
  limit: number,
  width: number,
  calls: readonly number[],
  masks: readonly number[],
  signatures: readonly string[],
  differ: number,
) => boolean;

/** Rows a search reads with a bit each (HEADER_SCAN_ROWS is 30): a remembered trace's rows stay below. */
const MASK_ROWS = 31;

/** Most recently matched first. */
const templates: Template[] = [];

/** A remembered search whose every answer this grid gives again: its result, else null. */
export function findTemplate(
  grid: Grid,
  limit: number,
  width: number,
  recheck: Recheck,
): HeaderSearch | null {
  for (let i = 0; i < templates.length; i++) {
    const t = templates[i]!;
    if (t.limit !== limit || t.width !== width || !replays(grid, t, recheck)) continue;
    if (i > 0) {
      templates.splice(i, 1);
      templates.unshift(t);
    }
    return t.result;
  }
  return null;
}

/** Keeps a traced search (unless a visited row is not a plain array or is very wide). */
export function rememberTemplate(
  grid: Grid,
  limit: number,
  width: number,
  trace: SearchTrace,
  result: HeaderSearch,
): void {
  if (trace.rows === 0 || trace.rows > MASK_ROWS) return;
  const rows: (CellValue[] | null)[] = [];
  for (let r = 0; r < trace.rows; r++) {
    const row = grid.values[r];
    if (row === undefined || row === null) rows.push(null);
    else if (!Array.isArray(row) || row.length > ROW_COPY_LIMIT) return;
    // Strings of their own: a sheet's texts may be slices of its whole XML (memo/own-string.ts).
    else rows.push(Array.from(row, (v) => (typeof v === "string" ? ownString(v) : v)));
  }
  const merges: number[] = [];
  for (const m of grid.merges ?? []) if (mergeInScan(m, limit)) merges.push(m.top, m.left, m.bottom, m.right);
  // The rows the result's texts come from: its own, and up to the top of a merge over them.
  const kept = result.found ?? result.nearest;
  let exact = 0;
  if (kept !== null) {
    const last = kept.rows[kept.rows.length - 1]!;
    let top = kept.rows[0]!;
    for (let k = 0; k < merges.length; k += 4)
      if (merges[k]! < top && merges[k + 2]! >= kept.rows[0]!) top = Math.max(0, merges[k]!);
    for (let r = top; r <= last && r < MASK_ROWS; r++) exact |= 1 << r;
  }
  const calls: number[] = [];
  const masks: number[] = [];
  const signatures: string[] = [];
  for (let k = 0; k < trace.signatures.length; k++)
    if ((trace.masks[k]! & ~exact) !== 0) {
      calls.push(trace.calls[2 * k]!, trace.calls[2 * k + 1]!);
      masks.push(trace.masks[k]!);
      signatures.push(trace.signatures[k]!);
    }
  templates.unshift({
    limit,
    width,
    merges,
    rows,
    facts: trace.facts,
    consumed: trace.consumed,
    hasText: trace.hasText,
    result,
    exact,
    calls,
    masks,
    signatures,
  });
  if (templates.length > TEMPLATES_KEPT) templates.pop();
}

/** Whether the grid answers every question the template's search asked as its grid did. */
function replays(grid: Grid, t: Template, recheck: Recheck): boolean {
  const merges = grid.merges ?? [];
  let k = 0;
  for (const m of merges) {
    if (!mergeInScan(m, t.limit)) continue;
    const tm = t.merges;
    if (
      k >= tm.length ||
      tm[k] !== m.top ||
      tm[k + 1] !== m.left ||
      tm[k + 2] !== m.bottom ||
      tm[k + 3] !== m.right
    )
      return false;
    k += 4;
  }
  if (k !== t.merges.length) return false;
  const width = t.width;
  /** Rows outside `exact` that the search read texts from and that differ: their readings are redone. */
  let differ = 0;
  for (let r = 0; r < t.rows.length; r++) {
    const old = t.rows[r]!;
    const row = grid.values[r];
    if (old === null) {
      if (row !== undefined && row !== null) return false;
      continue;
    }
    if (!Array.isArray(row) || row.length !== old.length) return false;
    let differs = false;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === old[c]) continue;
      // A row the result's texts come from must be the template's, cell for cell; another row
      // the search read texts from has its readings evaluated again (after this loop).
      if (t.consumed[r] === 1) {
        if ((t.exact & (1 << r)) !== 0) return false;
        differ |= 1 << r;
      }
      if (c < width) {
        const asked = t.facts[r * width + c]!;
        if (asked !== UNASKED && (hasWords(v) ? WORDED : EMPTY) !== asked) return false;
      }
      differs = true;
    }
    if (differs && t.hasText[r] !== -1 && (rowHasText(row) ? 1 : 0) !== t.hasText[r]) return false;
  }
  return differ === 0 || recheck(grid, t.limit, t.width, t.calls, t.masks, t.signatures, differ);
}
