/**
 * Reads an .xlsx into scoring-core Grids with SheetJS. SheetJS is passed in, not imported: the
 * Excel task pane lazy-loads it, the cli imports it statically. Options chosen for speed and
 * memory: dense sheets, formulas kept, no styles/HTML/number formats/dates. Every input is
 * guarded first and every SheetJS exception becomes { ok: false, reason: "corrupt" }. SheetJS
 * parses the parts the guard inflated (bounded); it never unzips the file itself.
 */
import type * as XLSX from "@e965/xlsx";
import type { CellValue, Grid, MergedArea } from "@cchc/scoring-core";
import { guardXlsx, type GuardLimits } from "../guard/guard-xlsx";
import type { InflateRaw } from "../guard/unzip-bounded";
import { guardMessage, type BilingualMessage, type GuardReason } from "../guard/messages";
import { hiddenRowsBySheet } from "./hidden-rows";

export type SheetJs = typeof import("@e965/xlsx");

export interface ReadOptions {
  /** Read only these sheets (by name); the others are skipped by SheetJS. */
  sheets?: string[];
  /** Also return display texts (slower: SheetJS formats every cell). Default false. */
  display?: boolean;
  limits?: GuardLimits;
  /** The host's native raw-deflate inflater (Node's zlib in the cli); fflate without it. */
  inflateRaw?: InflateRaw;
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
  let formulas: (string | null)[][] | undefined;
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
      while (formulas.length < r - top) formulas.push([]);
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

/** The guarded parts in a container SheetJS parses as if it had unzipped them itself. */
function parseParts(xlsx: SheetJs, parts: Map<string, Uint8Array>, opts: XLSX.ParsingOptions): XLSX.WorkBook {
  const sj = xlsx as unknown as Partial<SheetJsInternals>;
  if (typeof sj.parse_zip !== "function" || typeof sj.CFB?.utils?.cfb_new !== "function") {
    // Refuse rather than fall back to SheetJS's unbounded unzip.
    throw new Error("this SheetJS build cannot parse pre-inflated parts");
  }
  const zip = sj.CFB.utils.cfb_new();
  for (const [name, content] of parts) sj.CFB.utils.cfb_add(zip, name, content, { unsafe: true });
  return sj.parse_zip(zip, opts);
}

export function readWorkbookGrids(bytes: Uint8Array, xlsx: SheetJs, options: ReadOptions = {}): ReadResult {
  const guard = guardXlsx(bytes, options.limits, options.inflateRaw);
  if (!guard.ok) return guard;
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
    // Sheet names are case-insensitive in Excel, as in SheetJS's `sheets` option.
    const wanted = options.sheets ? new Set(options.sheets.map((s) => s.toLowerCase())) : null;
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
