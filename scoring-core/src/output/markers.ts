/**
 * Markers in cell A1 of every sheet the tool writes. Hosts recognise their own sheets by them
 * (and also store them in sheet metadata), so a user's sheet that happens to share the name is
 * never cleared.
 */
export const TOOL_SHEET_MARKER = "cchc:results:v1";
export const RANKING_SHEET_MARKER = "cchc:ranking:v1";
export const TOOL_MARKER_PREFIX = "cchc:";

/** True when a cell's text marks a sheet the tool wrote. */
export function isToolSheetMarker(text: unknown): boolean {
  return typeof text === "string" && /^cchc:[a-z-]+:v\d+$/.test(text.trim());
}
