/**
 * A scoring table read from a grid: the tree field → criterion → sub-criterion with, for every
 * node, where it came from (row and A1 cells), so every issue and every mark names a cell.
 */
import type { CellValue } from "../grid/grid";
import type { ParsedNumber } from "../numbers/parse-number";

export type ColumnRole =
  | "code" // STT, TT, Số TT
  | "title" // Lĩnh vực/tiêu chí/tiêu chí thành phần; Nội dung…
  | "max" // Điểm tối đa; Điểm chuẩn; Thang điểm
  | "rule" // Cách tính điểm; Phương pháp chấm điểm; Hướng dẫn chấm điểm
  | "declared" // Số liệu kê khai
  | "self" // Điểm tự đánh giá; Tự chấm…
  | "appraisal1" // Điểm thẩm định (lần 1); Điểm Hội đồng thẩm định
  | "appraisal2" // Điểm thẩm định lần 2
  | "evidence" // Tài liệu kiểm chứng; TLKC
  | "explanation" // Giải trình; Ghi chú của đơn vị
  | "appraisalNote" // Ghi chú của thẩm định
  | "appraisalFlag" // Cần giải trình / bổ sung tài liệu (set by the appraiser in round 1)
  | "appraiser" // Cơ quan thẩm định; Cơ quan chủ trì thẩm định (annexes: who appraises; never a score)
  | "notApplicable"; // Trường hợp không áp dụng (annexes: may an item be N/A, and what it does)

export interface ColumnInfo {
  role: ColumnRole;
  /** 0-based sheet column. */
  col: number;
  /** Column letters ("F"). */
  letter: string;
  /** The header text as found (both rows joined for two-row headers). */
  header: string;
}

export type ColumnMap = Partial<Record<ColumnRole, ColumnInfo>>;

/** A maximum column for one unit type ("Điểm tối đa Sở" → "department"). */
export interface UnitMaxColumn extends ColumnInfo {
  unitType: string;
}

/**
 * Which columns a table must have: a unit's scoring table needs the self-assessed score; an
 * official annex (the set as published) has none, only maxima.
 */
export type TableProfile = "scoring" | "annex";

/**
 * A cell as read, with its address. Read-only for every consumer: the reader shares some of them
 * between tables (a blank score cell, no value and no formula, is one object per address for
 * every table read at that address; `parsed` objects and strings are shared too). Replace a
 * node's cell with a new object, never change one in place. The reader makes cells and nodes
 * with `new` of a plain constructor (plain-constructor.ts: V8 never pretenures those): they are
 * plain objects (prototype Object.prototype) with own data fields only, as literals would be.
 */
export interface CellRead {
  /** A1 address in the sheet, e.g. "F12". */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** Column letters. */
  column: string;
  raw: CellValue;
  formula: string | null;
  /** Trimmed, NFC text of the cell ("" for blank). */
  text: string;
}

export interface NumberRead extends CellRead {
  parsed: ParsedNumber;
}

export type NodeLevel = "field" | "criterion" | "subcriterion" | "item";
export type Section = "main" | "bonus" | "penalty";

export interface TableNode {
  /** Normalised code: "1", "1.2", "1.2.3", "1.2.3.a"; Roman field numbers become Arabic. */
  code: string;
  /** The numbering as typed ("II", "2.1", "a)"). */
  rawCode: string;
  level: NodeLevel;
  section: Section;
  title: string;
  /** 1-based sheet row. */
  row: number;
  hidden: boolean;
  /** Score cells: null only when the column is missing (a blank cell reads as parsed "blank"). */
  max: NumberRead | null;
  /** Maxima per unit type, when the header has such columns (annexes: "Điểm tối đa Sở" | "… xã"). */
  maxByUnitType?: Record<string, NumberRead>;
  /** Text cells (declared, evidence, explanation, appraisalNote): null when the column is missing or the cell is blank. */
  declared: CellRead | null;
  self: NumberRead | null;
  /** Appraisal rounds in order; the latest present one stands. */
  appraisals: NumberRead[];
  evidence: CellRead | null;
  explanation: CellRead | null;
  appraisalNote: CellRead | null;
  /** The appraiser's "cần giải trình / bổ sung tài liệu" mark (absent when the table has no such column). */
  appraisalFlag?: CellRead | null;
  /** Annexes: the department that appraises the node ("Cơ quan thẩm định" column), when the table has one. */
  appraiser?: CellRead | null;
  /** Annexes: the "Trường hợp không áp dụng" cell (permission and policy), when the table has one. */
  notApplicable?: CellRead | null;
  /**
   * Rule text from the rule column and from "-"/"+" lines below the row. Read-only, as `children`:
   * the reader gives every node without rule text or children one shared frozen empty array.
   */
  ruleText: readonly string[];
  children: readonly TableNode[];
  /**
   * A combined bonus/penalty content ("Điểm thưởng, điểm trừ"): its section reads "bonus" but its
   * children carry their own sections ("bonus" or "penalty"); sum its children, not the node.
   */
  mixedSection?: boolean;
}

export interface TotalRow {
  row: number;
  max: NumberRead | null;
  self: NumberRead | null;
  appraisals: NumberRead[];
}

export interface ScoringTable {
  sheet: string;
  /** From the title rows ("Sở Tư pháp", "UBND xã …"), if found. */
  unit: string | null;
  year: number | null;
  /** 1-based sheet rows of the header (one or two). */
  headerRows: number[];
  columns: ColumnMap;
  /** Maxima per unit type, in column order (absent when the header has none). */
  unitMaxima?: UnitMaxColumn[];
  /** Top-level nodes: fields, then bonus/penalty contents. */
  fields: TableNode[];
  totalRow: TotalRow | null;
  /** 1-based sheet rows of the first and last table rows (after the header). */
  firstRow: number;
  lastRow: number;
}
