/** Reading the side spreadsheets of a consolidation: the survey points and the units list. */
import { columnLetters } from "../grid/address";
import type { CellValue, Grid } from "../grid/grid";
import { unitNameKey } from "./unit-names";
import { foldCached, foldWords } from "../grid/fold-cache";
import type { Lang } from "../messages/lang";
import { parseNumberCell } from "../numbers/parse-number";
import { cellText } from "../table/cell-read";
import { IssueCollector, type Issue } from "../issues/issue";
import type { SurveyInput } from "../totals/compute-totals";

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

type SideRole = "code" | "unit" | "group" | "unitType" | "source" | "editors" | "survey";

/** Folded-word patterns of side-table headers; the first match wins. */
const SIDE_RULES: [RegExp, SideRole][] = [
  [/^(stt|tt|so tt|so thu tu)$/, "code"],
  [
    /^(tong )?(diem )?(dtxhh|dieu tra xa hoi hoc|khao sat)( \d+( diem)?)?$|^diem (dtxhh|dieu tra|khao sat)/,
    "survey",
  ],
  [/^loai( don vi| hinh)?$/, "unitType"],
  [/^(nhom|khoi)( don vi| co quan)?$/, "group"],
  [
    /^(ten )?(tep|file|url|duong dan|link|lien ket)\b|^(id|ma) (bang tinh|tep|spreadsheet)|^bang tinh$|^spreadsheet( id| url)?$/,
    "source",
  ],
  [/^(dia chi )?e ?mail\b|^thu dien tu|^nguoi (cham|bien tap|phu trach|nhap)|^bien tap/, "editors"],
  [/^(ten )?(co quan )?(don vi|co quan)( don vi)?$|^ten (don vi|co quan)|^co quan don vi$/, "unit"],
];

function sideRole(words: string): SideRole | null {
  if (words === "" || words.length > 80) return null;
  for (const [re, role] of SIDE_RULES) if (re.test(words)) return role;
  return null;
}

const LABELS: Record<"unit" | "survey", Record<Lang, string>> = {
  unit: { vi: "Đơn vị", en: "Unit" },
  survey: { vi: "Điểm ĐTXHH", en: "Survey points" },
};

/** A criterion-code header in a survey sheet: "2.3", "Tiêu chí 2.3", "TC 2.3." */
const CRITERION_HEADER = /^(?:tieu chi|tc)?\s*(\d{1,2}(?:\.\d{1,2})+)\.?$/;

/** In a survey sheet, a plain "Tổng điểm" / "Điểm" column is the unit's survey total. */
const SURVEY_TOTAL = /^(tong diem|tong cong|tong|diem|tong so diem)$/;

interface SideHeader {
  row: number;
  cols: Map<SideRole, number>;
  criteria: Map<number, string>;
}

function findSideHeader(grid: Grid, issues: IssueCollector, survey: boolean): SideHeader | null {
  const values = Array.isArray(grid.values) ? grid.values : [];
  let best: SideHeader | null = null;
  let bestCount = 0;
  for (let r = 0; r < Math.min(30, values.length); r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const cols = new Map<SideRole, number>();
    const criteria = new Map<number, string>();
    for (let c = 0; c < row.length && c < 500; c++) {
      const v = row[c];
      if (typeof v === "number" && survey) {
        const code = String(v);
        if (/^\d{1,2}\.\d{1,2}$/.test(code)) criteria.set(c, code);
        continue;
      }
      if (typeof v !== "string" || v.length > 120) continue;
      const words = foldWords(v);
      const role = sideRole(words) ?? (survey && SURVEY_TOTAL.test(words) ? "survey" : null);
      if (role && !cols.has(role)) cols.set(role, c);
      else if (!role && survey) {
        const m = CRITERION_HEADER.exec(foldCached(v));
        if (m) criteria.set(c, m[1]!);
      }
    }
    const count = cols.size + (criteria.size > 0 ? 1 : 0);
    if (cols.has("unit") && count >= 2 && count > bestCount) {
      best = { row: r, cols, criteria };
      bestCount = count;
    }
  }
  if (!best) {
    issues.add("header-not-found");
    return null;
  }
  return best;
}

/** Reads one number cell of a side table; issues name the cell. null: blank, not applicable or bad. */
function numberAt(
  v: CellValue,
  cell: string,
  row: number,
  column: string,
  issues: IssueCollector,
): number | null {
  const p = parseNumberCell(v);
  if (p.kind === "number") return p.value;
  if (p.kind === "error") issues.add("formula-error", { cell, row, column, value: p.error });
  else if (p.kind === "invalid") issues.add("number-invalid", { cell, row, column, value: p.text });
  return null;
}

function splitEditors(text: string): string[] {
  return text
    .split(/[,;\n\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * A units list: Đơn vị | Nhóm | Loại | Tệp / URL | Email | Điểm ĐTXHH… matched by header synonyms.
 * A unit named twice is reported (unit-duplicate, naming the cell and the first row) and its
 * later row skipped.
 */
export function readUnitsGrid(grid: Grid, lang: Lang = "vi"): { rows: UnitsListRow[]; issues: Issue[] } {
  const issues = new IssueCollector(lang, grid.sheet);
  const header = findSideHeader(grid, issues, false);
  if (!header) return { rows: [], issues: issues.issues };
  const oRow = grid.origin?.row ?? 0;
  const oCol = grid.origin?.col ?? 0;
  const col = (role: SideRole) => header.cols.get(role);
  const [unitC, groupC, typeC, sourceC, editorsC, surveyC] = (
    ["unit", "group", "unitType", "source", "editors", "survey"] as const
  ).map(col);
  const rows: UnitsListRow[] = [];
  const seen = new Map<string, number>();
  const values = grid.values;
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const unit = cellText(row[unitC!] ?? null);
    if (unit === "") continue;
    const sr = r + oRow + 1;
    const key = unitNameKey(unit);
    const other = seen.get(key);
    if (other !== undefined) {
      const column = columnLetters(unitC! + oCol);
      issues.add("unit-duplicate", {
        cell: column + sr,
        row: sr,
        column,
        value: unit,
        params: { other },
      });
      continue;
    }
    seen.set(key, sr);
    const text = (c: number | undefined) => (c === undefined ? "" : cellText(row[c] ?? null));
    let survey: number | null = null;
    if (surveyC !== undefined) {
      const column = columnLetters(surveyC + oCol);
      survey = numberAt(row[surveyC] ?? null, column + sr, sr, column, issues);
    }
    rows.push({
      unit,
      group: text(groupC),
      unitType: text(typeC) || null,
      source: text(sourceC) || null,
      editors: splitEditors(text(editorsC)),
      survey,
      row: sr,
    });
  }
  return { rows, issues: issues.issues };
}

/**
 * A survey workbook: one row per unit with total survey points, optionally per criterion columns
 * (headers "2.3", "Tiêu chí 2.3"). Keys are unit names keyed with unitNameKey (look them up
 * through UnitNameIndex); `names` keeps each name as typed, for messages.
 */
export function readSurveyGrid(
  grid: Grid,
  lang: Lang = "vi",
): { byUnit: Map<string, SurveyInput>; names: Map<string, string>; issues: Issue[] } {
  const issues = new IssueCollector(lang, grid.sheet);
  const byUnit = new Map<string, SurveyInput>();
  const names = new Map<string, string>();
  const header = findSideHeader(grid, issues, true);
  if (!header) return { byUnit, names, issues: issues.issues };
  const totalC = header.cols.get("survey");
  if (totalC === undefined && header.criteria.size === 0) {
    issues.add("column-missing", {
      row: header.row + (grid.origin?.row ?? 0) + 1,
      params: { column: LABELS.survey[lang] },
    });
    return { byUnit, names, issues: issues.issues };
  }
  const oRow = grid.origin?.row ?? 0;
  const oCol = grid.origin?.col ?? 0;
  const unitC = header.cols.get("unit")!;
  const seen = new Map<string, number>();
  const values = grid.values;
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const unit = cellText(row[unitC] ?? null);
    if (unit === "") continue;
    const sr = r + oRow + 1;
    const key = unitNameKey(unit);
    const other = seen.get(key);
    if (other !== undefined) {
      const column = columnLetters(unitC + oCol);
      issues.add("unit-duplicate", {
        cell: column + sr,
        row: sr,
        column,
        value: unit,
        params: { other },
      });
      continue;
    }
    seen.set(key, sr);
    const input: SurveyInput = {};
    if (totalC !== undefined) {
      const column = columnLetters(totalC + oCol);
      const t = numberAt(row[totalC] ?? null, column + sr, sr, column, issues);
      if (t !== null) input.total = t;
    }
    for (const [c, code] of header.criteria) {
      const column = columnLetters(c + oCol);
      const v = numberAt(row[c] ?? null, column + sr, sr, column, issues);
      if (v !== null) (input.byCriterion ??= {})[code] = v;
    }
    byUnit.set(key, input);
    names.set(key, unit);
  }
  return { byUnit, names, issues: issues.issues };
}

/**
 * Key for matching file names and unit names across files: folded (case, accents, spaces).
 * Unit names go through unitNameKey / UnitNameIndex (UBND = Ủy ban nhân dân, "tỉnh …").
 */
export { foldText as unitKey } from "../grid/fold-text";
