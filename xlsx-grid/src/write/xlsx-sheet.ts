/**
 * The writer's own model of a worksheet: plain data, no XML. templateSheet and blockSheet map
 * the core's layouts onto it; writeWorkbook renders it to OOXML.
 */

/** A formula in English A1 syntax ("SUM(D5:D9)" or "=SUM(D5:D9)"), with the value when known. */
export interface XlsxFormula {
  formula: string;
  value?: number | string | boolean;
}

export type XlsxValue = string | number | boolean | null | XlsxFormula;

/** Fills of the small style set. */
export type XlsxFill = "header" | "field" | "total" | "survey" | "input";

export interface XlsxStyle {
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  /**
   * A number format code in English syntax: "0.00" (Excel shows it with the user's decimal
   * comma), "@" for text, or any custom code.
   */
  numberFormat?: string;
  /** Default true, as in Excel: only matters once the sheet is protected. */
  locked?: boolean;
  fill?: XlsxFill;
  border?: boolean;
  horizontal?: "left" | "center" | "right";
  /** Default "top" once any alignment is set. */
  vertical?: "top" | "center";
  /** A sheet title: bold and larger. */
  title?: boolean;
  /** Blue underlined text, for hyperlink cells. */
  link?: boolean;
  /** Excel's "text, typed with a leading apostrophe": the apostrophe is a style, not a character. */
  quotePrefix?: boolean;
}

export interface XlsxCell {
  value: XlsxValue;
  style?: XlsxStyle;
}

export type XlsxValidation =
  | { kind: "decimal"; min: number; max: number }
  | { kind: "whole"; min: number; max: number }
  /**
   * Allowed values: written as the explicit list "0,0.5,1" (Excel 2010 compatible), or, with
   * `source`, as that range of cells ("'CCHC_DS_…'!$A$1:$A$3"), whose numbers Excel enters as
   * numbers whatever the user's decimal separator.
   */
  | { kind: "list"; values: (number | string)[]; source?: string }
  /** A formula true for valid input, relative to the first cell of the sqref ("=OR(…)"). */
  | { kind: "custom"; formula: string };

export interface XlsxDataValidation {
  /** One or more A1 ranges separated by spaces ("F8:F9 H8"). */
  sqref: string;
  /** Absent: no restriction, only the input message (a hint on the cell). */
  rule?: XlsxValidation;
  prompt?: { title: string; text: string };
  error?: { title: string; text: string };
}

export interface XlsxConditionalFormat {
  /** A1 range (or several separated by spaces). */
  sqref: string;
  /** Formula relative to the range's top-left cell, with or without "=". */
  formula: string;
  /** amber: missing evidence; red: over the maximum. */
  style: "amber" | "red";
}

export interface XlsxHyperlink {
  row: number;
  col: number;
  /** Target sheet and A1 cell. */
  sheet: string;
  cell: string;
  /**
   * The target's workbook when it is another file (a path relative to this one, e.g. the unit's
   * "So-Tu-phap.xlsx" beside its feedback file); absent for a sheet of this workbook.
   */
  workbook?: string;
  tooltip?: string;
}

/** A native clustered bar chart of one series, anchored in the sheet. Rows/cols are 0-based. */
export interface XlsxBarChart {
  title: string;
  seriesName: string;
  categoriesCol: number;
  valuesCol: number;
  fromRow: number;
  toRow: number;
  /** Cached points so viewers show the chart before recalculating. */
  categories: string[];
  values: (number | null)[];
  /** Number format of the data labels (default "0.00"). */
  numberFormat?: string;
  /** The sheet holding the data, when not the chart's own sheet (a chart sheet of its own). */
  sheet?: string;
  /** Top-left and bottom-right cells of the chart frame. */
  anchor: { fromRow: number; fromCol: number; toRow: number; toCol: number };
}

/**
 * A native line chart: categories (years) are cells of one row, each series a row of values in
 * the same columns, named by a cell of that row. Rows/cols are 0-based, in the chart's own sheet.
 */
export interface XlsxLineChart {
  kind: "line";
  title: string;
  categoriesRow: number;
  fromCol: number;
  toCol: number;
  /** Cached points so viewers show the chart before recalculating. */
  categories: string[];
  nameCol: number;
  series: { row: number; name: string; values: (number | null)[] }[];
  /** The value axis's bounds (an index: within 0–100); automatic when absent. */
  axisMin?: number;
  axisMax?: number;
  /** Number format of the value axis (default "0"). */
  numberFormat?: string;
  anchor: { fromRow: number; fromCol: number; toRow: number; toCol: number };
}

export type XlsxChart = XlsxBarChart | XlsxLineChart;

export interface XlsxSheet {
  name: string;
  /** Hidden from the tabs; "veryHidden" is also absent from Excel's Unhide list. */
  state?: "hidden" | "veryHidden";
  /** rows[r][c], 0-based; missing entries are empty cells. */
  rows: (XlsxCell | null | undefined)[][];
  /**
   * More rows after `rows`, made while the part is written and never all held: a sheet too large
   * to build first (the ranking's year record). Links, merges and heights refer to `rows` only.
   */
  rowStream?: () => Iterable<readonly (XlsxCell | null | undefined)[]>;
  /**
   * The rows and columns a streamed sheet will have, when known before it is written: its
   * <dimension> is then written as for held rows (without it a streamed sheet has none).
   */
  extent?: { rows: number; cols: number };
  /** Widths in characters, per column. */
  columnWidths?: number[];
  /** Merged areas as A1 ranges ("A1:D1"). */
  merges?: string[];
  frozenRows?: number;
  hiddenRows?: number[];
  /** Row heights in points, by 0-based row (others keep the default height). */
  rowHeights?: Record<number, number>;
  dataValidations?: XlsxDataValidation[];
  conditionalFormats?: XlsxConditionalFormat[];
  /** Protect the sheet without a password; unlocked cells stay editable. */
  protect?: boolean;
  hyperlinks?: XlsxHyperlink[];
  chart?: XlsxChart;
  /** Rows repeated at the top of each printed page (0-based, inclusive). */
  printTitleRows?: { from: number; to: number };
  /** Columns repeated at the left of each printed page (0-based, inclusive). */
  printTitleCols?: { from: number; to: number };
  /** A4 landscape fitted to one page wide (default true); false prints at 100 % across pages. */
  fitToWidth?: boolean;
}

/**
 * A sheet written by writeWorkbookTo but made only when its turn comes, so a streamed workbook
 * never holds every sheet at once. Its name is needed up front (the workbook's sheet list and
 * links); it may not carry a chart (the package's content types are written first).
 */
export interface DeferredSheet {
  name: string;
  make: () => XlsxSheet;
}
