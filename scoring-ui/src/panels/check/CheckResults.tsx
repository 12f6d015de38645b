import type { ValidationReport } from "@cchc/scoring-core";
import { IssueList } from "./IssueList";
import type { ReportIssue } from "./report-in-lang";
import { TotalsTable } from "./TotalsTable";
import { Verdict } from "./Verdict";

/**
 * A check's outcome: the verdict first, then totals per field, then issues by cell. A chunk of
 * its own (with the Accordion and badges it uses), loaded when the first check starts, so the
 * pane's first load is only what Kiểm tra shows before a check (docs/benchmarks/scoring-ui.md).
 */
export function CheckResults({
  report,
  onSelect,
}: {
  report: ValidationReport;
  onSelect: (issue: ReportIssue) => void;
}) {
  return (
    <>
      <Verdict report={report} />
      {report.tableFound ? <TotalsTable report={report} /> : null}
      <IssueList report={report} onSelect={onSelect} />
    </>
  );
}
