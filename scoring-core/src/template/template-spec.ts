/**
 * Host-neutral description of a blank scoring sheet built from a criteria set. Hosts (the CLI's
 * xlsx writer, Excel, Google Sheets) render the same spec, so one template shape exists.
 * Rows and columns are 0-based in the sheet; formulas use English function names and A1 refs.
 */
import type { ColumnRole } from "../table/types";

export type TemplateCell = string | number | null | { formula: string };

export interface TemplateColumn {
  role: ColumnRole;
  header: string;
  width: number;
  /** Units type into these columns; the rest is protected structure. */
  editable: boolean;
  /**
   * Number format code (English syntax, as Excel and Google Sheets take it). "@" marks a text column, so
   * that "1.10" stays a code and "3/4" a declared figure instead of becoming a number or a date.
   */
  numberFormat?: string;
}

export type TemplateRowKind =
  "title" | "header" | "field" | "criterion" | "subcriterion" | "item" | "rule" | "total" | "blank";

export type TemplateValidation =
  | {
      kind: "decimal";
      min: number;
      max: number;
      /** Texts also accepted (e.g. "Không áp dụng" where the item may not apply). */
      allowText?: string[];
    }
  | { kind: "list"; values: number[]; allowText?: string[] };

export interface TemplateRow {
  kind: TemplateRowKind;
  code?: string;
  cells: TemplateCell[];
  /** Validation on this row's score cells (self and appraisal columns), if a leaf. */
  validation?: TemplateValidation;
  /** Scored by the survey (ĐTXHH): nobody types in it; show it grey and locked. */
  greyed?: boolean;
  /** The evidence the criteria set asks for ("Kế hoạch CCHC năm của cơ quan"): a prompt or note on the evidence cell. */
  evidenceHint?: string;
}

export interface TemplateConditionalFormat {
  kind: "missing-evidence" | "over-max";
  /** A1 range the rule applies to. */
  range: string;
  /** Formula relative to the range's top-left cell, e.g. =AND(F8>0,H8="",I8=""). */
  formula: string;
}

export interface TemplateSpec {
  sheetName: string;
  columns: TemplateColumn[];
  rows: TemplateRow[];
  /** Header rows to freeze. */
  frozenRows: number;
  conditionalFormats: TemplateConditionalFormat[];
  /** A1 ranges units may edit (everything else is protected). */
  editableRanges: string[];
  /** A1 ranges appraisers edit, per field code (for the Sở Nội vụ's protections). */
  appraisalRanges: { field: string; range: string }[];
  /**
   * In-cell drop-downs of texts (the appraisal flag "Cần giải trình"): each range's cells offer
   * `values` (blank allowed). Hosts take the items from cells (Excel: its hidden list sheet).
   */
  textLists?: { role: ColumnRole; ranges: string[]; values: string[] }[];
  /** Where the totals are, for tests that recalculate them (A1). */
  totalCells: { self: string; max: string };
  /** Row heights in points by 0-based row, for rows whose wrapped texts need more than one line (row-heights.ts). */
  rowHeights?: Record<number, number>;
  /** Merged areas, 0-based inclusive (the title rows span the table's width). */
  merges?: { top: number; left: number; bottom: number; right: number }[];
}
