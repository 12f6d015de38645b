/**
 * Codes stay text. Sheets reads a string written with setValues as if typed, in the
 * spreadsheet's locale: "1.10" becomes the number 1.1 in en_US (a criterion code loses its
 * trailing zero, the reader then reports false errors and a wrong total), "1,5" a number in
 * vi_VN. Cells given the plain-text format ("@") keep the string. So before a block is written,
 * the strings that a locale could take for a number get "@" — in one RangeList call over column
 * runs, not one call per cell.
 */
import { rangeA1 } from "@cchc/scoring-core";
import type { Sheet } from "./services";

/** Digits with separators only ("1.10", "2,5", "1/2", "10 000"): a locale may parse them. */
const NUMBER_LIKE = /^\s*[+-]?\d[\d.,/\s-]*$/;

export function numberLike(v: unknown): boolean {
  return typeof v === "string" && NUMBER_LIKE.test(v);
}

/**
 * A1 ranges (0-based origin `top`,`left` of the block) covering every number-like string,
 * as runs down each column.
 */
export function textRanges(values: readonly (readonly unknown[])[], top = 0, left = 0): string[] {
  const out: string[] = [];
  const width = Math.max(0, ...values.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let start = -1;
    for (let r = 0; r <= values.length; r++) {
      const hit = r < values.length && numberLike(values[r]![c]);
      if (hit && start < 0) start = r;
      if (!hit && start >= 0) {
        out.push(rangeA1(top + start, left + c, top + r - 1, left + c));
        start = -1;
      }
    }
  }
  return out;
}

/** Gives the number-like strings of a block the plain-text format; call before setValues. */
export function keepCodesAsText(
  sheet: Sheet,
  values: readonly (readonly unknown[])[],
  top = 0,
  left = 0,
): void {
  const refs = textRanges(values, top, left);
  if (refs.length > 0) sheet.getRangeList(refs).setNumberFormat("@");
}
