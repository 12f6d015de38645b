import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ValidationReport } from "@cchc/scoring-core";
import type { ReportIssue as Issue } from "./report-in-lang";
import { useI18n } from "../../i18n/lang-context";
import { usePanelStyles } from "../../components/styles";
import { groupIssues } from "./group-issues";
import { IssueRow } from "./IssueRow";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  field: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
});

const BADGE = { error: "danger", warning: "important", info: "informative" } as const;

/** Issues by severity, then by field, each row going to its cell. */
export function IssueList({
  report,
  onSelect,
}: {
  report: ValidationReport;
  onSelect: (issue: Issue) => void;
}) {
  const { s, num } = useI18n();
  const c = useStyles();
  const p = usePanelStyles();
  const groups = groupIssues(report.issues);
  return (
    <section className={p.section} aria-labelledby="issues-title">
      <h2 id="issues-title" className={p.heading}>
        {s.check.issuesTitle}
      </h2>
      {report.truncated ? (
        <div className={p.muted} data-testid="truncated">
          {s.check.truncated(num(report.counts.total, 0), num(report.issues.length, 0))}
        </div>
      ) : null}
      {groups.length === 0 ? <div className={p.muted}>{s.check.noIssues}</div> : null}
      <Accordion multiple collapsible defaultOpenItems={groups.length > 0 ? [groups[0]!.severity] : []}>
        {groups.map((g) => (
          <AccordionItem key={g.severity} value={g.severity}>
            <AccordionHeader size="small">
              <span className={c.header}>
                {s.check.severity[g.severity]}
                <CounterBadge
                  count={report.counts[g.severity]}
                  overflowCount={99999}
                  color={BADGE[g.severity]}
                  size="small"
                />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {g.fields.map((f) => (
                <div key={f.field ?? "-"}>
                  <h3 className={c.field}>{f.field === null ? s.check.general : s.check.field(f.field)}</h3>
                  <ul className={c.list}>
                    {f.issues.map((issue, i) => (
                      <li key={`${issue.code}-${issue.cell ?? ""}-${i}`}>
                        <IssueRow issue={issue} onSelect={onSelect} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
