import { CATALOGUE, translateIssue, type Issue, type Lang, type ValidationReport } from "@cchc/scoring-core";

export type ReportIssue = ValidationReport["issues"][number];

function isKnownIssue(issue: ReportIssue): issue is Issue {
  return Object.hasOwn(CATALOGUE, issue.code);
}

/** The report with its messages re-rendered by the core when the pane's language changed. */
export function reportInLang(report: ValidationReport, lang: Lang): ValidationReport {
  if (report.lang === lang) return report;
  return {
    ...report,
    lang,
    issues: report.issues.map((i) => (isKnownIssue(i) ? translateIssue(i, lang) : i)),
  };
}
