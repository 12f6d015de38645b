/** Settings live in the spreadsheet's document properties, so every editor sees the same ones. */
import { DEFAULT_SETTINGS, pickLang, SettingsSchema, type Lang, type Settings } from "@cchc/scoring-core";
import { AddonError } from "../shared/errors";
import type { Services } from "./services";

export const SETTINGS_KEY = "cchc.settings";

export function loadSettings(svc: Services): Settings {
  const text = svc.PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  if (!text) return { ...DEFAULT_SETTINGS };
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(text));
    // Settings saved by another version that no longer parse fall back to the defaults.
    return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function saveSettings(svc: Services, settings: unknown): Settings {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) throw new AddonError("server-error", "settings");
  svc.PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(parsed.data));
  return parsed.data;
}

/** The user's language: the saved choice wins over the Google account's locale. */
export function userLocale(svc: Services): string {
  return svc.Session.getActiveUserLocale() || "vi";
}

/** The language for messages the server shows itself (toasts): saved settings, else the account's. */
export function userLang(svc: Services): Lang {
  const saved = svc.PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  return saved ? loadSettings(svc).lang : pickLang(userLocale(svc));
}
