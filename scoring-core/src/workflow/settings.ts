/** Use case: the workbook's stored settings, parsed by the schema; unreadable ones fall back to defaults. */
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

export function* loadSettings(port: WorkbookPort, lang: Lang): Flow<Settings> {
  return parseStoredSettings(yield* step(port.readSettings()), lang);
}

/** Parses before storing: what reaches the workbook is always a valid Settings. */
export function* saveSettings(port: WorkbookPort, settings: unknown): Flow<Settings> {
  const parsed = SettingsSchema.parse(settings);
  yield* step(port.writeSettings(parsed));
  return parsed;
}
