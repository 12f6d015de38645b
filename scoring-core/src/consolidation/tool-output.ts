/**
 * The tool's own outputs found in a scanned folder (an earlier ranking, a feedback or results
 * workbook) are recognised by their sheets and skipped with a note, never ranked as units.
 * The sheet names come from output/labels, so a renamed output sheet stays recognised.
 */
import { foldText } from "../grid/fold-text";
import { OUTPUT_LABELS } from "../output/labels";

export type ToolOutputKind = "ranking" | "results";

const LANGS = ["vi", "en"] as const;
/** Sheets only a ranking workbook has (besides one sheet per group). */
const RANKING_SHEETS = new Set(
  LANGS.flatMap((l) => [
    OUTPUT_LABELS[l].lostSheet,
    OUTPUT_LABELS[l].fieldsSheet,
    OUTPUT_LABELS[l].failedSheet,
  ]).map(foldText),
);
const RESULTS_SHEETS = new Set(LANGS.map((l) => foldText(OUTPUT_LABELS[l].resultsSheet)));

/**
 * "ranking" for a ranking workbook, "results" for a workbook holding nothing but the tool's
 * results sheet (a feedback file), else null. A unit's own workbook that also carries a results
 * sheet written by the add-in is not an output: it still has the unit's scoring sheet.
 */
export function toolOutputKind(sheetNames: readonly string[]): ToolOutputKind | null {
  const names = sheetNames.map(foldText);
  if (names.some((n) => RANKING_SHEETS.has(n))) return "ranking";
  if (names.length > 0 && names.every((n) => RESULTS_SHEETS.has(n))) return "results";
  return null;
}

/** The note for a skipped output file, in the user's language. */
export function toolOutputNote(kind: ToolOutputKind | "blank-template", lang: "vi" | "en"): string {
  const notes = {
    ranking: {
      vi: "Bỏ qua: đây là bảng xếp hạng do công cụ tạo ra, không phải bảng chấm điểm của đơn vị.",
      en: "Skipped: a ranking workbook made by this tool, not a unit's scoring table.",
    },
    results: {
      vi: "Bỏ qua: đây là tệp kết quả/phản hồi do công cụ tạo ra, không phải bảng chấm điểm của đơn vị.",
      en: "Skipped: a results/feedback workbook made by this tool, not a unit's scoring table.",
    },
    "blank-template": {
      vi: "Bỏ qua: bảng chấm điểm trống (mẫu chưa có điểm nào), không phải bài nộp của đơn vị.",
      en: "Skipped: a blank scoring table (a template with no score), not a unit's submission.",
    },
  } as const;
  return notes[kind][lang];
}
