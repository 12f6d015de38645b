/**
 * Excel refuses sheet names that are empty, longer than 31 characters, contain : \ / ? * [ ]
 * or start/end with an apostrophe, and names that differ only by case. We fix names instead of
 * failing, and keep them unique; the mapping is applied to hyperlinks and charts too.
 */
const MAX = 31;

export function safeSheetName(name: string): string {
  let s = name
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in names
    .replace(/[:\\/?*[\]\u0000-\u001F]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (s === "") s = "Sheet";
  if (s.toLowerCase() === "history") s = "History-";
  return [...s].slice(0, MAX).join("");
}

/** Unique, valid names in order: "Kết quả", "Kết quả (2)"… */
export function uniqueSheetNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((n) => {
    const base = safeSheetName(n);
    let candidate = base;
    for (let i = 2; seen.has(candidate.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      candidate = [...base].slice(0, MAX - suffix.length).join("") + suffix;
    }
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
