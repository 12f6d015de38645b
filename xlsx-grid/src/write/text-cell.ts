/**
 * Texts from the core arrive neutralised for hosts that parse what they write ("'=…"). In a
 * file the apostrophe would show, so it becomes Excel's quotePrefix style instead: the cell
 * shows what the user typed and stays text. Inline strings are never evaluated anyway.
 */
import type { XlsxCell, XlsxStyle } from "./xlsx-sheet";

const NEUTRALISED = /^'[=+\-@\t\r\n]/;

export function isNeutralised(text: string): boolean {
  return NEUTRALISED.test(text);
}

/** The text as the user typed it (without the neutralising apostrophe). */
export function plainText(text: string): string {
  return isNeutralised(text) ? text.slice(1) : text;
}

export function textCell(text: string, style: XlsxStyle): XlsxCell {
  return isNeutralised(text)
    ? { value: text.slice(1), style: { ...style, quotePrefix: true } }
    : { value: text, style };
}
