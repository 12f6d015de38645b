/**
 * A tool-owned sheet (results, ranking, feedback) from the core's SheetBlock, optionally with a
 * native bar chart of the index by unit. Texts arrive neutralised by the core ("'=…"): the
 * apostrophe becomes Excel's quotePrefix style, so the cell shows exactly what the user typed
 * and is still never a formula (inline strings are not evaluated anyway).
 */
import type { OutCell, SheetBlock } from "@cchc/scoring-core";
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
}

const LINE_HEIGHT = 15.75;

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
      const width = Math.max(4, (block.columnWidths[c] ?? 10) - 1);
      const words = v.split(/\s+/);
      let n = 1;
      let used = 0;
      for (const w of words) {
        if (used > 0 && used + 1 + w.length > width) {
          n++;
          used = w.length;
        } else used += (used > 0 ? 1 : 0) + w.length;
      }
      lines = Math.max(lines, Math.min(n, 5));
    });
    if (lines > 1) heights[r] = Math.round(lines * LINE_HEIGHT * 100) / 100;
  }
  return heights;
}

export function blockSheet(block: SheetBlock, options: BlockSheetOptions = {}): XlsxSheet {
  const headers = new Set(block.headerRows);
  const titles = new Set(block.titleRows ?? []);
  const numbers = new Set(block.numberColumns);
  const links = new Set(block.links.map((l) => `${l.row}:${l.col}`));
  let width = block.columnWidths.length;
  const rows = block.rows.map((row, r) => {
    if (row.length > width) width = row.length;
    return row.map((v, c) => {
      const style: XlsxStyle = titles.has(r)
        ? { title: true }
        : headers.has(r)
          ? { bold: true, wrap: true, fill: "header", border: true, horizontal: "center" }
          : {};
      if (!headers.has(r) && numbers.has(c) && typeof v === "number") style.numberFormat = "0.00";
      if (links.has(`${r}:${c}`)) style.link = true;
      return outCell(v, style);
    });
  });
  const lastHeader = block.headerRows.length > 0 ? Math.max(...block.headerRows) : -1;
  const sheet: XlsxSheet = {
    name: block.name,
    rows,
    columnWidths: block.columnWidths,
    rowHeights: headerRowHeights(block),
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
  if (options.chart && options.chart.toRow >= options.chart.fromRow)
    sheet.chart = chartFor(block, options.chart, width);
  return sheet;
}
