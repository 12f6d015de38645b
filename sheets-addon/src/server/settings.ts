/** Settings live in the spreadsheet's document properties, so every editor sees the same ones. */
import { DEFAULT_SETTINGS, pickLang, type Lang } from "@cchc/scoring-core";
import { parseStoredSettings, SETTINGS_KEY } from "@cchc/scoring-core/workflow";
import type { Services } from "./services";

export { SETTINGS_KEY };

/** The user's language: the saved choice wins over the Google account's locale. */
export function userLocale(svc: Services): string {
  return svc.Session.getActiveUserLocale() || "vi";
}

/** The language for messages the server shows itself (toasts): saved settings, else the account's. */
export function userLang(svc: Services): Lang {
  const saved = svc.PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  return saved ? parseStoredSettings(saved, DEFAULT_SETTINGS.lang).lang : pickLang(userLocale(svc));
}
