/**
 * What the Sở Nội vụ's loop does with each row of "Đơn vị": hand a table out, skip it, or list it
 * as failed with a reason naming the cell. Hosts only open, create and write; these decisions
 * and their wording live here, so Sheets and any other host agree. No unit is ever dropped:
 * every row ends up created, skipped, in the consolidation job, or in the failed list.
 */
import type { CriteriaSet } from "../criteria-set/schema";
import { SAMPLE_SETS } from "../criteria-set/samples/index";
import { latestSetForUnitType } from "../criteria-set/storage";
import { foldText } from "../grid/fold-text";
import type { Lang } from "../messages/lang";
import type { FailedUnit } from "../reports/schemas";
import type { ControlUnit, ControlUnitsResult } from "./control-sheets";
import type { JobSpecUnit } from "./consolidation-job";

export type UnitFailureCode =
  | "row-invalid"
  | "not-handed-out"
  | "same-spreadsheet"
  | "cannot-open"
  | "no-access"
  | "sheet-missing"
  | "no-table"
  | "quota"
  | "error";

const FAILURES: Record<UnitFailureCode, { vi: string; en: string }> = {
  "row-invalid": { vi: "Dòng {row} trang “Đơn vị”: {detail}", en: "Row {row} of “Units”: {detail}" },
  "not-handed-out": {
    vi: "Chưa phát bảng: ô {cell} chưa có đường dẫn bảng tính.",
    en: "Not handed out: cell {cell} has no spreadsheet link.",
  },
  "same-spreadsheet": {
    vi: "Dòng {row} dùng cùng bảng tính với dòng {detail}.",
    en: "Row {row} uses the same spreadsheet as row {detail}.",
  },
  "cannot-open": {
    vi: "Không mở được bảng tính: đã bị xóa, chuyển vào thùng rác hoặc sai ID.",
    en: "The spreadsheet cannot be opened: deleted, in the bin, or a wrong ID.",
  },
  "no-access": {
    vi: "Sở Nội vụ không có quyền mở bảng tính này; nhờ đơn vị chia sẻ quyền chỉnh sửa.",
    en: "The Sở Nội vụ has no access to this spreadsheet; ask the unit to share it with edit rights.",
  },
  "sheet-missing": {
    vi: "Không tìm thấy trang chấm điểm của công cụ trong bảng tính (trang đã bị xóa hoặc chép sang trang mới).",
    en: "The tool's scoring sheet is not in the spreadsheet (deleted, or copied into a new sheet).",
  },
  "no-table": { vi: "{detail}", en: "{detail}" },
  quota: {
    vi: "Google giới hạn số lần gọi (hạn mức) — đã thử lại nhiều lần: {detail}",
    en: "Google's quota limit — retried several times: {detail}",
  },
  error: { vi: "Lỗi khi đọc bảng tính: {detail}", en: "Error while reading the spreadsheet: {detail}" },
};

export function unitFailure(
  code: UnitFailureCode,
  lang: Lang,
  params: { row?: number; cell?: string; detail?: string } = {},
): string {
  return FAILURES[code][lang]
    .replace("{row}", String(params.row ?? ""))
    .replace("{cell}", params.cell ?? "")
    .replace("{detail}", params.detail ?? "");
}

/** Errors (not warnings) the units sheet has on a row, as one line of messages. */
export function rowErrors(control: ControlUnitsResult): Map<number, string> {
  const out = new Map<number, string>();
  for (const i of control.issues) {
    if (i.severity !== "error" || i.row === null) continue;
    const prev = out.get(i.row);
    out.set(i.row, prev ? `${prev} ${i.message}` : i.message);
  }
  return out;
}

export type HandOutDecision =
  | { action: "create"; unit: ControlUnit }
  | { action: "skip"; unit: ControlUnit }
  | { action: "fail"; unit: ControlUnit; reason: string };

/**
 * Per row: a unit with a spreadsheet is skipped (re-running creates nothing twice); a row with
 * errors (duplicate name, bad e-mail, a link that is not a spreadsheet) is failed and its cells
 * left as typed; the rest get a new table.
 */
export function handOutDecisions(control: ControlUnitsResult, lang: Lang): HandOutDecision[] {
  const errors = rowErrors(control);
  return control.units.map((unit): HandOutDecision => {
    if (unit.spreadsheetId) return { action: "skip", unit };
    const e = errors.get(unit.row);
    if (e)
      return { action: "fail", unit, reason: unitFailure("row-invalid", lang, { row: unit.row, detail: e }) };
    return { action: "create", unit };
  });
}

export interface JobUnitSpec extends JobSpecUnit {
  /** The unit's spreadsheet id (also the job key). */
  spreadsheetId: string;
  survey: number | null;
  row: number;
}

/**
 * The consolidation's units: every row with a spreadsheet (key = its id). Rows without one,
 * rows whose link is bad, duplicates and a second row pointing at the same spreadsheet go to
 * `failed` with a reason — listed, never dropped.
 */
export function consolidationUnits(
  control: ControlUnitsResult,
  lang: Lang,
  spreadsheetCell: (row: number) => string,
): { units: JobUnitSpec[]; failed: FailedUnit[] } {
  const errors = rowErrors(control);
  const units: JobUnitSpec[] = [];
  const failed: FailedUnit[] = [];
  const byId = new Map<string, number>();
  const seenNames = new Map<string, number>();
  for (const u of control.units) {
    const file = `Đơn vị!${spreadsheetCell(u.row)}`;
    const name = foldText(u.unit);
    const firstRow = seenNames.get(name);
    if (firstRow !== undefined) {
      failed.push({
        file,
        unit: u.unit,
        error: unitFailure("row-invalid", lang, { row: u.row, detail: errors.get(u.row) ?? "" }),
      });
      continue;
    }
    seenNames.set(name, u.row);
    if (!u.spreadsheetId) {
      const e = errors.get(u.row);
      failed.push({
        file,
        unit: u.unit,
        error: e
          ? unitFailure("row-invalid", lang, { row: u.row, detail: e })
          : unitFailure("not-handed-out", lang, { cell: spreadsheetCell(u.row) }),
      });
      continue;
    }
    const other = byId.get(u.spreadsheetId);
    if (other !== undefined) {
      failed.push({
        file,
        unit: u.unit,
        error: unitFailure("same-spreadsheet", lang, { row: u.row, detail: String(other) }),
      });
      continue;
    }
    byId.set(u.spreadsheetId, u.row);
    units.push({
      key: u.spreadsheetId,
      spreadsheetId: u.spreadsheetId,
      unit: u.unit,
      group: u.group,
      unitType: u.unitType,
      survey: u.survey,
      row: u.row,
    });
  }
  return { units, failed };
}

/** Apps Script's texts for a spreadsheet that cannot be opened, as a failure reason. */
export function openFailure(message: string, lang: Lang): { error: string; code: UnitFailureCode } {
  if (/permission|access/i.test(message)) return { code: "no-access", error: unitFailure("no-access", lang) };
  if (
    /unexpected error while getting the method or property openById|not found|No item with the given ID/i.test(
      message,
    )
  )
    return { code: "cannot-open", error: unitFailure("cannot-open", lang, { detail: message }) };
  return { code: "error", error: unitFailure("error", lang, { detail: message }) };
}

/** Unit types the units list may use, in Vietnamese or English, to a criteria set's unit type. */
const UNIT_TYPE_WORDS: [RegExp, string][] = [
  [/^(so|ban|nganh|department|so, ban, nganh)/, "department"],
  [/^(ubnd (cap )?(xa|phuong)|xa|phuong|commune|ward)/, "commune"],
];

export function unitTypeOf(text: string | null): string | null {
  if (!text) return null;
  const f = foldText(text);
  for (const [re, type] of UNIT_TYPE_WORDS) if (re.test(f)) return type;
  return f;
}

/**
 * The criteria set for a unit: the one in "Cài đặt" when it covers the unit's type, else a set
 * of the same year that does (a province scores departments and communes on different sets).
 */
export function criteriaSetForUnit(
  settingsSet: CriteriaSet,
  unitType: string | null,
  sets: readonly CriteriaSet[] = SAMPLE_SETS,
): CriteriaSet {
  if (!unitType || settingsSet.unitTypes.includes(unitType)) return settingsSet;
  return sets.find((s) => s.year === settingsSet.year && s.unitTypes.includes(unitType)) ?? settingsSet;
}

/**
 * The set a unit is handed out and scored on: the province's own (stored in the control
 * spreadsheet) for the unit's type — the set "Cài đặt" names when it is stored and covers the
 * type, else the stored set of that year for the type, else the latest stored one — and only
 * when the province stores none for the type, the named set or a sample (criteriaSetForUnit).
 */
export function provinceSetForUnit(
  settingsSet: CriteriaSet,
  unitType: string | null,
  stored: readonly CriteriaSet[],
  /** Every id "Cài đặt" names (one per unit type): a stored one for the unit's type wins. */
  chosen: readonly string[] = [],
): CriteriaSet {
  const named = stored.some((s) => s.id === settingsSet.id);
  if (!unitType) return settingsSet;
  for (const id of chosen) {
    const set = stored.find((s) => s.id === id && s.unitTypes.includes(unitType));
    if (set) return set;
  }
  if (named && settingsSet.unitTypes.includes(unitType)) return settingsSet;
  const forType = stored.filter((s) => s.unitTypes.includes(unitType));
  const sameYear = forType.find((s) => s.year === settingsSet.year);
  const own = sameYear ?? latestSetForUnitType(forType, unitType);
  return own ?? criteriaSetForUnit(settingsSet, unitType);
}
