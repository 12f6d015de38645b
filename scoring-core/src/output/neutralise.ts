/**
 * Neutralises untrusted text before a host writes it to a cell: a leading = + - @ tab CR or LF
 * would make Excel or Sheets read it as a formula. A leading apostrophe is the spreadsheet
 * convention for "this is text" and is not shown.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text;
}
