export type Lang = "vi" | "en";
export const DEFAULT_LANG: Lang = "vi";

export function pickLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? "en" : "vi";
}
