/**
 * Departments, communes and (older years) districts are ranked apart. Without a units list the
 * kind is inferred from the unit's name, then from the sheet's title rows ("… cấp xã"), then from
 * the criteria set the table matches best (score-with-sets.ts). Pure and shared by every host.
 */
import type { Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import type { UnitKind } from "../reports/schemas";
import { unitNameKey } from "./unit-names";

const DEPARTMENT =
  /^(so|ban|van phong|thanh tra|cong an|bo chi huy|ban quan ly|dai phat thanh|bao|truong|vien|quy|trung tam|kho bac|cuc|chi cuc)\b/;
const DISTRICT = /^(uy ban nhan dan )?(huyen|quan|thi xa)\b/;
const COMMUNE = /^(uy ban nhan dan )?(xa|phuong|dac khu|thi tran)\b/;

/** The kind a unit name says: "Sở Tư pháp" → department, "UBND xã Mường Bằng" → commune. */
export function kindFromName(name: string | null | undefined): UnitKind | null {
  if (!name) return null;
  const key = unitNameKey(name);
  // "thị xã" is a district-level town, so districts are tested before communes.
  if (DISTRICT.test(key)) return "district";
  if (COMMUNE.test(key)) return "commune";
  if (DEPARTMENT.test(key)) return "department";
  return null;
}

const TITLE_RULES: [RegExp, UnitKind][] = [
  [/\bcap huyen\b|\bhuyen thi xa thanh pho\b|\bcac huyen\b/, "district"],
  [/\bcap xa\b|\bxa phuong( dac khu)?( thi tran)?\b|\bcac xa\b/, "commune"],
  [/\bso ban nganh\b|\bcap tinh\b|\bco quan chuyen mon\b|\bcac so\b/, "department"],
];

/** The kind the sheet's title rows state ("BẢNG CHẤM ĐIỂM … ĐỐI VỚI UBND CẤP XÃ"), scanned above `beforeRow`. */
export function kindFromTitleRows(grid: Grid, beforeRow = 12): UnitKind | null {
  const values = Array.isArray(grid.values) ? grid.values : [];
  for (let r = 0; r < Math.min(beforeRow, values.length); r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    for (const v of row.slice(0, 30)) {
      if (typeof v !== "string" || v.length > 300) continue;
      const key = unitNameKey(v);
      for (const [re, kind] of TITLE_RULES) if (re.test(key)) return kind;
    }
  }
  return null;
}

/** The ranking group's label for a kind (used when no units list names the groups). */
export const KIND_GROUP: Record<UnitKind, Record<Lang, string>> = {
  department: { vi: "Sở, ban, ngành", en: "Departments" },
  commune: { vi: "UBND xã, phường, đặc khu", en: "Communes and wards" },
  district: { vi: "UBND huyện, thị xã, thành phố", en: "Districts and towns" },
};

/** A set's unit type string read as a kind ("department", "commune", "district"), else null. */
export function kindOfUnitType(unitType: string | null | undefined): UnitKind | null {
  return unitType === "department" || unitType === "commune" || unitType === "district" ? unitType : null;
}
