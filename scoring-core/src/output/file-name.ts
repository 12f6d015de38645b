/**
 * File names made from what users typed (unit names, report titles): one rule for the cli and
 * every host, so a unit's feedback is called the same wherever it was made. A name starting with
 * = + - @ (a formula planted in a units list) loses those characters; characters Windows refuses
 * and control characters become "-"; Windows' reserved device names get a "_"; the stem is
 * bounded; a name already taken in the run gets " (2)", " (3)"… (case-insensitive, as on Windows).
 */

/** Longest stem kept: well under Windows' 255 per name, with room for " (12).xlsx". */
const MAX_STEM = 120;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file-name stem safe on Windows, macOS and Drive ("" in gives `fallback`). */
export function safeFileStem(text: string, fallback = "tep"): string {
  const cleaned = text
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|]+/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    // A formula-looking start (=, +, -, @) is untrusted text, never part of a name.
    .replace(/^[=+\-@\s]+/, "");
  let stem = [...cleaned]
    .slice(0, MAX_STEM)
    .join("")
    .replace(/[. ]+$/, "");
  if (RESERVED.test(stem)) stem = `${stem}_`;
  return stem || fallback;
}

/**
 * Names for a run's files: `name(prefix, text, ext)` gives "prefix - text.ext" cleaned, numbered
 * when the run already gave that name.
 */
export class FileNamer {
  private readonly taken = new Set<string>();

  name(text: string, ext: string, fallback?: string): string {
    const stem = safeFileStem(text, fallback);
    let name = `${stem}.${ext}`;
    for (let n = 2; this.taken.has(name.toLocaleLowerCase("vi")); n++) name = `${stem} (${n}).${ext}`;
    this.taken.add(name.toLocaleLowerCase("vi"));
    return name;
  }
}
