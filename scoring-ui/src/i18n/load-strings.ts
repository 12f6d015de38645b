/**
 * The pane's texts by language. Vietnamese is in the first load; English is a chunk of its own,
 * loaded the first time the pane is to show it (≈ 3 KB gzipped less for every pane that opens in
 * Vietnamese: docs/benchmarks/scoring-ui.md).
 */
import type { Lang } from "@cchc/scoring-core";
import { loadOnce } from "../components/load-once";
import { VI_STRINGS, type Strings } from "./strings";

const loaded: Partial<Record<Lang, Strings>> = { vi: VI_STRINGS };
const loadEnglish = loadOnce(() => import("./strings-en").then((m) => (loaded.en = m.EN_STRINGS)));

/** The language's texts if they are loaded (Vietnamese always is). */
export function stringsIfLoaded(lang: Lang): Strings | undefined {
  return loaded[lang];
}

/** Loads the language's texts once; a failed load is tried again on the next call. */
export function loadStrings(lang: Lang): Promise<Strings> {
  const ready = loaded[lang];
  return ready ? Promise.resolve(ready) : loadEnglish();
}
