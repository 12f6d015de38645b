/**
 * A unit's feedback workbook, one table per sheet: the summary (the same totals the ranking
 * shows, survey included), every criterion where it lost points (with the set's rule text and
 * evidence where a set is given; not-applicable said, never 0), then its issues. Cell
 * references are text ("Chấm điểm!F23"): they still make sense once the file is e-mailed.
 */
import type { Lang } from "../messages/lang";
import type { CriteriaSet } from "../criteria-set/schema";
import { flattenSet } from "../criteria-set/lookup";
import type { RankedRow, ValidationReport } from "../reports/schemas";
import { issueTitle } from "../issues/catalogue";
import { formatNumber } from "../messages/format-number";
import { roundTo } from "../numbers/decimal";
import type { SheetBlock } from "./sheet-block";
import { BlockBuilder, safeSheetName, uniqueSheetName, type InCell } from "./block-builder";
import { labels } from "./labels";
import { TOOL_SHEET_MARKER } from "./markers";
import { feedbackVerdict, leaves } from "./feedback-verdict";

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
    appraiserNote: "Ý kiến thẩm định",
    required: (e: string) => `Yêu cầu: ${e}`,
    rankOf: (rank: number | null, n: number) => (rank === null ? "chưa xếp hạng" : `${rank}/${n}`),
    group: "Nhóm xếp hạng",
    status: "Ghi chú xếp hạng",
    surveyTotalOnly: (x: string) =>
      `Điểm ĐTXHH chỉ có tổng (${x} điểm), chưa có theo từng tiêu chí nên không liệt kê ở đây.`,
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
    appraiserNote: "Appraiser's note",
    required: (e: string) => `Required: ${e}`,
    rankOf: (rank: number | null, n: number) => (rank === null ? "not ranked" : `${rank}/${n}`),
    group: "Ranking group",
    status: "Ranking note",
    surveyTotalOnly: (x: string) =>
      `Survey points are known as a total only (${x} points), not per criterion, so they are not listed here.`,
  },
} as const;

export { feedbackVerdict } from "./feedback-verdict";

/** What the appraisers wrote beside an item, and the evidence the unit gave (its table's columns). */
export interface FeedbackNote {
  code: string;
  note: string | null;
  evidence: string | null;
}

export interface FeedbackOptions {
  /** The criteria set the unit was scored on: its rule texts and evidence go beside each loss. */
  set?: CriteriaSet | null;
  decimals?: number;
  /**
   * The unit's row of the ranking: the summary then shows exactly the ranking's figures (survey
   * included), its rank and classification.
   */
  ranked?: { row: RankedRow; groupSize: number } | null;
  /** Appraisers' notes and the evidence given, per item code. */
  notes?: readonly FeedbackNote[];
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
  const ranked = options.ranked?.row ?? null;
  s.row([L.verdict, feedbackVerdict(report, lang)]);
  s.row([L.unit, ranked?.unit ?? report.unit ?? ""]);
  if (ranked) s.row([T.group, ranked.group]);
  s.row([L.sheet, report.sheet]);
  s.row([L.year, report.year === null ? "" : String(report.year)]);
  s.row([L.criteriaSet, report.criteriaSetId ?? L.noSet]);
  s.row([L.issues, L.counts(report.counts.error, report.counts.warning, report.counts.info)]);
  s.blank();
  s.header([L.totals, L.points]);
  // From the ranking: its row's figures, as published (a missing survey or appraisal said, never 0).
  const summaryRows: [string, InCell][] = ranked
    ? [
        [L.max, r(t.max)],
        [L.applicableMax, r(ranked.max)],
        [L.self, r(ranked.self)],
        [L.appraised, ranked.appraised === null || !appraisedAny ? L.notAppraised : r(ranked.appraised)],
        [L.survey, r(ranked.survey)],
        [L.bonus, r(ranked.bonus)],
        [L.penalty, r(ranked.penalty)],
        [L.final, r(ranked.final)],
        [L.index, r(ranked.index)],
        [L.rank, T.rankOf(ranked.rank, options.ranked!.groupSize)],
        [L.classification, (lang === "en" ? ranked.classificationEn : ranked.classification) ?? ""],
      ]
    : [
        [L.max, r(t.max)],
        [L.applicableMax, r(t.applicableMax)],
        [L.self, r(t.self)],
        [L.appraised, appraisedAny ? r(t.appraised) : L.notAppraised],
        [L.survey, t.surveyGiven || t.survey !== 0 ? r(t.survey) : L.surveyMissing],
        [L.bonus, r(t.bonus)],
        [L.penalty, r(t.penalty)],
        [L.final, r(t.final)],
        [L.index, r(t.index)],
      ];
  for (const [label, value] of summaryRows) s.row([label, value]);
  if (ranked?.reason) s.row([T.status, ranked.reason]);
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
  const notes = new Map((options.notes ?? []).map((n) => [n.code, n]));
  const missingEvidence = new Set(
    report.issues.filter((i) => i.code === "evidence-missing" && i.criterion).map((i) => i.criterion!),
  );
  const l = new BlockBuilder();
  const lt = l.row([T.lostTitle]);
  l.styled(lt, "title");
  l.merge(lt, 0, 11);
  l.blank();
  l.header([
    L.code,
    L.criterion,
    L.max,
    L.self,
    L.appraised,
    L.survey,
    T.lost,
    T.rule,
    T.appraiserNote,
    T.evidence,
    L.cell,
  ]);
  let any = false;
  const all = leaves(report.nodes);
  // Survey items are losses only where the survey gave points per criterion; a survey known as a
  // total only (or not yet known) is said in one line, never listed as every point lost.
  const surveyKnown = all.some((n) => n.surveyScored && n.survey !== 0);
  const surveyItems = all.some((n) => n.surveyScored);
  for (const n of all) {
    if (n.surveyScored && !surveyKnown) continue;
    const lost = roundTo(n.applicableMax - n.final, 6);
    if (!n.notApplicable && lost <= 0) continue;
    any = true;
    const info = rules.get(n.code);
    const note = notes.get(n.code);
    const evidence = note?.evidence
      ? note.evidence
      : missingEvidence.has(n.code)
        ? T.evidenceMissing
        : info?.evidence
          ? T.required(info.evidence)
          : "";
    const na = L.notApplicable;
    l.row([
      n.code,
      n.title,
      roundTo(n.max, d),
      n.notApplicable ? na : n.surveyScored ? "" : roundTo(n.self, d),
      n.notApplicable ? na : n.surveyScored ? "" : n.hasAppraisal ? roundTo(n.appraised, d) : L.notAppraised,
      n.notApplicable ? na : n.surveyScored ? roundTo(n.survey, d) : "",
      n.notApplicable ? na : roundTo(lost, d),
      info?.rule ?? "",
      note?.note ?? "",
      evidence,
      n.row === null ? "" : `${report.sheet}!A${n.row}`,
    ]);
  }
  if (!any) l.row(["", T.noLost]);
  const surveyTotal = ranked ? ranked.survey : t.surveyGiven ? t.survey : null;
  if (surveyItems && !surveyKnown && surveyTotal !== null && surveyTotal !== 0) {
    l.blank();
    l.row(["", T.surveyTotalOnly(formatNumber(surveyTotal, lang, d, true))]);
  }
  const lostBlock = {
    ...l.build(name(T.lostSheet), [7, 34, 7, 8, 9, 8, 7, 30, 24, 22, 13], [2, 3, 4, 5, 6], TOOL_SHEET_MARKER),
    kind: "feedback-lost" as const,
    decimals: d,
    wrapColumns: [1, 4, 7, 8, 9, 10],
    centerColumns: [0],
  };

  const i = new BlockBuilder();
  const it = i.row([T.issuesTitle]);
  i.styled(it, "title");
  i.merge(it, 0, 7);
  i.blank();
  i.header([L.no, L.severity, L.issueTitle, L.cell, L.criterion, L.message, L.issueCode]);
  if (report.issues.length === 0) i.row(["", "", "", "", "", L.noIssues]);
  report.issues.forEach((issue, k) => {
    i.row([
      k + 1,
      L.severities[issue.severity],
      issueTitle(issue.code, lang),
      issue.cell ? `${issue.sheet ?? report.sheet}!${issue.cell}` : "",
      issue.criterion ?? "",
      issue.message,
      issue.code,
    ]);
  });
  if (report.truncated) i.row(["", "", "", "", "", L.shown(report.issues.length, report.counts.total)]);
  const issues = {
    ...i.build(name(T.issuesSheet), [5, 9, 24, 16, 8, 60, 12], [], TOOL_SHEET_MARKER),
    kind: "feedback-issues" as const,
    wrapColumns: [2, 3, 5, 6],
    centerColumns: [0],
  };
  return [summary, lostBlock, issues];
}
