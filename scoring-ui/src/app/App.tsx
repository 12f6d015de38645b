import { FluentProvider, makeStyles, Spinner, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState, type ReactElement } from "react";
import {
  DEFAULT_SETTINGS,
  pickLang,
  type Lang,
  type Settings,
  type ValidationReport,
} from "@cchc/scoring-core";
import { ErrorBar } from "../components/ErrorBar";
import { toShownError, type ShownError } from "../components/errors";
import { LangContext, useShownLang } from "../i18n/lang-context";
import { stringsIfLoaded } from "../i18n/load-strings";
import { VI_STRINGS } from "../i18n/strings";
import { CheckPanel } from "../panels/check/CheckPanel";
import type { ScoringService } from "../service";
import { AppContext, type AppState } from "./app-context";
import { ErrorBoundary } from "./ErrorBoundary";
import { TabBar, type PanelId } from "./TabBar";

// Kiểm tra is the first screen; every other panel loads with its components when first opened,
// so the pane's first load stays small (docs/benchmarks/scoring-ui.md).
const ResultsPanel = lazy(() =>
  import("../panels/results/ResultsPanel").then((m) => ({ default: m.ResultsPanel })),
);
const TemplatePanel = lazy(() =>
  import("../panels/template/TemplatePanel").then((m) => ({ default: m.TemplatePanel })),
);
const SettingsPanel = lazy(() =>
  import("../panels/settings/SettingsPanel").then((m) => ({ default: m.SettingsPanel })),
);
// Only the Sở consolidates: the Tổng hợp panel loads when opened, not with every unit's pane.
const ConsolidatePanel = lazy(() =>
  import("../panels/consolidate/ConsolidatePanel").then((m) => ({ default: m.ConsolidatePanel })),
);
// Giải trình is a step of the appraisal season, not of every check: its own chunk too.
const AppraisalPanel = lazy(() =>
  import("../panels/appraisal/AppraisalPanel").then((m) => ({ default: m.AppraisalPanel })),
);

const useStyles = makeStyles({
  root: { minHeight: "100vh", overflowX: "hidden", boxSizing: "border-box" },
  loading: { padding: "24px" },
});

export interface AppProps {
  service: ScoringService;
  /** Panel shown first (tests and deep links); default Kiểm tra. */
  initialPanel?: PanelId;
  /**
   * The Phát bảng panel (`handOutPanel(driver)` from @cchc/scoring-ui/hand-out), given by the host
   * that hands tables out to units (the Sheets province edition); other panes never load it.
   */
  handOut?: ReactElement;
}

/** The task pane / sidebar: one host-neutral app over a ScoringService. */
export function App({ service, initialPanel = "check", handOut }: AppProps) {
  const c = useStyles();
  const caps = useMemo(() => service.capabilities(), [service]);
  // The language asked for (host, then settings); `shown` is the one whose texts are loaded.
  const [lang, setLang] = useState<Lang>(() => pickLang(service.displayLanguage()));
  const shown = useShownLang(lang);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<ShownError | null>(null);
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [panel, setPanel] = useState<PanelId>(initialPanel);

  useEffect(() => {
    let alive = true;
    service.loadSettings().then(
      (loaded) => {
        if (!alive) return;
        setSettings(loaded);
        setLang(loaded.lang);
      },
      (e: unknown) => {
        if (!alive) return;
        // Work on with defaults in the host's language, and say settings could not be read.
        setLoadError(toShownError(e, (stringsIfLoaded(lang) ?? VI_STRINGS).common.unexpected));
        setSettings({ ...DEFAULT_SETTINGS, lang });
      },
    );
    return () => {
      alive = false;
    };
    // Settings load once per service; `lang` here is only the fallback for a failed load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service]);

  const panels: PanelId[] = ["check", "results", "template"];
  if (handOut) panels.push("handout");
  if (caps.consolidateFiles || caps.consolidateUnits) panels.push("consolidate");
  // "Giải trình": the unit's flagged items, where the host offers them.
  if (service.appraisalItems) panels.push("appraisal");
  panels.push("settings");
  const shownPanel = panels.includes(panel) ? panel : "check";

  const state: AppState | null = settings
    ? {
        service,
        caps,
        settings,
        settingsSaved: (next) => {
          setSettings(next);
          setLang(next.lang);
        },
        report,
        setReport,
      }
    : null;

  const shownLang = shown.lang ?? lang;
  const s = stringsIfLoaded(shownLang) ?? VI_STRINGS;
  const error = loadError ?? (shown.failed ? { message: s.common.langFailed, hint: null } : null);

  return (
    <FluentProvider theme={webLightTheme} lang={shownLang === "vi" ? "vi-VN" : "en-US"}>
      <LangContext.Provider value={shownLang}>
        <div className={c.root}>
          <ErrorBoundary strings={s}>
            {!state || !shown.lang ? (
              // At start in English, the spinner waits for the English texts without a label.
              <Spinner className={c.loading} label={shown.lang ? s.common.loading : undefined} />
            ) : (
              <AppContext.Provider value={state}>
                <TabBar panels={panels} selected={shownPanel} onSelect={setPanel} />
                {error ? <ErrorBar error={error} /> : null}
                <main data-testid={`panel-${shownPanel}`}>
                  {shownPanel === "check" ? <CheckPanel /> : null}
                  {shownPanel === "handout" && handOut ? handOut : null}
                  <Suspense fallback={<Spinner className={c.loading} />}>
                    {shownPanel === "results" ? <ResultsPanel /> : null}
                    {shownPanel === "template" ? <TemplatePanel /> : null}
                    {shownPanel === "consolidate" ? <ConsolidatePanel /> : null}
                    {shownPanel === "appraisal" ? <AppraisalPanel /> : null}
                    {shownPanel === "settings" ? <SettingsPanel /> : null}
                  </Suspense>
                </main>
              </AppContext.Provider>
            )}
          </ErrorBoundary>
        </div>
      </LangContext.Provider>
    </FluentProvider>
  );
}
