/**
 * The tool-owned results sheet for one unit: marker, verdict, header (no dates: the same report
 * gives the same sheet), totals, points per field and the issues with links to their cells.
 */
import type { Lang } from "../messages/lang";
import type { ValidationReport } from "../reports/schemas";
import type { SheetBlock } from "./sheet-block";
import { BlockBuilder, safeSheetName } from "./block-builder";
import { labels } from "./labels";
import { TOOL_SHEET_MARKER } from "./markers";
import { feedbackVerdict } from "./feedback-verdict";

export { TOOL_SHEET_MARKER, RANKING_SHEET_MARKER, TOOL_MARKER_PREFIX, isToolSheetMarker } from "./markers";
// The ranking sheets, the heading and the report's model are exported by the index from their
// own modules, never through here: a pane that writes result sheets then does not carry them (they
// load with Tổng hợp and the Word report, lazily).
export { previousRanking, type PreviousGroup } from "./previous-ranking";
export { feedbackVerdict } from "./feedback-verdict";
export { DEFAULT_APPRAISERS, appraiserFor, type AppraiserRule } from "./appraisers";
export { safeSheetName, uniqueSheetName, MAX_SHEET_NAME } from "./block-builder";

/**
 * "Sẵn sàng nộp" (only with no errors; warnings said beside it), "Còn 2 lỗi, 3 cảnh báo", after
 * appraisal what was appraised, or "Không tìm thấy bảng chấm điểm".
 */
export function verdictText(report: ValidationReport, lang: Lang): string {
  return feedbackVerdict(report, lang);
}

/** The tool-owned results sheet for one unit: verdict, totals per field, issues with links to cells. */
export function resultsSheet(report: ValidationReport, lang: Lang = "vi"): SheetBlock {
  const L = labels(lang);
  const b = new BlockBuilder();
  const t = report.totals;
  b.title(L.resultsTitle);
  b.row([L.verdict, verdictText(report, lang)]);
  b.row([L.unit, report.unit ?? ""]);
  const sheetRow = b.row([L.sheet, report.sheet]);
  b.link(sheetRow, 1, report.sheet, "A1");
  // As text: a number column would show the year as "2025,00".
  b.row([L.year, report.year === null ? "" : String(report.year)]);
  b.row([L.criteriaSet, report.criteriaSetId ?? L.noSet]);
  b.row([L.issues, L.counts(report.counts.error, report.counts.warning, report.counts.info)]);
  b.blank();

  b.header([
    L.totals,
    L.max,
    L.self,
    L.appraised,
    L.survey,
    L.bonus,
    L.penalty,
    L.final,
    L.applicableMax,
    L.index,
  ]);
  b.row(["", t.max, t.self, t.appraised, t.survey, t.bonus, t.penalty, t.final, t.applicableMax, t.index]);
  b.blank();

  const fields = report.nodes.filter((n) => n.level === "field");
  if (fields.length > 0) {
    b.header([L.code, L.field, L.max, L.self, L.appraised, L.survey, L.final]);
    for (const f of fields) {
      const r = b.row([f.code, f.title, f.max, f.self, f.appraised, f.survey, f.final]);
      if (f.row !== null) b.link(r, 0, report.sheet, `A${f.row}`);
    }
    b.blank();
  }

  b.header([L.no, L.issueCode, L.severity, L.cell, L.criterion, L.message]);
  if (report.issues.length === 0) b.row(["", "", "", "", "", L.noIssues]);
  report.issues.forEach((issue, i) => {
    const r = b.row([
      i + 1,
      issue.code,
      L.severities[issue.severity],
      issue.cell ?? "",
      issue.criterion ?? "",
      issue.message,
    ]);
    if (issue.cell) b.link(r, 3, issue.sheet ?? report.sheet, issue.cell);
  });
  if (report.truncated) b.row(["", "", "", "", "", L.shown(report.issues.length, report.counts.total)]);

  return b.build(
    safeSheetName(L.resultsSheet),
    [26, 44, 14, 14, 14, 12, 12, 12, 16, 12],
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
    TOOL_SHEET_MARKER,
  );
}
