import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo } from "react";
import { useAppState } from "../../app/app-context";
import { ErrorBar } from "../../components/ErrorBar";
import { loadOnce } from "../../components/load-once";
import { usePanelStyles } from "../../components/styles";
import { useServiceCall } from "../../components/use-service-call";
import { useI18n } from "../../i18n/lang-context";
import { reportInLang, type ReportIssue } from "./report-in-lang";

// The outcome's components are not in the pane's first load: the panel fetches them once it has
// rendered, and a check waits for them (in parallel with the service call) before it ends, so the
// results show as before: no Suspense fallback, hence none of React's fallback throttling.
type ResultsView = typeof import("./CheckResults").CheckResults;
let Results: ResultsView | null = null;
const loadResults = loadOnce(() => import("./CheckResults").then((m) => (Results = m.CheckResults)));
// Only if a report is shown before they have loaded (never after a check, which waits for them).
const LazyResults = lazy(() => loadResults().then((c) => ({ default: c })));

/** Kiểm tra: one click, the verdict first, then totals per field, then issues by cell. */
export function CheckPanel() {
  const { service, settings, report, setReport } = useAppState();
  const { s, lang } = useI18n();
  const c = usePanelStyles();
  const check = useServiceCall(
    () => Promise.all([service.validate(settings), loadResults()]).then(([r]) => r),
    s.common.unexpected,
  );
  const select = useServiceCall(
    (issue: ReportIssue) => service.selectCell(issue.sheet ?? report?.sheet ?? "", issue.cell ?? ""),
    s.common.unexpected,
  );
  const shown = useMemo(() => (report ? reportInLang(report, lang) : null), [report, lang]);

  useEffect(() => {
    // After the first render: a failed fetch is tried again by the check, which reports it.
    loadResults().catch(() => undefined);
  }, []);

  const onCheck = async () => {
    const r = await check.run();
    if (r) setReport(r);
  };

  return (
    <div className={c.panel}>
      {!shown ? <div className={c.intro}>{s.check.intro}</div> : null}
      <div className={c.actions}>
        <Button
          appearance="primary"
          onClick={() => void onCheck()}
          disabled={check.busy}
          data-testid="check-run"
        >
          {shown ? s.check.rerun : s.check.run}
        </Button>
      </div>
      {check.busy ? <Spinner size="small" label={s.check.running} /> : null}
      {check.error ? <ErrorBar error={check.error} /> : null}
      {select.error ? <ErrorBar error={select.error} /> : null}
      {shown && !check.busy ? (
        Results ? (
          <Results report={shown} onSelect={(issue) => void select.run(issue)} />
        ) : (
          <Suspense fallback={<Spinner size="small" label={s.check.running} />}>
            <LazyResults report={shown} onSelect={(issue) => void select.run(issue)} />
          </Suspense>
        )
      ) : null}
    </div>
  );
}
