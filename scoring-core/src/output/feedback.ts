/**
 * A unit's feedback workbook, one table per sheet: the summary (the same totals the ranking
 * shows, survey included), every criterion where it lost points (with the set's rule text and
 * evidence where a set is given; not-applicable said, never 0), then its issues. Cell
 * references are text ("Chấm điểm!F23"): they still make sense once the file is e-mailed.
 */
import type { Lang } from "../messages/lang";
import type { CriteriaSet } from "../criteria-set/schema";
import { flattenSet } from "../criteria-set/lookup";
import type { NodeTotals, ValidationReport } from "../reports/schemas";
import { roundTo } from "../numbers/decimal";
import type { SheetBlock } from "./sheet-block";
import { BlockBuilder, safeSheetName, uniqueSheetName } from "./block-builder";
import { labels } from "./labels";
import { TOOL_SHEET_MARKER } from "./markers";

const TEXT = {
  vi: {
    summarySheet: "Kết quả",
    lostSheet: "Điểm bị mất",
    issuesSheet: "Vấn đề",
    title: "KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC CỦA ĐƠN VỊ",
    lostTitle: "CÁC TIÊU CHÍ ĐƠN VỊ BỊ MẤT ĐIỂM",
    issuesTitle: "CÁC VẤN ĐỀ CẦN XEM LẠI",
    lost: "Điểm bị mất",
    rule: "Cách chấm",
    evidence: "Tài liệu kiểm chứng",
    evidenceMissing: "Thiếu tài liệu kiểm chứng",
    noLost: "Đơn vị không bị mất điểm ở tiêu chí nào.",
    appraisedNote: "Điểm thẩm định",
  },
  en: {
    summarySheet: "Results",
    lostSheet: "Lost points",
    issuesSheet: "Issues",
    title: "ADMINISTRATIVE REFORM INDEX: THE UNIT'S RESULTS",
    lostTitle: "CRITERIA WHERE THE UNIT LOST POINTS",
    issuesTitle: "ISSUES TO REVIEW",
    lost: "Points lost",
    rule: "Scoring rule",
    evidence: "Evidence",
    evidenceMissing: "Evidence missing",
    noLost: "The unit lost no points.",
    appraisedNote: "Appraised",
  },
} as const;

/** Leaves of the main section in tree order (a node is a leaf when the next one is not deeper). */
const DEPTH: Record<NodeTotals["level"], number> = { field: 0, criterion: 1, subcriterion: 2, item: 3 };
function leaves(nodes: readonly NodeTotals[]): NodeTotals[] {
  return nodes.filter((n, i) => {
    const next = nodes[i + 1];
    return n.section === "main" && !(next && DEPTH[next.level] > DEPTH[n.level]);
  });
}

/**
 * The verdict: "Sẵn sàng nộp" only with no errors (warnings are said beside it); once scores
 * were appraised, what was appraised.
 */
export function feedbackVerdict(report: ValidationReport, lang: Lang): string {
  const L = labels(lang);
  if (!report.tableFound) return L.noTable;
  const { error, warning } = report.counts;
  const all = leaves(report.nodes);
  const appraised = all.filter((n) => n.hasAppraisal).length;
  if (appraised > 0) return L.appraisedCount(appraised, all.length, error);
  if (error > 0) return L.remaining(error, warning);
  return warning > 0 ? L.readyWithWarnings(warning) : L.ready;
}

export interface FeedbackOptions {
  /** The criteria set the unit was scored on: its rule texts and evidence go beside each loss. */
  set?: CriteriaSet | null;
  decimals?: number;
}

export function feedbackSheets(
  report: ValidationReport,
  lang: Lang,
  options: FeedbackOptions = {},
): SheetBlock[] {
  const L = labels(lang);
  const T = TEXT[lang];
  const d = options.decimals ?? 2;
  const taken = new Set<string>();
  const name = (n: string) => uniqueSheetName(safeSheetName(n), taken);
  const r = (x: number | null | undefined) =>
    x === null || x === undefined ? L.surveyMissing : roundTo(x, d);
  const t = report.totals;
  // Without any appraised score, "appraised" would repeat the self-assessment: say so instead.
  const appraisedAny = report.nodes.some((n) => n.hasAppraisal);

  const s = new BlockBuilder();
  const title = s.row([T.title]);
  s.styled(title, "title");
  s.merge(title, 0, 6);
  s.blank();
  s.row([L.verdict, feedbackVerdict(report, lang)]);
  s.row([L.unit, report.unit ?? ""]);
  s.row([L.sheet, report.sheet]);
  s.row([L.year, report.year === null ? "" : String(report.year)]);
  s.row([L.criteriaSet, report.criteriaSetId ?? L.noSet]);
  s.row([L.issues, L.counts(report.counts.error, report.counts.warning, report.counts.info)]);
  s.blank();
  s.header([L.totals, L.points]);
  const summaryRows: [string, number | null][] = [
    [L.max, t.max],
    [L.applicableMax, t.applicableMax],
    [L.self, t.self],
    [L.appraised, appraisedAny ? t.appraised : null],
    [L.survey, t.survey],
    [L.bonus, t.bonus],
    [L.penalty, t.penalty],
    [L.final, t.final],
    [L.index, t.index],
  ];
  for (const [label, value] of summaryRows)
    s.row([label, label === L.appraised && value === null ? L.notAppraised : r(value)]);
  const summary = {
    ...s.build(name(T.summarySheet), [34, 44], [1], TOOL_SHEET_MARKER),
    kind: "feedback-summary" as const,
    decimals: d,
  };

  // Where points were lost: every leaf below its applicable maximum, and every N/A item.
  const rules = new Map<string, { rule: string; evidence: string }>();
  if (options.set)
    for (const { node } of flattenSet(options.set))
      rules.set(node.code, { rule: node.ruleText ?? "", evidence: node.evidence ?? "" });
  const missingEvidence = new Set(
    report.issues.filter((i) => i.code === "evidence-missing" && i.criterion).map((i) => i.criterion!),
  );
  const l = new BlockBuilder();
  const lt = l.row([T.lostTitle]);
  l.styled(lt, "title");
  l.merge(lt, 0, 9);
  l.blank();
  l.header([L.code, L.criterion, L.max, L.self, L.appraised, T.lost, T.rule, T.evidence, L.cell]);
  let any = false;
  const all = leaves(report.nodes);
  // Without survey points (a check before the survey), survey items are not losses yet.
  const surveyKnown = all.some((n) => n.surveyScored && n.survey !== 0);
  for (const n of all) {
    if (n.surveyScored && !surveyKnown) continue;
    const lost = roundTo(n.applicableMax - n.final, 6);
    if (!n.notApplicable && lost <= 0) continue;
    any = true;
    const info = rules.get(n.code);
    const evidence = missingEvidence.has(n.code) ? T.evidenceMissing : (info?.evidence ?? "");
    l.row([
      n.code,
      n.title,
      roundTo(n.max, d),
      n.notApplicable ? L.notApplicable : roundTo(n.self, d),
      n.notApplicable ? L.notApplicable : n.hasAppraisal ? roundTo(n.appraised, d) : L.notAppraised,
      n.notApplicable ? L.notApplicable : roundTo(lost, d),
      info?.rule ?? "",
      evidence,
      n.row === null ? "" : `${report.sheet}!A${n.row}`,
    ]);
  }
  if (!any) l.row(["", T.noLost]);
  const lostBlock = {
    ...l.build(name(T.lostSheet), [8, 44, 8, 9, 10, 9, 34, 22, 16], [2, 3, 4, 5], TOOL_SHEET_MARKER),
    kind: "feedback-lost" as const,
    decimals: d,
    wrapColumns: [1, 4, 6, 7],
    centerColumns: [0],
  };

  const i = new BlockBuilder();
  const it = i.row([T.issuesTitle]);
  i.styled(it, "title");
  i.merge(it, 0, 6);
  i.blank();
  i.header([L.no, L.severity, L.cell, L.criterion, L.message, L.issueCode]);
  if (report.issues.length === 0) i.row(["", "", "", "", L.noIssues]);
  report.issues.forEach((issue, k) => {
    i.row([
      k + 1,
      L.severities[issue.severity],
      issue.cell ? `${issue.sheet ?? report.sheet}!${issue.cell}` : "",
      issue.criterion ?? "",
      issue.message,
      issue.code,
    ]);
  });
  if (report.truncated) i.row(["", "", "", "", L.shown(report.issues.length, report.counts.total)]);
  const issues = {
    ...i.build(name(T.issuesSheet), [5, 10, 16, 9, 70, 14], [], TOOL_SHEET_MARKER),
    kind: "feedback-issues" as const,
    wrapColumns: [4],
    centerColumns: [0],
  };
  return [summary, lostBlock, issues];
}
