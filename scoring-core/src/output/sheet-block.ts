/**
 * Host-neutral description of a sheet the tool writes (results, ranking, feedback).
 * Hosts render it with one batched write; every text in it is already neutralised.
 */
export type OutCell = string | number | null;

export interface OutLink {
  /** 0-based row/col inside the block. */
  row: number;
  col: number;
  /** Target sheet and A1 cell in the user's workbook. */
  sheet: string;
  cell: string;
}

export interface SheetBlock {
  /** Sheet name the tool owns ("Kết quả CCHC", "Xếp hạng - Sở"…). */
  name: string;
  rows: OutCell[][];
  /** Rows (0-based) that are headers, for bold/frozen styling. */
  headerRows: number[];
  /** Rows (0-based) holding the sheet's title: large, bold, not wrapped (it may overflow to the right). */
  titleRows?: number[];
  /**
   * What identifies the tool's own sheet ("cchc:results:v1"). Hosts keep it out of sight in
   * their own metadata (Sheets developer metadata, Excel's sheet registry), never in a cell.
   */
  marker?: string;
  /** Widths in characters, per column. */
  columnWidths: number[];
  /** Columns (0-based) holding numbers to show with 2 decimals. */
  numberColumns: number[];
  links: OutLink[];
}
