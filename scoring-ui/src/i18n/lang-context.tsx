import { createContext, useContext, useEffect, useState } from "react";
import { DEFAULT_LANG, formatNumber, formatPercent, type Lang } from "@cchc/scoring-core";
import { loadStrings, stringsIfLoaded } from "./load-strings";
import { VI_STRINGS, type Strings } from "./strings";

/** The pane's language; every component reads texts and number formats through it. */
export const LangContext = createContext<Lang>(DEFAULT_LANG);

export interface I18n {
  lang: Lang;
  s: Strings;
  /** A number for people (decimal comma in Vietnamese), by the core's formatNumber. */
  num: (x: number, decimals?: number) => string;
  pct: (x: number | null) => string;
}

export function useI18n(): I18n {
  const lang = useContext(LangContext);
  return {
    lang,
    // The app only provides a language whose texts are loaded (useShownLang).
    s: stringsIfLoaded(lang) ?? VI_STRINGS,
    num: (x, decimals = 2) => formatNumber(x, lang, decimals),
    pct: (x) => (x === null ? "—" : formatPercent(x, lang)),
  };
}

export interface ShownLang {
  /** The language the pane shows: `wanted` once its texts are loaded; null before any is (the app waits). */
  lang: Lang | null;
  /** English could not be loaded: the pane stays in the language it showed. */
  failed: boolean;
}

/**
 * The language to show for the one asked for: Vietnamese at once; English once its texts arrive
 * (until then the pane stays as it was, or waits at start), so a switch never shows a half-empty pane.
 */
export function useShownLang(wanted: Lang): ShownLang {
  const [shown, setShown] = useState<ShownLang>(() => ({
    lang: stringsIfLoaded(wanted) ? wanted : null,
    failed: false,
  }));
  useEffect(() => {
    let alive = true;
    loadStrings(wanted).then(
      () => {
        if (alive) setShown({ lang: wanted, failed: false });
      },
      () => {
        if (alive) setShown((s) => ({ lang: s.lang ?? DEFAULT_LANG, failed: true }));
      },
    );
    return () => {
      alive = false;
    };
  }, [wanted]);
  return stringsIfLoaded(wanted) ? { lang: wanted, failed: false } : shown;
}
