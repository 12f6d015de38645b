/**
 * Reads an .xlsx into scoring-core Grids with SheetJS. SheetJS is passed in, not imported: the
 * Excel task pane lazy-loads it, the cli imports it statically. Options chosen for speed and
 * memory: dense sheets, formulas kept, no styles/HTML/number formats/dates. Every input is
 * guarded first and every SheetJS exception becomes { ok: false, reason: "corrupt" }. SheetJS
 * parses the parts the guard inflated (bounded); it never unzips the file itself.
 */
import type * as XLSX from "@e965/xlsx";
import type { CellValue, FormulaRow, Grid, MergedArea } from "@cchc/scoring-core";
import { guardXlsx, type GuardLimits } from "../guard/guard-xlsx";
import type { InflateRaw } from "../guard/unzip-bounded";
import { guardMessage, type BilingualMessage, type GuardReason } from "../guard/messages";
import { hiddenRowsBySheet } from "./hidden-rows";
import { readFastWorkbook } from "./fast-sheet/read-fast";

export type SheetJs = typeof import("@e965/xlsx");

export interface ReadOptions {
  /** Read only these sheets (by name); the others are skipped by SheetJS. */
  sheets?: string[];
  /** Also return display texts (slower: SheetJS formats every cell). Default false. */
  display?: boolean;
  limits?: GuardLimits;
  /** The host's native raw-deflate inflater (Node's zlib in the cli); fflate without it. */
  inflateRaw?: InflateRaw;
  /**
   * Try the fast sheet path first (fast-sheet/, without SheetJS's sheet parser) when no display
   * texts are asked for; it hands the workbook to SheetJS whenever it is unsure. Default true;
   * false forces SheetJS (the differential tests compare the two).
   */
  fastSheets?: boolean;
}

export type ReadResult =
  | { ok: true; grids: Grid[]; sheetNames: string[] }
  | { ok: false; reason: GuardReason; message: BilingualMessage };

/** Excel's error codes as SheetJS stores them in `v` for cells of type "e". */
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

function cellValue(cell: XLSX.CellObject): CellValue {
  const v: unknown = cell.v;
  switch (cell.t) {
    case "n":
      return typeof v === "number" ? v : null;
    case "s":
      return typeof v === "string" ? v : v == null ? null : String(v);
    case "b":
      return typeof v === "boolean" ? v : null;
    case "e":
      // A formula saved without a cached value arrives as an error cell with no value: it is empty, not an error.
      if (v === undefined) return null;
      return typeof v === "number" ? (ERROR_TEXT[v] ?? cell.w ?? "#N/A") : (cell.w ?? "#N/A");
    case "d":
      return v instanceof Date ? v.toISOString() : null;
    default:
      return null;
  }
}

function sheetToGrid(
  xlsx: SheetJs,
  name: string,
  ws: XLSX.WorkSheet,
  hidden: number[] | undefined,
  withDisplay: boolean,
): Grid {
  const ref = ws["!ref"];
  const data = (ws as XLSX.DenseSheet)["!data"] ?? [];
  if (!ref) return { sheet: name, values: [], origin: { row: 0, col: 0 } };
  const range = xlsx.utils.decode_range(ref);
  const top = range.s.r;
  const left = range.s.c;
  // A declared range can be far larger than the data (A1:XFD1048576): trust the rows that exist.
  const bottom = Math.min(range.e.r, data.length - 1);
  const values: CellValue[][] = [];
  let formulas: FormulaRow[] | undefined;
  const display: (string | null)[][] | undefined = withDisplay ? [] : undefined;
  for (let r = top; r <= bottom; r++) {
    const row = data[r];
    const outValues: CellValue[] = [];
    const outDisplay: (string | null)[] = [];
    let outFormulas: (string | null)[] | undefined;
    if (row) {
      const right = Math.min(range.e.c, row.length - 1);
      for (let c = left; c <= right; c++) {
        const cell = row[c];
        if (!cell) continue;
        const i = c - left;
        const v = cellValue(cell);
        if (v !== null) {
          while (outValues.length < i) outValues.push(null);
          outValues[i] = v;
        }
        if (typeof cell.f === "string" && cell.f !== "") {
          outFormulas ??= [];
          while (outFormulas.length < i) outFormulas.push(null);
          outFormulas[i] = `=${cell.f}`;
        }
        if (display && typeof cell.w === "string") {
          while (outDisplay.length < i) outDisplay.push(null);
          outDisplay[i] = cell.w;
        }
      }
    }
    values.push(outValues);
    display?.push(outDisplay);
    if (outFormulas) {
      formulas ??= [];
      while (formulas.length < r - top) formulas.push(null);
      formulas.push(outFormulas);
    }
  }
  // Drop trailing empty rows so the grid ends where the data does.
  while (
    values.length > 0 &&
    values[values.length - 1]!.length === 0 &&
    !formulas?.[values.length - 1]?.length
  ) {
    values.pop();
    display?.pop();
  }
  const grid: Grid = { sheet: name, values, origin: { row: top, col: left } };
  if (formulas) grid.formulas = formulas;
  if (display) grid.display = display;
  const merges: MergedArea[] = (ws["!merges"] ?? []).map((m) => ({
    top: m.s.r - top,
    left: m.s.c - left,
    bottom: m.e.r - top,
    right: m.e.c - left,
  }));
  if (merges.length > 0) grid.merges = merges;
  const hiddenRows = (hidden ?? []).filter((r) => r >= top && r <= bottom).map((r) => r - top);
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  return grid;
}

/** SheetJS's zip container (CFB), as its own unzip builds it, and the parser that reads one. */
interface ZipContainer {
  FileIndex: unknown[];
  FullPaths: string[];
}
interface SheetJsInternals {
  CFB: {
    utils: {
      cfb_new(): ZipContainer;
      cfb_add(c: ZipContainer, name: string, content: Uint8Array, opts: { unsafe: true }): unknown;
    };
  };
  parse_zip(zip: ZipContainer, opts: XLSX.ParsingOptions): XLSX.WorkBook;
}

/**
 * Node's Buffer, where there is one. SheetJS turns a part into its one-char-per-byte string with
 * `buf.toString("binary")` when the part is a Buffer, and with a fresh windows-1252 TextDecoder
 * plus a regex replace when it is a plain Uint8Array: the same string, at several times the cost.
 */
type BufferView = (buffer: ArrayBufferLike, byteOffset: number, length: number) => Uint8Array;
const nodeBuffer = (globalThis as { Buffer?: { from: BufferView } }).Buffer;

/**
 * A part as SheetJS reads it fastest. A part opening with a UTF-16 byte-order mark stays a plain
 * Uint8Array: SheetJS decodes those differently for Buffers (its big-endian check is off by one).
 */
function asSheetJsPart(content: Uint8Array): Uint8Array {
  if (!nodeBuffer || content.length === 0) return content;
  // SheetJS looks for FF FE at 0 (both kinds), FE FF at 0 (plain) and FE FF at 1 (Buffer).
  if (content[1] === 0xfe || (content[0] === 0xfe && content[1] === 0xff)) return content;
  return nodeBuffer.from(content.buffer, content.byteOffset, content.length);
}

/** The guarded parts in a container SheetJS parses as if it had unzipped them itself. */
function parseParts(xlsx: SheetJs, parts: Map<string, Uint8Array>, opts: XLSX.ParsingOptions): XLSX.WorkBook {
  const sj = xlsx as unknown as Partial<SheetJsInternals>;
  if (typeof sj.parse_zip !== "function" || typeof sj.CFB?.utils?.cfb_new !== "function") {
    // Refuse rather than fall back to SheetJS's unbounded unzip.
    throw new Error("this SheetJS build cannot parse pre-inflated parts");
  }
  const zip = sj.CFB.utils.cfb_new();
  for (const [name, content] of parts)
    sj.CFB.utils.cfb_add(zip, name, asSheetJsPart(content), { unsafe: true });
  return sj.parse_zip(zip, opts);
}

/**
 * Parts SheetJS parses that can change no grid: document properties, the calculation chain
 * (read only with bookDeps), dynamic-array metadata (a flag on the cell we never read) and,
 * without display texts, the styles (number formats and fills: with cellText, cellNF, cellDates
 * and cellStyles all off, SheetJS uses them for nothing). They are judged by the guard from the
 * directory like every entry (sizes, ratio, budget) but not inflated nor parsed. SheetJS insists
 * on finding the styles and metadata parts its content types name: they are handed over empty,
 * which SheetJS reads as "none" (as for a workbook without them).
 */
const NEVER_READ = new Set([
  "docProps/app.xml",
  "docProps/core.xml",
  "docProps/custom.xml",
  "xl/calcChain.xml",
]);
const READ_EMPTY = new Set(["xl/metadata.xml"]);
const READ_EMPTY_WITHOUT_DISPLAY = new Set(["xl/styles.xml"]);
const EMPTY = new Uint8Array(0);

export function readWorkbookGrids(bytes: Uint8Array, xlsx: SheetJs, options: ReadOptions = {}): ReadResult {
  const display = options.display === true;
  const emptied: string[] = [];
  const needed = (name: string): boolean => {
    if (NEVER_READ.has(name)) return false;
    if (READ_EMPTY.has(name) || (!display && READ_EMPTY_WITHOUT_DISPLAY.has(name))) {
      emptied.push(name);
      return false;
    }
    return true;
  };
  const guard = guardXlsx(bytes, options.limits, options.inflateRaw, needed);
  if (!guard.ok) return guard;
  for (const name of emptied) guard.parts.set(name, EMPTY);
  // Sheet names are case-insensitive in Excel, as in SheetJS's `sheets` option.
  const wanted = options.sheets ? new Set(options.sheets.map((s) => s.toLowerCase())) : null;
  if (!display && options.fastSheets !== false) {
    // The fast path builds the Grids itself; null when it declines (SheetJS decides below).
    const fast = readFastWorkbook(guard.parts, wanted);
    if (fast) return { ok: true, grids: fast.grids, sheetNames: fast.sheetNames };
  }
  try {
    const wb = parseParts(xlsx, guard.parts, {
      type: "array",
      dense: true,
      cellFormula: true,
      cellStyles: false,
      cellHTML: false,
      cellNF: false,
      cellDates: false,
      // Without stubs SheetJS drops a formula cell saved without a cached value (a file written
      // by a tool and never opened in Excel, such as our templates): the formula must survive.
      sheetStubs: true,
      cellText: options.display === true,
      // Keeps the inflated parts so hidden rows can be found without cellStyles (see hidden-rows.ts).
      bookFiles: true,
      ...(options.sheets ? { sheets: options.sheets } : {}),
    });
    const hidden = hiddenRowsBySheet(wb, wanted);
    const grids: Grid[] = [];
    for (const name of wb.SheetNames) {
      if (wanted && !wanted.has(name.toLowerCase())) continue;
      const ws = wb.Sheets[name];
      if (!ws) continue;
      grids.push(sheetToGrid(xlsx, name, ws, hidden.get(name), options.display === true));
    }
    return { ok: true, grids, sheetNames: [...wb.SheetNames] };
  } catch {
    return { ok: false, reason: "corrupt", message: guardMessage("corrupt", 0) };
  }
}
