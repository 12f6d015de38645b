/**
 * Use case: which criteria set. The same answer in every host: the bundled samples plus the
 * sets stored in the workbook; an id nobody knows is an error (never "no set", never a fallback
 * to the first sample); a template's set comes from an id, a JSON the user picked, or an annex
 * sheet read through the port.
 */
import { deriveAnnexSet } from "../criteria-set/derive";
import { loadCriteriaSet } from "../criteria-set/load";
import { resolveCriteriaSet, setInUse } from "../criteria-set/resolve";
import { SAMPLE_SETS } from "../criteria-set/samples/index";
import type { CriteriaSet } from "../criteria-set/schema";
import { readSetsSheetRows, SETS_SHEET, type StoredSetsRead } from "../criteria-set/storage";
import type { Lang } from "../messages/lang";
import { readTable } from "../table/read-table";
import { step, type Flow } from "./awaitable";
import type { WorkbookPort } from "./port";
import { ServiceError, type CriteriaSetSummary, type TemplateRequest } from "./service-contract";

type Text = Record<Lang, string>;

export function workflowError(
  lang: Lang,
  code: string,
  message: Text,
  hint: Text,
  detail = "",
): ServiceError {
  return new ServiceError(message[lang], hint[lang], code, detail);
}

/** The stored sets' rows read into sets; a damaged row is an issue (never silently skipped). */
export function storedSets(rows: readonly (readonly unknown[])[], lang: Lang = "vi"): StoredSetsRead {
  return readSetsSheetRows(rows, SETS_SHEET, lang);
}

export function summarise(
  set: CriteriaSet,
  sample: boolean = set.sample,
  stored = false,
): CriteriaSetSummary {
  const inUse = setInUse(set, stored ? "stored" : "sample");
  return {
    id: set.id,
    name: set.name,
    year: set.year,
    unitTypes: [...set.unitTypes],
    sample,
    stored,
    decision: inUse.decision,
  };
}

/** The sets a host offers: stored ones first (a stored set shadows a sample of the same id). */
export function* listCriteriaSets(port: WorkbookPort, lang: Lang = "vi"): Flow<CriteriaSetSummary[]> {
  const stored = storedSets(yield* step(port.readCriteriaSets()), lang).sets;
  const ids = new Set(stored.map((s) => s.id));
  return [
    ...stored.map((s) => summarise(s, s.sample, true)),
    ...SAMPLE_SETS.filter((s) => !ids.has(s.id)).map((s) => summarise(s)),
  ];
}

/**
 * The set an id names, among the workbook's stored sets and the samples (the domain's rule,
 * criteria-set/resolve.ts); `null`/"" is "no set"; an id nobody knows is a `set-not-found` error.
 */
export function* criteriaSetFor(
  port: WorkbookPort,
  id: string | null | undefined,
  lang: Lang,
): Flow<CriteriaSet | null> {
  if (!id) return null;
  return setFromStored(id, storedSets(yield* step(port.readCriteriaSets()), lang), lang);
}

/** The set an id names among sets already read (criteriaSetFor's rule, without a second read). */
function setFromStored(id: string, stored: StoredSetsRead, lang: Lang): CriteriaSet {
  const resolved = resolveCriteriaSet(id, stored.sets, lang);
  if (resolved.ok && resolved.set) return resolved.set;
  // The id names no readable set, but a stored row is damaged: that is the error to show.
  const damaged = stored.issues[0];
  if (damaged)
    throw new ServiceError(
      damaged.message,
      lang === "vi"
        ? "Nhập lại bộ tiêu chí (Cài đặt → Nhập bộ tiêu chí), hoặc chọn bộ khác."
        : "Import the criteria set again (Settings → Import a set), or pick another.",
      "set-unreadable",
      id,
    );
  throw new ServiceError(
    resolved.ok ? id : resolved.issue.message,
    lang === "vi"
      ? "Chọn lại bộ tiêu chí trong Cài đặt, hoặc bỏ chọn để kiểm tra không theo bộ tiêu chí."
      : "Pick the criteria set again in Settings, or choose none to check without a set.",
    "set-not-found",
    id,
  );
}

/** The set a template is built from: a picked JSON, an id, or an annex sheet of the workbook. */
export function* templateSet(port: WorkbookPort, request: TemplateRequest, lang: Lang): Flow<CriteriaSet> {
  if (request.criteriaSetJson !== undefined) {
    const loaded = loadCriteriaSet(request.criteriaSetJson, lang);
    if (!loaded.ok) {
      const first = loaded.issues[0]?.message ?? "";
      throw new ServiceError(
        first ||
          (lang === "vi"
            ? "Tệp JSON không phải là một bộ tiêu chí hợp lệ."
            : "The JSON file is not a valid criteria set."),
        lang === "vi"
          ? "Dùng tệp bộ tiêu chí xuất từ công cụ, hoặc chọn một bộ tiêu chí có sẵn."
          : "Use a criteria-set file exported by the tool, or pick a bundled set.",
        "set-schema",
        first,
      );
    }
    return loaded.set;
  }
  if (request.criteriaSetId) {
    const set = yield* criteriaSetFor(port, request.criteriaSetId, lang);
    if (set) return set;
  }
  if (request.annexSheet) {
    const { grid } = yield* step(port.readSheet(request.annexSheet));
    const read = readTable(grid, { lang, profile: "annex" });
    if (!read.ok) {
      const first = read.issues[0]?.message ?? request.annexSheet;
      throw new ServiceError(
        first,
        lang === "vi"
          ? "Trang phụ lục cần có bảng tiêu chí với cột STT, nội dung và điểm tối đa."
          : "The annex sheet needs a criteria table with numbering, content and maximum columns.",
        "set-schema",
        first,
      );
    }
    const name = request.annexSheet;
    return deriveAnnexSet(
      grid,
      read.table,
      {
        id: name,
        name,
        year: request.year ?? read.table.year ?? new Date().getFullYear(),
        unitTypes: [request.unitType ?? "department"],
      },
      lang,
    ).set;
  }
  throw workflowError(
    lang,
    "set-missing",
    { vi: "Chưa chọn bộ tiêu chí.", en: "No criteria set was chosen." },
    {
      vi: "Chọn một bộ tiêu chí có sẵn, tệp JSON hoặc trang phụ lục.",
      en: "Pick a bundled set, a JSON file or an annex sheet.",
    },
  );
}

/**
 * The sets a consolidation applies, one per unit type, in every host (Excel's pane, the province
 * edition): when the set chosen in the settings is one the workbook stores, every stored set of
 * its year (the province's department, commune, district sets…) — scoreWithSets then picks each
 * unit's by its type; a sample or picked set alone is applied alone; none chosen, none applied.
 * Each set applied must score some unit (`criteria-set-unmatched`, the collector's rule).
 */
export function setsPerUnitType(chosen: CriteriaSet | null, stored: readonly CriteriaSet[]): CriteriaSet[] {
  if (!chosen) return [];
  if (!stored.some((s) => s.id === chosen.id)) return [chosen];
  return stored.filter((s) => s.year === chosen.year);
}

/** The chosen set (criteriaSetFor) and the sets applied per unit type with it. */
export function* consolidationSetsFor(
  port: WorkbookPort,
  id: string | null | undefined,
  lang: Lang,
): Flow<{ set: CriteriaSet | null; sets: CriteriaSet[] }> {
  if (!id) return { set: null, sets: [] };
  // One read of the stored sets for both (Excel: one sync).
  const stored = storedSets(yield* step(port.readCriteriaSets()), lang);
  const set = setFromStored(id, stored, lang);
  return { set, sets: setsPerUnitType(set, stored.sets) };
}
