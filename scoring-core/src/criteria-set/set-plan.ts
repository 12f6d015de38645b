/**
 * Before a consolidation: which criteria set each unit type will be scored on, as one short line
 * per type ("Sở, ban, ngành: Bộ tiêu chí … (2025)"), and an error line for a type no set covers.
 * The hosts' panels only show these lines; the choice itself is the consolidation's own rule
 * (scoreWithSets' setForUnitType for picked files, provinceSetForUnit in the province edition),
 * so what the panel says is what the run does.
 */
import { KIND_GROUP, kindOfUnitType } from "../consolidation/unit-kind";
import { setForUnitType } from "../consolidation/score-with-sets";
import type { Lang } from "../messages/lang";
import type { CriteriaSet } from "./schema";

export interface SetPlanLine {
  /** The unit type (a set's `unitTypes` entry); null: units whose type is not known before the run. */
  unitType: string | null;
  /** "Sở, ban, ngành", "UBND xã, phường, đặc khu", a province's own type as written. */
  label: string;
  /** The set its units are scored on; null: none (an error line, or no set chosen at all). */
  set: { id: string; name: string; year: number; sample: boolean } | null;
  /** error: units of this type would be scored on no set, or on a set for another type. */
  severity: "info" | "warning" | "error";
  /** The line as the panel shows it. */
  text: string;
}

/** One unit type's choice: its set, or for untyped units the sets the run chooses among. */
export interface SetChoice {
  unitType: string | null;
  set: CriteriaSet | null;
  among?: readonly CriteriaSet[];
}

/** The unit types every 2025 province ranks (departments, communes), then any a set names. */
const EXPECTED = ["department", "commune"] as const;

export function unitTypeLabel(unitType: string | null, lang: Lang): string {
  if (unitType === null) return lang === "vi" ? "Đơn vị chưa ghi loại" : "Units with no type given";
  const kind = kindOfUnitType(unitType);
  return kind ? KIND_GROUP[kind][lang] : unitType;
}

const setName = (set: CriteriaSet, lang: Lang): string => {
  const name = set.name.includes(String(set.year)) ? set.name : `${set.name} (${set.year})`;
  // A sample set says so, unless its name already does ("… (mẫu — không phải văn bản chính thức)").
  if (!set.sample || /mẫu|sample/i.test(set.name)) return name;
  return lang === "vi" ? `${name} — bộ mẫu` : `${name} — sample set`;
};

/** The panel's lines for each unit type's choice. */
export function setPlanLines(choices: readonly SetChoice[], lang: Lang): SetPlanLine[] {
  const vi = lang === "vi";
  return choices.map(({ unitType, set, among }) => {
    const label = unitTypeLabel(unitType, lang);
    const summary = set ? { id: set.id, name: set.name, year: set.year, sample: set.sample } : null;
    if (unitType === null && among && among.length > 1) {
      const names = among.map((s) => setName(s, lang)).join("; ");
      return {
        unitType,
        label,
        set: null,
        severity: "info" as const,
        text: vi
          ? `${label}: bộ phù hợp theo tên hoặc bảng của đơn vị, trong: ${names}`
          : `${label}: the set their name or table matches, among: ${names}`,
      };
    }
    if (!set)
      return {
        unitType,
        label,
        set: null,
        severity: "error" as const,
        text: vi
          ? `${label}: chưa có bộ tiêu chí cho loại đơn vị này — nhập bộ tiêu chí (Cài đặt → Nhập bộ tiêu chí) trước khi tổng hợp.`
          : `${label}: no criteria set for this unit type — import one (Settings → Import a set) before consolidating.`,
      };
    // A set for another type would score these units against the wrong maxima: an error.
    if (unitType !== null && !set.unitTypes.includes(unitType)) {
      const forTypes = set.unitTypes.map((t) => unitTypeLabel(t, lang)).join(", ");
      return {
        unitType,
        label,
        set: summary,
        severity: "error" as const,
        text: vi
          ? `${label}: chưa có bộ tiêu chí cho loại đơn vị này — bộ “${setName(set, lang)}” dành cho ${forTypes}; nhập bộ tiêu chí cho ${label} (Cài đặt → Nhập bộ tiêu chí).`
          : `${label}: no criteria set for this unit type — “${setName(set, lang)}” is for ${forTypes}; import a set for ${label} (Settings → Import a set).`,
      };
    }
    return {
      unitType,
      label,
      set: summary,
      severity: "info" as const,
      text: `${label}: ${setName(set, lang)}`,
    };
  });
}

/**
 * Picked files (Excel, the cli's --framework): the sets a consolidation applies (setsPerUnitType)
 * per unit type, by scoreWithSets' rule; none applied is one warning line (each table is scored
 * on its own maxima), never an error. A type no chosen set names is a warning: the files are not
 * read yet, so there may be none of that type.
 */
export function filesSetPlan(applied: readonly CriteriaSet[], lang: Lang): SetPlanLine[] {
  if (applied.length === 0)
    return [
      {
        unitType: null,
        label: unitTypeLabel(null, lang),
        set: null,
        severity: "warning",
        text:
          lang === "vi"
            ? "Chưa chọn bộ tiêu chí: mỗi bảng được chấm theo điểm tối đa ghi trong bảng (chọn bộ tiêu chí ở Cài đặt)."
            : "No criteria set chosen: each table is scored on the maxima it states (choose a set in Settings).",
      },
    ];
  const named = new Set(applied.flatMap((s) => s.unitTypes));
  const types = [...new Set<string>([...EXPECTED, ...named])];
  const lines = setPlanLines(
    types.map((unitType) => ({ unitType, set: setForUnitType(applied, unitType) })),
    lang,
  );
  // Before reading the picked files, a type no set names may have no file at all (a
  // departments-only run): say what would happen if it has, as a warning, not an error.
  return lines.map((line) =>
    line.severity === "error" && line.unitType !== null && !named.has(line.unitType)
      ? {
          ...line,
          severity: "warning" as const,
          text:
            lang === "vi"
              ? `${line.text} Nếu không tổng hợp tệp nào của loại này, bỏ qua dòng này.`
              : `${line.text} If no file of this type is consolidated, ignore this line.`,
        }
      : line,
  );
}
