import type { CellValue } from "../grid/grid";

/** What a score/maximum cell holds once read. */
export type ParsedNumber =
  | { kind: "number"; value: number }
  | { kind: "blank" }
  /** "Không áp dụng", "KAD", "N/A" */
  | { kind: "not-applicable" }
  | { kind: "error"; error: string }
  | { kind: "invalid"; text: string };

export type { CellValue };

import { notImplemented } from "../not-implemented";
/**
 * Reads a score or maximum cell: numbers (cut to 15 digits), "7,5", "7.5", " 7,50 ", numbers
 * stored as text, blank and "-" (blank), "Không áp dụng" (not applicable), "#REF!" (error),
 * anything else invalid ("đạt").
 */
export function parseNumberCell(_value: CellValue): ParsedNumber {
  return notImplemented("parseNumberCell");
}
