/**
 * Row heights for a template: neither Excel nor LibreOffice grows a row with wrapped text when a
 * file is opened, and Sheets only on edit, so a long title or rule would print cut off. Heights are
 * estimated once in the core (lines a text wraps to in its column, word by word) so every host
 * prints the same pages.
 */
import type { TemplateSpec } from "./template-spec";

/** Points per line at the template's font size (11 pt), as the programs' default row. */
export const LINE_HEIGHT = 15.75;
/** A row never grows past this many lines (a very long rule stays readable, the page usable). */
const MAX_LINES = 12;

/** Lines `text` wraps to in a column `width` characters wide (digit widths; letters are narrower). */
export function wrappedLines(text: string, width: number): number {
  const w = Math.max(4, width * 1.05 - 1);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let n = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length > w) {
        n++;
        used = word.length;
      } else used += (used > 0 ? 1 : 0) + word.length;
      // A word longer than the column breaks over lines of its own.
      while (used > w) {
        n++;
        used -= w;
      }
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** Heights in points by 0-based row, for structural rows whose texts wrap to more than one line. */
export function templateRowHeights(spec: TemplateSpec): Record<number, number> {
  const out: Record<number, number> = {};
  spec.rows.forEach((row, r) => {
    if (row.kind === "title" || row.kind === "blank") return;
    let lines = 1;
    row.cells.forEach((cell, c) => {
      const column = spec.columns[c];
      if (typeof cell !== "string" || cell === "" || !column) return;
      lines = Math.max(lines, Math.min(MAX_LINES, wrappedLines(cell, column.width)));
    });
    if (lines > 1) out[r] = Math.round(lines * LINE_HEIGHT * 100) / 100;
  });
  return out;
}
