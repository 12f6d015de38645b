/** Reading the side spreadsheets of a consolidation: the survey points and the units list. */
import type { Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import type { Issue } from "../validation/issue";
import type { SurveyInput } from "../totals/compute-totals";
import { notImplemented } from "../not-implemented";

export interface UnitsListRow {
  unit: string;
  group: string;
  unitType: string | null;
  /** File name (CLI), spreadsheet URL or ID (Sheets). */
  source: string | null;
  editors: string[];
  survey: number | null;
  row: number;
}

/** A units list: Đơn vị | Nhóm | Loại | Tệp / URL | Email | Điểm ĐTXHH… matched by header synonyms. */
export function readUnitsGrid(_grid: Grid, _lang: Lang = "vi"): { rows: UnitsListRow[]; issues: Issue[] } {
  return notImplemented("readUnitsGrid");
}

/** A survey workbook: one row per unit with total survey points, optionally per criterion columns. */
export function readSurveyGrid(_grid: Grid, _lang: Lang = "vi"): { byUnit: Map<string, SurveyInput>; issues: Issue[] } {
  return notImplemented("readSurveyGrid");
}

/** Key for matching unit names across files: folded (case, accents, spaces). */
export { foldText as unitKey } from "../grid/fold-text";
