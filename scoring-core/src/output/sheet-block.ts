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
  /** Columns (0-based) holding numbers to show with `decimals` decimals. */
  numberColumns: number[];
  links: OutLink[];
  /** What the block is, for hosts that treat kinds differently (the Sheets edition charts rankings). */
  kind?: OutBlockKind;
  /** Merged ranges (heading block, two-row headers). */
  merges?: OutMerge[];
  /** Rows with a document style (heading block lines, centred titles, notes), by 0-based row. */
  rowStyles?: Record<number, OutRowStyle>;
  /** Columns whose body cells wrap (long titles, unit names); rows grow to fit. */
  wrapColumns?: number[];
  /** Columns centred (numbering, ranks). */
  centerColumns?: number[];
  /** Decimals the number columns show (the set's rounding; default 2). */
  decimals?: number;
  /** Printing: fit to one page wide (default) or across pages with the first columns repeated. */
  print?: { fitToWidth: boolean; repeatColumns?: number };
  /** A native bar chart over another block's columns (the chart sheet of a group). */
  chart?: OutChart;
  /** A native line chart over this block's own table (the trend workbook: index by year per unit). */
  lineChart?: OutLineChart;
  /**
   * A machine-readable tool sheet (the year record) that hosts keep out of sight: Excel very
   * hidden, Sheets hidden. Nobody reads it on screen; the tool reads it back next year.
   */
  hidden?: boolean;
}

export type OutBlockKind =
  | "results"
  | "feedback-summary"
  | "feedback-lost"
  | "feedback-issues"
  | "ranking"
  | "fields"
  | "criteria"
  | "lost-points"
  | "chart"
  | "checking"
  | "not-submitted"
  | "failed";

/** A merged range, 0-based, spanning `rows` × `cols` cells from (row, col). */
export interface OutMerge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * heading: bold, centred (issuing body, national motto); headingPlain: centred; title: large,
 * bold, centred; note: italic, centred ("Kèm theo Quyết định số …").
 */
export type OutRowStyle = "heading" | "headingPlain" | "title" | "note";

export interface OutChart {
  title: string;
  seriesName: string;
  /** The block (sheet) holding the data, and its columns and rows (0-based, inclusive). */
  sheet: string;
  categoriesCol: number;
  valuesCol: number;
  fromRow: number;
  toRow: number;
  /** The values themselves, so viewers show the chart before any recalculation. */
  categories: string[];
  values: (number | null)[];
}

/**
 * A line chart over a table of this block: the categories (years) are a header row's cells,
 * each series a body row (its name in `nameCol`, its values in the same columns as the categories).
 */
export interface OutLineChart {
  title: string;
  /** 0-based row holding the category labels, and the columns (inclusive) of categories and values. */
  categoriesRow: number;
  fromCol: number;
  toCol: number;
  categories: string[];
  nameCol: number;
  /** One series per body row; values as cached points (null: no figure that year, a gap in the line). */
  series: { row: number; name: string; values: (number | null)[] }[];
  /** The value axis's bounds (an index: within 0–100); automatic when absent. */
  axisMin?: number;
  axisMax?: number;
}

/**
 * A block's body rows, made one at a time as they are taken: a writer that streams a large sheet
 * (a country's criteria sheet, 70 cells a unit) never holds them all. Each row is neutralised and
 * padded to `width` cells, as a held block's rows are.
 */
export interface OutRowStream {
  /** How many rows `rows()` gives. */
  count: number;
  /** Cells in each row (the block's width). */
  width: number;
  /** The rows in order, each made when taken; every call makes them again. */
  rows: () => Iterable<OutCell[]>;
}

/** A block whose `rows` are its head (heading, headers) and whose body rows follow, made as taken. */
export interface StreamedSheetBlock extends SheetBlock {
  body: OutRowStream;
}

/** The block held whole: its head rows then every body row (what a host without streaming writes). */
export function heldBlock(block: SheetBlock | StreamedSheetBlock): SheetBlock {
  if (!("body" in block)) return block;
  const { body, ...head } = block;
  return { ...head, rows: [...head.rows, ...body.rows()] };
}
