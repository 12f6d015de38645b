/**
 * Shared formulas (`<f t="shared" si="n">`), expanded exactly as SheetJS expands them: Excel
 * writes the text once on the group's first cell and only `<f t="shared" si="n"/>` on the cells
 * it was filled into, so each follower's formula is the master's text with its relative
 * references moved by the distance between the two cells. The shift is a literal port of
 * SheetJS's `crefregex`, `shift_formula_str` and `shift_formula_xlsx` (xlsx.mjs 0.20.3, with
 * decode_col / encode_col / decode_row / encode_row inlined), quirks included: it rewrites
 * anything that looks like an A1 reference, inside string literals too, and it measures the
 * distance from the master cell, not from the `ref` range.
 */
import { decline } from "./xml-text";

// SheetJS's crefregex (the form it uses when the engine accepts it, which Node and browsers do).
const CREF =
  /(^|[^._A-Z0-9])([$]?)([A-Z]{1,2}|[A-W][A-Z]{2}|X[A-E][A-Z]|XF[A-D])([$]?)(10[0-3]\d{4}|104[0-7]\d{3}|1048[0-4]\d{2}|10485[0-6]\d|104857[0-6]|[1-9]\d{0,5})(?![_.(A-Za-z0-9])/g;

/** SheetJS's decode_col on letters without `$`. */
function decodeCol(letters: string): number {
  let d = 0;
  for (let i = 0; i !== letters.length; ++i) d = 26 * d + letters.charCodeAt(i) - 64;
  return d - 1;
}

/** SheetJS's encode_col (only called here with col ≥ 0: negative shifts decline first). */
function encodeCol(col: number): string {
  let s = "";
  for (++col; col; col = Math.floor((col - 1) / 26)) s = String.fromCharCode(((col - 1) % 26) + 65) + s;
  return s;
}

/** shift_formula_str: move every relative part of every A1-looking reference by (dr, dc). */
export function shiftFormula(f: string, dr: number, dc: number): string {
  return f.replace(
    CREF,
    (_m, p1: string, p2: string, p3: string, p4: string, p5: string) =>
      p1 +
      (p2 === "$" ? p2 + p3 : encodeCol(decodeCol(p3) + dc)) +
      (p4 === "$" ? p4 + p5 : String(parseInt(p5, 10) - 1 + dr + 1)),
  );
}

interface Master {
  /** The master's text as SheetJS stores it for shifting: unescaped without the CR LF rule. */
  text: string;
  row: number;
  col: number;
}

/** The shared-formula groups of one worksheet (SheetJS keeps them per sheet, keyed by `si`). */
export class SharedFormulas {
  private readonly masters = new Map<string, Master>();

  /** A master cell's group, read from its `<f t="shared" ref=".." si="n">text</f>`. */
  addMaster(si: string, text: string, row: number, col: number): void {
    // A second master for the same si replaces the first in SheetJS, for the cells after it only.
    if (this.masters.has(si)) decline("shared formula si reused");
    this.masters.set(si, { text, row, col });
  }

  /** shift_formula_xlsx for a follower at (row, col): the master's text, moved. */
  follower(si: string, row: number, col: number): string {
    const m = this.masters.get(si);
    // SheetJS leaves such a cell without a formula; Excel never writes one.
    if (!m) return decline("shared formula before its master");
    const dr = row - m.row;
    const dc = col - m.col;
    // encode_col throws on a negative column in SheetJS: never imitate an exception.
    if (dr < 0 || dc < 0) decline("shared formula above or left of its master");
    return shiftFormula(m.text, dr, dc);
  }
}
