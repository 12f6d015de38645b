/**
 * A tool-owned sheet (results, ranking, feedback) from the core's SheetBlock, optionally with a
 * native bar chart of the index by unit (rankings) or line chart of the index by year (trends). Texts arrive neutralised by the core ("'=…"): the
 * apostrophe becomes Excel's quotePrefix style, so the cell shows exactly what the user typed
 * and is still never a formula (inline strings are not evaluated anyway).
 */
import {
  a1,
  heldBlock,
  type OutCell,
  type OutRowStyle,
  type SheetBlock,
  type StreamedSheetBlock,
} from "@cchc/scoring-core";
import { plainText, textCell } from "./text-cell";
import type { XlsxBarChart, XlsxCell, XlsxSheet, XlsxStyle } from "./xlsx-sheet";

export interface BlockChartOptions {
  title: string;
  categoriesCol: number;
  valuesCol: number;
  /** 0-based rows inside the block, inclusive. */
  fromRow: number;
  toRow: number;
}

function outCell(value: OutCell, style: XlsxStyle): XlsxCell | null {
  if (value === null) return Object.keys(style).length > 0 ? { value: null, style } : null;
  if (typeof value === "string") return textCell(value, style);
  return { value, style };
}

function chartFor(block: SheetBlock, o: BlockChartOptions, width: number): XlsxBarChart {
  const categories: string[] = [];
  const values: (number | null)[] = [];
  for (let r = o.fromRow; r <= o.toRow; r++) {
    const row = block.rows[r] ?? [];
    const cat = row[o.categoriesCol];
    const val = row[o.valuesCol];
    categories.push(cat === null || cat === undefined ? "" : plainText(String(cat)));
    values.push(typeof val === "number" ? val : null);
  }
  const header = block.rows[Math.max(0, o.fromRow - 1)]?.[o.valuesCol];
  const n = o.toRow - o.fromRow + 1;
  return {
    title: o.title,
    seriesName: typeof header === "string" ? header : o.title,
    categoriesCol: o.categoriesCol,
    valuesCol: o.valuesCol,
    fromRow: o.fromRow,
    toRow: o.toRow,
    categories,
    values,
    // Right of the table, one bar-row per unit plus room for the title and axis.
    anchor: { fromRow: 0, fromCol: width + 1, toRow: Math.max(18, n + 4), toCol: width + 11 },
  };
}

export interface BlockSheetOptions {
  chart?: BlockChartOptions;
  /**
   * When the block's links point into another file (the cli writes a unit's feedback beside
   * its workbook), that file's path relative to the one written; links then open it at the cell.
   */
  linkWorkbook?: string;
  /**
   * Make the cells while the part is written (XlsxSheet.rowStream) instead of holding them all:
   * the same XML, for the cli's large workbooks. Ignored for a block with links.
   */
  stream?: boolean;
}

const LINE_HEIGHT = 15.75;

/** Lines a text wraps to in a column of `width` characters (word by word, as both programs do). */
function wrappedLines(text: string, width: number, bold = false): number {
  // A column's width counts digit widths; letters of a proportional font are narrower on
  // average, bold ones (headers) about as wide.
  const w = Math.max(4, width * (bold ? 1 : 1.1) - 1);
  let n = 0;
  // Each line break starts a new paragraph (a list of reasons, one per line).
  for (const paragraph of text.split("\n")) {
    n++;
    let used = 0;
    for (const word of paragraph.split(/[ \t\u00a0]+/)) {
      if (used > 0 && used + 1 + word.length > w) {
        n++;
        used = word.length;
      } else used += (used > 0 ? 1 : 0) + word.length;
    }
  }
  return n;
}

/** Width (characters) of the cell at (r, c), over its merged area when it starts one. */
function cellWidth(block: SheetBlock, r: number, c: number): number {
  const m = (block.merges ?? []).find((x) => x.row === r && x.col === c);
  const span = m ? m.cols : 1;
  let w = 0;
  for (let k = c; k < c + span; k++) w += block.columnWidths[k] ?? 10;
  return w;
}

/** The height of body row r when its wrapped columns need more than one line (undefined: default). */
function bodyRowHeight(
  block: SheetBlock,
  r: number,
  row: readonly OutCell[] | undefined,
): number | undefined {
  let lines = 1;
  for (const c of block.wrapColumns ?? []) {
    const v = row?.[c];
    if (typeof v === "string" && v !== "")
      lines = Math.max(lines, Math.min(wrappedLines(v, cellWidth(block, r, c)), 12));
  }
  return lines > 1 ? Math.round(lines * LINE_HEIGHT * 100) / 100 : undefined;
}

/**
 * Wrapped header texts need taller rows: neither Excel nor LibreOffice grows a row on open.
 * Lines per cell are estimated from the text length against the column width (characters).
 */
function headerRowHeights(block: SheetBlock): Record<number, number> {
  const heights: Record<number, number> = {};
  for (const r of block.headerRows) {
    let lines = 1;
    block.rows[r]?.forEach((v, c) => {
      if (typeof v !== "string" || v === "") return;
      lines = Math.max(lines, Math.min(wrappedLines(v, cellWidth(block, r, c), true), 12));
    });
    if (lines > 1) heights[r] = Math.round(lines * LINE_HEIGHT * 100) / 100;
  }
  // Body rows with wrapped columns grow to their longest text.
  const lastHeader = block.headerRows.length > 0 ? Math.max(...block.headerRows) : -1;
  for (let r = lastHeader + 1; r < block.rows.length; r++) {
    const height = bodyRowHeight(block, r, block.rows[r]);
    if (height !== undefined) heights[r] = height;
  }
  // Merged titles wrap over the table's width: room for every line, in the larger title font.
  const total = block.columnWidths.reduce((s, w) => s + w, 0);
  for (const [key, style] of Object.entries(block.rowStyles ?? {})) {
    if (style !== "title") continue;
    const r = Number(key);
    const text = block.rows[r]?.[0];
    if (typeof text !== "string") continue;
    const lines = Math.max(1, Math.ceil((text.length * 1.45) / Math.max(10, total - 4)));
    heights[r] = Math.round(lines * 21 * 100) / 100;
  }
  return heights;
}

const ROW_STYLES: Record<OutRowStyle, XlsxStyle> = {
  heading: { bold: true, horizontal: "center" },
  headingPlain: { horizontal: "center" },
  title: { title: true, horizontal: "center", wrap: true },
  note: { italic: true, horizontal: "center" },
};

/**
 * The number format of published figures: the Vietnamese locale tag [$-42A] makes LibreOffice
 * (and Google Sheets on import) show a decimal comma whatever the reader's own locale; Excel
 * keeps the code and shows its system separator (a comma on Vietnamese Windows).
 */
export function publishedNumberFormat(decimals: number): string {
  return decimals > 0 ? `[$-42A]0.${"0".repeat(decimals)}` : "[$-42A]0";
}

/**
 * The writer's sheet of a core block. A StreamedSheetBlock's body rows are made while the part is
 * written when `stream` is set (the same XML as the block held whole), else taken at once.
 */
export function blockSheet(
  given: SheetBlock | StreamedSheetBlock,
  options: BlockSheetOptions = {},
): XlsxSheet {
  // Hyperlinks show their cell's text, so a block with links keeps its rows.
  const stream = options.stream === true && given.links.length === 0;
  const body = stream && "body" in given ? given.body : null;
  const block = body ? given : heldBlock(given);
  const headers = new Set(block.headerRows);
  const rowStyles = block.rowStyles ?? {};
  const numberFormat = publishedNumberFormat(block.decimals ?? 2);
  const wraps = new Set(block.wrapColumns ?? []);
  const centers = new Set(block.centerColumns ?? []);
  const titles = new Set(block.titleRows ?? []);
  const numbers = new Set(block.numberColumns);
  const links = new Set(block.links.map((l) => `${l.row}:${l.col}`));
  let width = Math.max(block.columnWidths.length, body?.width ?? 0);
  const lastHeader = block.headerRows.length > 0 ? Math.max(...block.headerRows) : -1;
  const tableWidth = lastHeader >= 0 ? (block.rows[lastHeader]?.length ?? 0) : 0;
  // The table's body: the rows after the last header up to the first empty row. Told row by
  // row, in order (`inTable` is false from the first empty row on).
  let inTable = lastHeader >= 0;
  const isBody = (r: number, row: readonly OutCell[]): boolean => {
    if (r <= lastHeader || !inTable) return false;
    if (row.every((v) => v === null || v === "")) inTable = false;
    return inTable;
  };
  for (const row of block.rows) if (row.length > width) width = row.length;
  const convert = (row: readonly OutCell[], r: number, bodyRow: boolean): (XlsxCell | null)[] =>
    row.map((v, c) => {
      const rowStyle = rowStyles[r];
      const style: XlsxStyle = rowStyle
        ? { ...ROW_STYLES[rowStyle] }
        : titles.has(r)
          ? { title: true }
          : headers.has(r)
            ? {
                bold: true,
                wrap: true,
                fill: "header",
                border: true,
                horizontal: "center",
                vertical: "center",
              }
            : {};
      if (!headers.has(r) && numbers.has(c) && typeof v === "number") style.numberFormat = numberFormat;
      if (r > lastHeader && !rowStyle && wraps.has(c)) style.wrap = true;
      if (r > lastHeader && !rowStyle && centers.has(c)) style.horizontal = "center";
      // Table body cells get borders, as a published table has them.
      if (r > lastHeader && lastHeader >= 0 && !rowStyle && c < tableWidth && bodyRow) {
        style.border = true;
        style.vertical = "center";
      }
      if (links.has(`${r}:${c}`)) style.link = true;
      return outCell(v, style);
    });
  const rowHeights = headerRowHeights(block);
  // Streamed: each row's cells and styles are made as the part is written, then dropped (a
  // country's criteria sheet is 5,000 rows × 70 cells); a streamed block's body rows too, each
  // row's height (wrapped columns) set before the writer takes the row.
  const sheet: XlsxSheet = {
    name: block.name,
    rows: stream ? [] : block.rows.map((row, r) => convert(row, r, isBody(r, row))),
    ...(stream
      ? {
          rowStream: function* () {
            inTable = lastHeader >= 0;
            for (let r = 0; r < block.rows.length; r++) {
              const row = block.rows[r]!;
              yield convert(row, r, isBody(r, row));
            }
            if (!body) return;
            let r = block.rows.length;
            for (const row of body.rows()) {
              const height = bodyRowHeight(block, r, row);
              if (height !== undefined) rowHeights[r] = height;
              yield convert(row, r, isBody(r, row));
              r++;
            }
          },
          extent: {
            rows: block.rows.length + (body?.count ?? 0),
            cols: Math.max(0, body?.width ?? 0, ...block.rows.map((row) => row.length)),
          },
        }
      : {}),
    columnWidths: block.columnWidths,
    rowHeights,
    frozenRows: lastHeader + 1,
    hyperlinks: block.links.map((l) => ({
      row: l.row,
      col: l.col,
      sheet: l.sheet,
      cell: l.cell,
      ...(options.linkWorkbook ? { workbook: options.linkWorkbook } : {}),
    })),
  };
  if (lastHeader >= 0) sheet.printTitleRows = { from: Math.min(...block.headerRows), to: lastHeader };
  if (block.merges && block.merges.length > 0)
    sheet.merges = block.merges.map(
      (m) => `${a1(m.row, m.col)}:${a1(m.row + m.rows - 1, m.col + m.cols - 1)}`,
    );
  if (block.print && !block.print.fitToWidth) {
    sheet.fitToWidth = false;
    if (block.print.repeatColumns) sheet.printTitleCols = { from: 0, to: block.print.repeatColumns - 1 };
  }
  if (block.chart) {
    const n = block.chart.toRow - block.chart.fromRow + 1;
    sheet.chart = {
      title: block.chart.title,
      seriesName: block.chart.seriesName,
      sheet: block.chart.sheet,
      categoriesCol: block.chart.categoriesCol,
      valuesCol: block.chart.valuesCol,
      fromRow: block.chart.fromRow,
      toRow: block.chart.toRow,
      categories: block.chart.categories.map(plainText),
      values: block.chart.values,
      numberFormat,
      // Below the title, as wide as a landscape page, one bar row per unit.
      anchor: {
        fromRow: 2,
        fromCol: 0,
        toRow: Math.min(32, Math.max(24, Math.ceil(n * 0.9) + 6)),
        toCol: 12,
      },
    };
  }
  if (block.lineChart) {
    const c = block.lineChart;
    sheet.chart = {
      kind: "line",
      title: c.title,
      categoriesRow: c.categoriesRow,
      fromCol: c.fromCol,
      toCol: c.toCol,
      categories: c.categories.map(plainText),
      nameCol: c.nameCol,
      series: c.series.map((s) => ({ ...s, name: plainText(s.name) })),
      ...(c.axisMin !== undefined ? { axisMin: c.axisMin } : {}),
      ...(c.axisMax !== undefined ? { axisMax: c.axisMax } : {}),
      // Right of the table, tall enough for a legend of ten units.
      anchor: { fromRow: 2, fromCol: width + 1, toRow: 26, toCol: width + 12 },
    };
  }
  if (options.chart && options.chart.toRow >= options.chart.fromRow)
    sheet.chart = chartFor(block, options.chart, width);
  return sheet;
}
