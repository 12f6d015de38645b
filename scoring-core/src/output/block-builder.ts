/**
 * Builds a SheetBlock row by row. Every text goes through neutralise here, in one place, so no
 * layout can forget it; rows are padded to one width because hosts write rectangles.
 */
import type { OutCell, OutLink, OutMerge, OutRowStyle, SheetBlock, StreamedSheetBlock } from "./sheet-block";
import { neutralise } from "./neutralise";

/** Excel's limit on sheet names; Sheets allows more, so Excel's rule is the common one. */
export const MAX_SHEET_NAME = 31;

/** A sheet name both hosts accept: no []:*?/\ , no edge apostrophes, at most 31 characters. */
export function safeSheetName(name: string, fallback = "Sheet"): string {
  let s = name
    .normalize("NFC")
    .replace(/[[\]:*?/\\]/g, "-")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  s = [...s].slice(0, MAX_SHEET_NAME).join("").trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  return s === "" ? fallback : s;
}

/** Makes names unique (case-insensitive, as both hosts compare them) by suffixing " (2)", " (3)"… */
export function uniqueSheetName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let i = 2; taken.has(candidate.toLocaleLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate =
      [...name]
        .slice(0, MAX_SHEET_NAME - suffix.length)
        .join("")
        .trimEnd() + suffix;
  }
  taken.add(candidate.toLocaleLowerCase());
  return candidate;
}

export type InCell = string | number | null | undefined;

/** A row's cells as a block holds them: numbers finite or null, every text neutralised. */
function outCells(cells: readonly InCell[]): OutCell[] {
  return cells.map((c) => {
    if (c === undefined || c === null) return null;
    if (typeof c === "number") return Number.isFinite(c) ? c : null;
    return neutralise(c);
  });
}

export class BlockBuilder {
  private readonly rows: OutCell[][] = [];
  private readonly headerRows: number[] = [];
  private readonly titleRows: number[] = [];
  private readonly links: OutLink[] = [];
  private readonly merges: OutMerge[] = [];
  private readonly rowStyles: Record<number, OutRowStyle> = {};

  /** Rows written so far: the index the next row gets. */
  get length(): number {
    return this.rows.length;
  }

  merge(row: number, col: number, cols: number, rows = 1): void {
    if (cols > 1 || rows > 1) this.merges.push({ row, col, rows, cols });
  }

  /** A row with a document style (see OutRowStyle). */
  styled(row: number, style: OutRowStyle): void {
    this.rowStyles[row] = style;
  }

  /** Adds a row; returns its 0-based index. */
  row(cells: InCell[]): number {
    this.rows.push(outCells(cells));
    return this.rows.length - 1;
  }

  header(cells: InCell[]): number {
    const r = this.row(cells);
    this.headerRows.push(r);
    return r;
  }

  /** The sheet's title line. */
  title(text: string): number {
    const r = this.row([text]);
    this.titleRows.push(r);
    return r;
  }

  blank(): void {
    this.rows.push([]);
  }

  link(row: number, col: number, sheet: string, cell: string): void {
    this.links.push({ row, col, sheet, cell });
  }

  /**
   * As build, with `count` body rows after the rows written so far, made by `row(i)` only when
   * taken (StreamedSheetBlock): the same rows `build` would give had they been added with `row`.
   * A body row may not be wider than the block (its width is known before any is made).
   */
  buildStreamed(
    name: string,
    columnWidths: number[],
    numberColumns: number[],
    marker: string | undefined,
    count: number,
    row: (i: number) => InCell[],
  ): StreamedSheetBlock {
    const block = this.build(name, columnWidths, numberColumns, marker);
    const width = block.columnWidths.length;
    return {
      ...block,
      body: {
        count,
        width,
        rows: function* () {
          for (let i = 0; i < count; i++) {
            const cells = outCells(row(i));
            if (cells.length > width) throw new Error(`${name}: body row ${i} is wider than the block`);
            while (cells.length < width) cells.push(null);
            yield cells;
          }
        },
      },
    };
  }

  build(name: string, columnWidths: number[], numberColumns: number[], marker?: string): SheetBlock {
    const width = Math.max(columnWidths.length, ...this.rows.map((r) => r.length));
    const rows = this.rows.map((r) =>
      r.length < width ? [...r, ...new Array<OutCell>(width - r.length).fill(null)] : r,
    );
    const widths = [...columnWidths];
    while (widths.length < width) widths.push(12);
    return {
      name,
      rows,
      headerRows: this.headerRows,
      titleRows: this.titleRows,
      ...(marker ? { marker } : {}),
      columnWidths: widths,
      numberColumns,
      links: this.links,
      ...(this.merges.length > 0 ? { merges: this.merges } : {}),
      ...(Object.keys(this.rowStyles).length > 0 ? { rowStyles: this.rowStyles } : {}),
    };
  }
}
