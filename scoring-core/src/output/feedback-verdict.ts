/**
 * The one-line verdict of a check, on the results sheet and in a unit's feedback. Its own module:
 * the results sheet (written at every Kiểm tra) needs it; the feedback workbook's builder is lazy.
 */
import type { Lang } from "../messages/lang";
import type { NodeTotals, ValidationReport } from "../reports/schemas";
import { labels } from "./labels";

const TEXT = {
  vi: {
    appraised: (k: number, n: number, r: number) =>
      `Đã thẩm định ${k}/${n} tiêu chí${r > 0 ? ` (lần ${r})` : ""}`,
    errorsLeft: (e: number) => `; còn ${e} lỗi trong bảng`,
    notYet: (codes: string[], more: number) =>
      `; chưa thẩm định: ${codes.join(", ")}${more > 0 ? ` và ${more} tiêu chí khác` : ""}`,
  },
  en: {
    appraised: (k: number, n: number, r: number) =>
      `Appraised ${k} of ${n} criteria${r > 0 ? ` (round ${r})` : ""}`,
    errorsLeft: (e: number) => `; ${e} errors left in the table`,
    notYet: (codes: string[], more: number) =>
      `; not appraised yet: ${codes.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
  },
} as const;

/** Leaves of the main section in tree order (a node is a leaf when the next one is not deeper). */
const DEPTH: Record<NodeTotals["level"], number> = { field: 0, criterion: 1, subcriterion: 2, item: 3 };
export function leaves(nodes: readonly NodeTotals[]): NodeTotals[] {
  return nodes.filter((n, i) => {
    const next = nodes[i + 1];
    return n.section === "main" && !(next && DEPTH[next.level] > DEPTH[n.level]);
  });
}

/**
 * The verdict: "Sẵn sàng nộp" only with no errors (warnings are said beside it); once scores
 * were appraised, what was appraised: how many criteria, which round, which are still to do.
 */
export function feedbackVerdict(report: ValidationReport, lang: Lang): string {
  const L = labels(lang);
  const T = TEXT[lang];
  if (!report.tableFound) return L.noTable;
  const { error, warning } = report.counts;
  // Survey items are scored by the survey, never by the appraisers.
  const all = leaves(report.nodes).filter((n) => !n.surveyScored && !n.notApplicable);
  const appraised = all.filter((n) => n.hasAppraisal).length;
  if (appraised > 0) {
    const notYet = all.filter((n) => !n.hasAppraisal).map((n) => n.code);
    const round = report.totals.appraisalRound;
    return (
      T.appraised(appraised, all.length, round) +
      (notYet.length > 0 ? T.notYet(notYet.slice(0, 5), notYet.length - 5) : "") +
      (error > 0 ? T.errorsLeft(error) : "")
    );
  }
  if (error > 0) return L.remaining(error, warning);
  return warning > 0 ? L.readyWithWarnings(warning) : L.ready;
}
