import { createContext, useContext } from "react";
import { DEFAULT_LANG, formatNumber, formatPercent, type Lang } from "@cchc/scoring-core";
import { STRINGS, type Strings } from "./strings";

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
    s: STRINGS[lang],
    num: (x, decimals = 2) => formatNumber(x, lang, decimals),
    pct: (x) => (x === null ? "—" : formatPercent(x, lang)),
  };
}
