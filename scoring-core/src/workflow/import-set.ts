/**
 * Use case "import a set into the workbook", the same in every pane: the province's criteria set
 * comes from a JSON file the user picked or from an annex sheet of the open workbook (read with the
 * annex profile, as `cchc framework` does). Its issues are reported with the annex cells they are
 * about; a set without errors is stored in the workbook (the hidden sets sheet, one batch) and
 * chosen in the settings, so check, template and consolidation use it from then on. A set with
 * errors is not stored: a wrong maximum would quietly change every unit's score.
 */
import { deriveAnnexSet } from "../criteria-set/derive";
import { loadCriteriaSet } from "../criteria-set/load";
import type { CriteriaSet } from "../criteria-set/schema";
import { importSetIntoRows } from "../criteria-set/storage";
import { foldText } from "../grid/fold-text";
import type { Issue } from "../issues/issue";
import type { Lang } from "../messages/lang";
import type { Settings } from "../settings/schema";
import { readTable } from "../table/read-table";
import { step, type Flow } from "./awaitable";
import { summarise } from "./criteria-sets";
import type { WorkbookPort } from "./port";
import type { CriteriaSetSummary } from "./service-contract";
import { parseStoredSettings, saveSettings } from "./settings";

export type ImportSetRequest =
  /** A criteria-set JSON the user picked (decoded, or its text). */
  | { source: "json"; json: unknown; fileName?: string }
  /** An official annex pasted into a sheet of the open workbook. */
  | {
      source: "sheet";
      sheet: string;
      /** The unit type the annex scores (its first maximum column when it has one per type). */
      unitType?: string | null;
      year?: number | null;
      name?: string | null;
      /** "Quyết định số 12/QĐ-UBND ngày 10/01/2025", shown as the set's source. */
      decision?: string | null;
    };

export interface ImportSetReply {
  /** True when the set was stored and chosen in the settings. */
  stored: boolean;
  /** The set read (null when nothing could be read). */
  set: CriteriaSetSummary | null;
  /** True when a stored set with the same id was replaced. */
  replaced: boolean;
  errors: number;
  warnings: number;
  /** The set's issues, each naming the annex sheet, row and cell where there is one. */
  issues: Issue[];
  /** The settings after the import (the set chosen), when stored. */
  settings: Settings | null;
}

/** "Phụ lục 01 (Sở)" + 2025 → "phu-luc-01-so-2025": a stable id for a set read from a sheet. */
export function annexSetId(sheet: string, year: number): string {
  const slug = foldText(sheet)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "phu-luc"}-${year}`;
}

function counts(issues: readonly Issue[]): { errors: number; warnings: number } {
  return {
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
  };
}

function notStored(issues: Issue[], set: CriteriaSet | null): ImportSetReply {
  return {
    stored: false,
    set: set ? summarise(set, set.sample, false) : null,
    replaced: false,
    ...counts(issues),
    issues,
    settings: null,
  };
}

/** The set a request names, with its issues (read, derive and the set's own checks). */
function* readRequestedSet(
  port: WorkbookPort,
  request: ImportSetRequest,
  lang: Lang,
): Flow<{ set: CriteriaSet | null; issues: Issue[] }> {
  if (request.source === "json") {
    const loaded = loadCriteriaSet(request.json, lang);
    return loaded.ok ? { set: loaded.set, issues: loaded.issues } : { set: null, issues: loaded.issues };
  }
  const { grid } = yield* step(port.readSheet(request.sheet));
  const read = readTable(grid, { lang, profile: "annex" });
  if (!read.ok) return { set: null, issues: read.issues };
  const year = request.year ?? read.table.year ?? new Date().getFullYear();
  const unitType = request.unitType ?? "department";
  const derived = deriveAnnexSet(
    grid,
    read.table,
    {
      id: annexSetId(request.sheet, year),
      name: request.name?.trim() || request.sheet,
      year,
      unitTypes: [unitType],
      ...(request.decision?.trim() ? { decision: request.decision.trim() } : {}),
    },
    lang,
  );
  return { set: derived.set, issues: [...read.issues, ...derived.issues] };
}

export function* importCriteriaSet(
  port: WorkbookPort,
  request: ImportSetRequest,
  lang: Lang,
): Flow<ImportSetReply> {
  const { set, issues } = yield* readRequestedSet(port, request, lang);
  if (!set || counts(issues).errors > 0) return notStored(issues, set);
  const rows = yield* step(port.readCriteriaSets());
  const imported = importSetIntoRows(set, rows, lang);
  if (!imported.ok) return notStored([...issues, ...imported.issues], set);
  yield* step(port.writeCriteriaSets(imported.rows));
  // Damaged rows of other sets are kept as they were and reported.
  const damaged = imported.issues.filter((i) => i.code === "set-unreadable");
  const all = [...issues, ...damaged];
  // The stored settings as they are (no default from stored sets: this set is chosen now).
  const settings = parseStoredSettings(yield* step(port.readSettings()), lang);
  const saved = yield* saveSettings(port, { ...settings, criteriaSetId: set.id });
  return {
    stored: true,
    set: summarise(imported.set, imported.set.sample, true),
    replaced: imported.replaced,
    ...counts(all),
    issues: all,
    settings: saved,
  };
}
