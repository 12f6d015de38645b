/**
 * The unit's file of flagged items ("Mục cần giải trình"): one row per item the council flagged,
 * with round 1 and the appraiser's note, and empty columns for the unit's answer and further
 * evidence. The cli writes it (`cchc validate --appraisal --flagged can-giai-trinh.xlsx`); the
 * layout is the core's, so any host could hand out the same sheet.
 */
import type { Lang } from "../messages/lang";
import { BlockBuilder } from "../output/block-builder";
import type { SheetBlock } from "../output/sheet-block";
import type { AppraisalReport } from "./appraise-sheet";

const L = {
  vi: {
    sheet: "Mục cần giải trình",
    title: "DANH SÁCH MỤC CẦN GIẢI TRÌNH / BỔ SUNG TÀI LIỆU",
    unit: (u: string) => `Đơn vị: ${u}`,
    source: (sheet: string) =>
      `Từ trang “${sheet}”. Giải trình ở cột “Giải trình” của bảng chấm điểm (ô ghi ở cột cuối).`,
    none: "Không có mục nào cần giải trình.",
    head: [
      "STT",
      "Mã tiêu chí",
      "Tiêu chí",
      "Điểm thẩm định lần 1",
      "Ý kiến thẩm định",
      "Giải trình của đơn vị",
      "Tài liệu kiểm chứng bổ sung",
      "Ô giải trình trong bảng",
    ],
  },
  en: {
    sheet: "Items to answer",
    title: "ITEMS FLAGGED FOR AN EXPLANATION / MORE EVIDENCE",
    unit: (u: string) => `Unit: ${u}`,
    source: (sheet: string) =>
      `From the sheet “${sheet}”. Answer in the scoring table's explanation cell (last column).`,
    none: "Nothing to answer.",
    head: [
      "No.",
      "Criterion",
      "Title",
      "Appraisal round 1",
      "Appraiser's note",
      "The unit's explanation",
      "Further evidence",
      "Explanation cell in the table",
    ],
  },
} as const;

export function flaggedItemsBlock(report: AppraisalReport, lang: Lang): SheetBlock {
  const l = L[lang];
  const b = new BlockBuilder();
  b.title(l.title);
  b.row([l.unit(report.unit ?? report.sheet)]);
  b.row([l.source(report.sheet)]);
  b.blank();
  b.header([...l.head]);
  report.flagged.forEach((f, i) => {
    // The answer columns stay empty: the unit fills them (nothing of the table is copied over).
    b.row([i + 1, f.code, f.title, f.round1, f.note, null, null, f.answerCell]);
  });
  if (report.flagged.length === 0) b.row([l.none]);
  const block = b.build(l.sheet, [5, 10, 48, 11, 40, 40, 30, 12], [3]);
  return { ...block, wrapColumns: [2, 4, 5, 6], centerColumns: [0, 1, 7] };
}
