import { createContext, useContext } from "react";
import type { Settings, ValidationReport } from "@cchc/scoring-core";
import type { HostCapabilities, ScoringService } from "../service";

/** What every panel shares: the host's service, the saved settings and the last check's report. */
export interface AppState {
  service: ScoringService;
  caps: HostCapabilities;
  settings: Settings;
  /** Called after the host saved new settings. */
  settingsSaved: (settings: Settings) => void;
  report: ValidationReport | null;
  setReport: (report: ValidationReport | null) => void;
}

export const AppContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error("useAppState outside <App>");
  return state;
}
