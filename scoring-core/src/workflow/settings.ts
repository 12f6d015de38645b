/** Use case: the workbook's stored settings, parsed by the schema; unreadable ones fall back to defaults. */
import { readSetsSheetRows, SETS_SHEET } from "../criteria-set/storage";
import type { Lang } from "../messages/lang";
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from "../settings/schema";
import { step, type Flow } from "./awaitable";
import type { WorkbookPort } from "./port";

/** Settings from whatever the host stored (an object, or its JSON text); `lang` when none are stored. */
export function parseStoredSettings(raw: unknown, lang: Lang): Settings {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
  }
  if (value === undefined || value === null) return { ...DEFAULT_SETTINGS, lang };
  const parsed = SettingsSchema.safeParse(value);
  // Settings saved by another version that no longer parse fall back to the defaults.
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, lang };
}

/**
 * The stored settings; a workbook with none yet (a unit's handed-out table, a fresh import) uses
 * the criteria set stored in it — the province's, latest year first — never a sample.
 */
export function* loadSettings(port: WorkbookPort, lang: Lang): Flow<Settings> {
  const raw = yield* step(port.readSettings());
  const settings = parseStoredSettings(raw, lang);
  if (raw !== undefined && raw !== null) return settings;
  const { sets } = readSetsSheetRows(yield* step(port.readCriteriaSets()), SETS_SHEET, lang);
  const own = [...sets].sort((a, b) => b.year - a.year)[0];
  return own ? { ...settings, criteriaSetId: own.id, unitType: own.unitTypes[0] ?? null } : settings;
}

/** Parses before storing: what reaches the workbook is always a valid Settings. */
export function* saveSettings(port: WorkbookPort, settings: unknown): Flow<Settings> {
  const parsed = SettingsSchema.parse(settings);
  yield* step(port.writeSettings(parsed));
  return parsed;
}
