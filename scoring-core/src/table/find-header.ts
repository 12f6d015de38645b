/**
 * Finds a scoring table's header in the first 30 rows: one row, or two rows with a merged group
 * ("Điểm", "Kết quả đánh giá") over sub-columns ("Tối đa | Tự chấm | Người quản lý trực tiếp
 * đánh giá | Cấp có thẩm quyền đánh giá"). Each header cell is folded once (and memoised across
 * sheets); scanning stops a few rows after a complete header. Columns the user mapped
 * (`pinned`) win over what the words say. When no header qualifies, the nearest row is kept so
 * the message can say what was understood and what was missing.
 */
import type { Grid, MergedArea } from "../grid/grid";
import { cleanText } from "../grid/fold-text";
import { isScoreGroup, matchHeaderRole, type AppraisalBasis, type RoleMatch } from "./header-roles";
import type { ColumnRole } from "./types";
import { BoundedMemo } from "../memo/bounded-memo";
import {
  cellWords,
  EMPTY,
  findTemplate,
  mergeInScan,
  rememberTemplate,
  rowHasText,
  type Recheck,
  SearchTrace,
  textOf,
  WORDED,
} from "./header-template";

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
  /**
   * Grid cells the header text comes from (filled into `header` once the header is chosen), as
   * row × CELL_STRIDE + column; -1: none.
   */
  upperAt: number;
  lowerAt: number;
  /** Appraisal columns: order among several (header-roles.ts RoleMatch.rank). */
  rank?: number;
  because?: AppraisalBasis;
  /** A maximum column for one unit type only. */
  unitType?: string;
  /** Set by the user's column mapping. */
  pinned?: boolean;
}

export interface HeaderDuplicate {
  role: ColumnRole;
  first: HeaderColumn;
  second: HeaderColumn;
}

/** Several columns could play the appraisal roles: which one was taken for which, and why. */
export interface AppraisalChoice {
  first: HeaderColumn;
  last: HeaderColumn;
  /** Columns left unread (a third appraiser). */
  unused: HeaderColumn[];
}

/** Read-only: one search's result is shared by every sheet of its template (header-template.ts). */
export interface HeaderFound {
  /** 0-based grid rows of the header (one or two). */
  rows: number[];
  columns: Map<ColumnRole, HeaderColumn>;
  duplicates: HeaderDuplicate[];
  /** Maxima per unit type ("Điểm tối đa Sở" | "Điểm tối đa xã"), in column order. */
  unitMaxima: HeaderColumn[];
  appraisalChoice: AppraisalChoice | null;
  /** Header cells with text that name no role (for the "what was understood" message). */
  unknown: { col: number; header: string }[];
  /** How complete the header is, 0..1. */
  score: number;
}

export interface HeaderSearch {
  found: HeaderFound | null;
  /** The row that came closest when none qualified (or the found one). */
  nearest: HeaderFound | null;
}

export interface HeaderOptions {
  /** 0-based grid row where the header must end; null: detect. */
  lastRow?: number | null;
  /** User-mapped columns: 0-based grid column → role. */
  pinned?: ReadonlyMap<number, ColumnRole> | null;
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
  appraisalFlag: 1,
  appraiser: 1,
  notApplicable: 1,
};
/** code + title + max + self + 1 more: a complete header. */
const FULL = 11;

/** A header cell's grid position in one number (columns past 200 are never read). */
const CELL_STRIDE = 256;

/**
 * Merge numbers per cell for MergeIndex, reused from table to table (a typed array per table
 * costs more than the search it serves); a larger one is made for a forced header far down.
 */
let mergeScratch = new Int32Array(64 * 256);

/**
 * The header rows' merges, indexed for lookups: merge numbers per cell in a reused typed array
 * (cleared only when a merge reaches the scanned rows), not a Map entry per cell.
 */
class MergeIndex {
  private readonly list: MergedArea[] = [];
  private cells: Int32Array | null = null;
  constructor(
    merges: MergedArea[] | undefined,
    private readonly maxRow: number,
    private readonly width: number,
  ) {
    if (!merges) return;
    for (const m of merges) {
      if (!mergeInScan(m, maxRow)) continue;
      if (this.cells === null) {
        const size = (maxRow + 1) * width;
        if (size > mergeScratch.length) {
          const grown = new Int32Array(size);
          if (size <= 1 << 16) mergeScratch = grown;
          this.cells = grown;
        } else (this.cells = mergeScratch).fill(0, 0, size);
      }
      this.list.push(m);
      const k = this.list.length; // 1-based: 0 is "no merge"
      for (let r = Math.max(0, m.top); r <= Math.min(m.bottom, maxRow); r++)
        for (let c = Math.max(0, m.left); c <= Math.min(m.right, width - 1); c++)
          this.cells[r * width + c] = k;
    }
  }
  at(r: number, c: number): MergedArea | undefined {
    if (this.cells === null || c >= this.width || r > this.maxRow || r < 0) return undefined;
    const k = this.cells[r * this.width + c]!;
    return k === 0 ? undefined : this.list[k - 1];
  }
}

interface Candidate {
  rows: number[];
  columns: Map<ColumnRole, HeaderColumn>;
  duplicates: HeaderDuplicate[];
  unitMaxima: HeaderColumn[];
  appraisalChoice: AppraisalChoice | null;
  /** Unnamed header cells: column and where its text is (row × CELL_STRIDE + column). */
  unknown: { col: number; at: number }[];
  weight: number;
  valid: boolean;
}

/** Finds the header; `lastRow` (0-based grid row) forces where it ends. null: none. */
export function findHeader(grid: Grid, lastRow: number | null = null): HeaderFound | null {
  return searchHeader(grid, { lastRow }).found;
}

/**
 * Finds the header. Without a forced row or a column mapping, a search is first replayed against
 * the templates searched last (header-template.ts): the units of a province fill one template,
 * so most sheets are found to read exactly as one of them did, and get its (shared) result.
 */
export function searchHeader(grid: Grid, options: HeaderOptions = {}): HeaderSearch {
  const lastRow = options.lastRow ?? null;
  const pinned = options.pinned && options.pinned.size > 0 ? options.pinned : null;
  if (lastRow !== null || pinned !== null) return runSearch(grid, lastRow, pinned, null);
  const limit = Math.min(HEADER_SCAN_ROWS, grid.values.length);
  const width = Math.min(scanWidth(grid.values, limit), 200);
  const known = findTemplate(grid, limit, width, sameReadings);
  if (known !== null) return known;
  const trace = new SearchTrace();
  const result = runSearch(grid, null, null, trace);
  rememberTemplate(grid, limit, width, trace, result);
  return result;
}

/** searchHeader without the template memo: what every memo hit must equal (tests). */
export function searchHeaderUncached(grid: Grid, options: HeaderOptions = {}): HeaderSearch {
  const pinned = options.pinned && options.pinned.size > 0 ? options.pinned : null;
  return runSearch(grid, options.lastRow ?? null, pinned, null);
}

/** The longest of the first `limit` rows. */
function scanWidth(values: Grid["values"], limit: number): number {
  let width = 0;
  for (let r = 0; r < limit; r++) {
    const len = values[r]?.length ?? 0;
    if (len > width) width = len;
  }
  return width;
}

function runSearch(
  grid: Grid,
  lastRow: number | null,
  pinned: ReadonlyMap<number, ColumnRole> | null,
  trace: SearchTrace | null,
): HeaderSearch {
  const n = grid.values.length;
  const limit = lastRow === null ? Math.min(HEADER_SCAN_ROWS, n) : Math.min(lastRow + 1, n);
  if (limit <= 0 || (lastRow !== null && lastRow < 0)) return { found: null, nearest: null };
  let width = scanWidth(grid.values, limit);
  if (pinned) for (const c of pinned.keys()) if (c + 1 > width) width = c + 1;
  width = Math.min(width, 200);
  const merges = new MergeIndex(grid.merges, limit, width);
  const words: (string | undefined)[] = new Array<string | undefined>(limit * width);
  const facts = trace === null ? null : trace.start(limit, width);
  const wordsAt = (r: number, c: number): string => {
    const key = r * width + c;
    let w = words[key];
    if (w === undefined) {
      w = cellWords(grid.values[r]?.[c]);
      words[key] = w;
      if (facts !== null) facts[key] = w === "" ? EMPTY : WORDED;
    }
    return w;
  };
  // evaluate reads whole texts: a traced search marks the rows it reads them from, in all and
  // per evaluation (`read`, handed to the trace with the evaluation's signature).
  const consumed = trace === null ? null : trace.consumed;
  let read = 0;
  const ctx: EvalContext = {
    grid,
    merges,
    wordsAt:
      consumed === null
        ? wordsAt
        : (r, c) => {
            consumed[r] = 1;
            read |= 1 << r;
            return wordsAt(r, c);
          },
    width,
    pinned,
    forced: lastRow !== null,
  };

  let best: Candidate | null = null;
  let nearest: Candidate | null = null;
  const consider = (c: Candidate | null) => {
    if (trace !== null) {
      trace.signatures.push(signature(c));
      trace.masks.push(read);
      read = 0;
    }
    if (!c) return;
    if (c.valid) {
      if (!best || c.weight > best.weight) best = c;
    } else if (!nearest || c.weight > nearest.weight) nearest = c;
  };
  /**
   * Cells of row r with words, at most 2 counted. Without a user's mapping, a row with fewer than
   * two such cells is no one-row header (evaluate would say null: no role pair, fewer than two
   * named cells) and a row with none is no lower row of a two-row header (no cell uses its
   * upper row as a group): those rows are not evaluated.
   */
  const wordCells = (r: number): number => {
    const row = grid.values[r];
    if (!row) return 0;
    const n = Math.min(width, row.length);
    let count = 0;
    for (let c = 0; c < n && count < 2; c++) if (wordsAt(r, c) !== "") count++;
    return count;
  };
  /**
   * Columns that would name something in the two-row reading (L under U), at most 2 counted: a
   * worded lower cell (not the bottom of a merge from above), or a worded upper cell that is not
   * a horizontal merge. Each adds at most one entry to the candidate, and a header needs two
   * named columns, so fewer than two make evaluate say null (title rows under title rows).
   */
  const pairCells = (L: number, U: number): number => {
    const lowerRow = grid.values[L];
    if (!lowerRow) return 0;
    let count = 0;
    for (let c = 0; c < width && count < 2; c++) {
      if (c < lowerRow.length && wordsAt(L, c) !== "") {
        const lm = merges.at(L, c);
        if (!(lm && lm.top < L)) {
          count++;
          continue;
        }
      }
      const um = merges.at(U, c);
      const ur = um ? um.top : U;
      if (ur < 0 || (um !== undefined && um.right > um.left)) continue;
      if (wordsAt(ur, um ? um.left : c) !== "") count++;
    }
    return count;
  };
  const hasText = (r: number): boolean => {
    const yes = rowHasText(grid.values[r]);
    if (trace !== null) trace.hasText[r] = yes ? 1 : 0;
    return yes;
  };
  const first = lastRow === null ? 0 : lastRow;
  let L = first;
  for (; L < limit; L++) {
    const cells = pinned === null ? wordCells(L) : 2;
    if (cells >= 2) {
      if (trace !== null) trace.calls.push(L, -1);
      consider(evaluate(ctx, L, null));
    }
    if (cells > 0 && L > 0 && hasText(L - 1) && (pinned !== null || pairCells(L, L - 1) >= 2)) {
      if (trace !== null) trace.calls.push(L, L - 1);
      consider(evaluate(ctx, L, L - 1));
    }
    // A complete header: only a second header row right below it could still improve on it.
    const b = best as Candidate | null;
    if (lastRow === null && b && b.weight >= FULL && L >= b.rows[b.rows.length - 1]! + 1) break;
  }
  if (trace !== null) trace.rows = Math.min(L + 1, limit);
  const found = best ? finish(grid, best) : null;
  return { found, nearest: found ?? (nearest ? finish(grid, nearest) : null) };
}

/**
 * Everything a search takes from a candidate (which wins, the loop's stop, the result built from
 * it) in one string; two evaluations giving the same string are the same to the search. Made
 * only for traced searches and their rechecks.
 */
function signature(c: Candidate | null): string {
  if (c === null) return "";
  return JSON.stringify([
    c.rows,
    c.weight,
    c.valid,
    [...c.columns],
    c.duplicates,
    c.unitMaxima,
    c.appraisalChoice,
    c.unknown,
  ]);
}

/**
 * header-template.ts's Recheck: the template's readings of rows that differ, evaluated again
 * on this grid (no mapping, no forced row: only such searches are remembered), each giving the
 * candidate the template's search got.
 */
const sameReadings: Recheck = (grid, limit, width, calls, masks, signatures, differ) => {
  const merges = new MergeIndex(grid.merges, limit, width);
  const words: (string | undefined)[] = new Array<string | undefined>(limit * width);
  const ctx: EvalContext = {
    grid,
    merges,
    wordsAt: (r, c) => {
      const key = r * width + c;
      let w = words[key];
      if (w === undefined) words[key] = w = cellWords(grid.values[r]?.[c]);
      return w;
    },
    width,
    pinned: null,
    forced: false,
  };
  for (let k = 0; k < signatures.length; k++) {
    if ((masks[k]! & differ) === 0) continue;
    const upper = calls[2 * k + 1]!;
    if (signature(evaluate(ctx, calls[2 * k]!, upper < 0 ? null : upper)) !== signatures[k]) return false;
  }
  return true;
};

/** Header texts as shown in messages: template texts, each cleaned once (bounded). */
const CLEAN_MEMO = new BoundedMemo<string, string>(5_000);

function cleanHeaderText(t: string): string {
  if (t.length > 200) return cleanText(t);
  return CLEAN_MEMO.get(t, cleanText);
}

/**
 * matchHeaderRole of an upper and a lower header cell read together, without joining the two
 * texts for every sheet (the pair repeats from sheet to sheet). Bounded.
 */
const PAIR_MEMO = new Map<string, Map<string, RoleMatch | null>>();
/** Entries over all inner maps (the bound is on the total). */
let pairEntries = 0;
const PAIR_MEMO_LIMIT = 5_000;

function matchPair(upper: string, lower: string): RoleMatch | null {
  let byLower = PAIR_MEMO.get(upper);
  if (byLower === undefined) PAIR_MEMO.set(upper, (byLower = new Map()));
  let m = byLower.get(lower);
  if (m === undefined) {
    m = matchHeaderRole(`${upper} ${lower}`);
    if (pairEntries >= PAIR_MEMO_LIMIT) {
      PAIR_MEMO.clear();
      pairEntries = 0;
      PAIR_MEMO.set(upper, (byLower = new Map()));
    }
    byLower.set(lower, m);
    pairEntries++;
  }
  return m;
}

function finish(grid: Grid, best: Candidate): HeaderFound {
  const textAt = (at: number) =>
    at < 0
      ? ""
      : cleanHeaderText(textOf(grid.values[(at - (at % CELL_STRIDE)) / CELL_STRIDE]?.[at % CELL_STRIDE]));
  // A column listed twice (the per-unit-type maximum standing in for "the" maximum) is named
  // twice, to the same text: no Set needed.
  const name = (h: HeaderColumn) => {
    const up = textAt(h.upperAt);
    const low = textAt(h.lowerAt);
    h.header = up !== "" && low !== "" ? `${up} / ${low}` : up || low;
  };
  for (const h of best.columns.values()) name(h);
  for (const d of best.duplicates) name(d.second);
  for (const h of best.unitMaxima) name(h);
  if (best.appraisalChoice) for (const h of best.appraisalChoice.unused) name(h);
  return {
    rows: best.rows,
    columns: best.columns,
    duplicates: best.duplicates,
    unitMaxima: best.unitMaxima,
    appraisalChoice: best.appraisalChoice,
    unknown: best.unknown.map((u) => ({ col: u.col, header: textAt(u.at) })),
    score: Math.min(1, best.weight / FULL),
  };
}

interface EvalContext {
  grid: Grid;
  merges: MergeIndex;
  wordsAt: (r: number, c: number) => string;
  width: number;
  pinned: ReadonlyMap<number, ColumnRole> | null;
  /** The user named the header row: a fully mapped header needs no words of its own. */
  forced: boolean;
}

function evaluate(ctx: EvalContext, L: number, U: number | null): Candidate | null {
  const { grid, merges, wordsAt, width, pinned, forced } = ctx;
  const columns = new Map<ColumnRole, HeaderColumn>();
  const duplicates: HeaderDuplicate[] = [];
  const unitMaxima: HeaderColumn[] = [];
  const appraisals: HeaderColumn[] = [];
  const unknown: { col: number; at: number }[] = [];
  const lowerRow = grid.values[L];
  if (!lowerRow) return null;
  let twoRowsUsed = false;
  let pinnedText = 0;
  for (let c = 0; c < width; c++) {
    let lower = c < lowerRow.length ? wordsAt(L, c) : "";
    let match: RoleMatch | null = null;
    let upperAt = -1;
    let lowerAt = -1;
    let row = L;
    let textAt = -1;
    if (U === null) {
      if (lower !== "") {
        match = matchHeaderRole(lower);
        lowerAt = L * CELL_STRIDE + c;
        textAt = lowerAt;
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
        match = matchPair(upper, lower) ?? matchHeaderRole(lower);
        if (match && (horizontal || isScoreGroup(upper))) twoRowsUsed = true;
        upperAt = ur * CELL_STRIDE + uc;
        lowerAt = L * CELL_STRIDE + c;
        textAt = lowerAt;
      } else if (lower !== "") {
        match = matchHeaderRole(lower);
        lowerAt = L * CELL_STRIDE + c;
        textAt = lowerAt;
      } else if (upper !== "" && !horizontal) {
        match = matchHeaderRole(upper);
        upperAt = ur * CELL_STRIDE + uc;
        row = ur;
        textAt = upperAt;
      }
    }
    const pin = pinned?.get(c);
    if (pin !== undefined) {
      if (textAt >= 0) pinnedText++;
      match = { role: pin, weak: false };
    } else if (match && pinned) {
      // A role the user mapped elsewhere is not read from this column.
      const detected = match.role;
      for (const role of pinned.values()) if (role === detected) match = null;
    }
    if (!match) {
      if (textAt >= 0) unknown.push({ col: c, at: textAt });
      continue;
    }
    const col: HeaderColumn = {
      role: match.role,
      col: c,
      header: "",
      row,
      weak: match.weak,
      upperAt,
      lowerAt,
    };
    if (pin !== undefined) {
      col.pinned = true;
      // A mapped column with a blank header cell still reads; it just weighs nothing.
      if (textAt < 0) col.lowerAt = -1;
    }
    if (match.rank !== undefined && pin === undefined) {
      col.rank = match.rank;
      col.because = match.because!;
      appraisals.push(col);
      continue;
    }
    if (match.unitType !== undefined) {
      col.unitType = match.unitType;
      unitMaxima.push(col);
      continue;
    }
    const prev = columns.get(match.role);
    if (!prev) columns.set(match.role, col);
    else if (prev.weak && !col.weak) columns.set(match.role, col);
    else if (!col.weak && !prev.weak) duplicates.push({ role: match.role, first: prev, second: col });
  }
  // A two-row reading must actually use its upper row as a group; otherwise the one-row reading stands.
  if (U !== null && !twoRowsUsed && pinnedText === 0) return null;
  const appraisalChoice = placeAppraisals(appraisals, columns, duplicates);
  // The first per-unit-type maximum stands in for "the" maximum when there is no plain one.
  if (!columns.has("max") && unitMaxima.length > 0) columns.set("max", unitMaxima[0]!);
  const has = (r: ColumnRole) => columns.has(r);
  const valid = (has("code") || has("title")) && (has("max") || has("self") || has("appraisal1"));
  let weight = 0;
  // Keys are the columns' own roles (every set above uses h.role as the key).
  for (const h of columns.values())
    if (!h.pinned || h.lowerAt >= 0 || h.upperAt >= 0) weight += WEIGHTS[h.role];
  // A row of several unrecognised names may still be the header (the nearest one, for the message).
  if (!valid && columns.size === 0 && (unknown.length < 3 || U !== null)) return null;
  // One named cell alone (a note such as "Hướng dẫn chấm điểm") is no header, not even a near one.
  if (!valid && columns.size + unknown.length < 2) return null;
  // Prefer fewer header rows on a tie (the loop keeps the first of equal weights).
  return {
    rows: U === null ? [L] : [U, L],
    columns,
    duplicates,
    unitMaxima,
    appraisalChoice,
    unknown,
    weight,
    valid: valid && (weight > 0 || (forced && U === null)),
  };
}

/**
 * Appraisal columns in the order of their ranks (explicit rounds, then the first appraiser, then
 * the competent authority), column order breaking ties: the first is round 1, the last the final
 * round. Two columns claiming the same explicit round are a duplicate, not a choice.
 */
function placeAppraisals(
  list: HeaderColumn[],
  columns: Map<ColumnRole, HeaderColumn>,
  duplicates: HeaderDuplicate[],
): AppraisalChoice | null {
  if (list.length === 0) return null;
  if (list.length === 1) {
    columns.set(list[0]!.role, list[0]!);
    return null;
  }
  // A stable insertion sort: two to four columns (Array.prototype.sort allocated more than the
  // whole candidate).
  const sorted = list.slice();
  for (let i = 1; i < sorted.length; i++) {
    const h = sorted[i]!;
    let j = i - 1;
    while (j >= 0 && (sorted[j]!.rank! - h.rank! || sorted[j]!.col - h.col) > 0) {
      sorted[j + 1] = sorted[j]!;
      j--;
    }
    sorted[j + 1] = h;
  }
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const explicit = (h: HeaderColumn) => h.because === "round1" || h.because === "round2";
  if (sorted.length === 2 && explicit(first) && explicit(last) && first.rank === last.rank) {
    columns.set(first.role, first);
    duplicates.push({ role: first.role, first, second: last });
    return null;
  }
  first.role = "appraisal1";
  last.role = "appraisal2";
  columns.set("appraisal1", first);
  columns.set("appraisal2", last);
  const unused = sorted.slice(1, -1);
  // Two explicit rounds in order need no explaining.
  if (unused.length === 0 && first.because === "round1" && last.because === "round2") return null;
  return { first, last, unused };
}
