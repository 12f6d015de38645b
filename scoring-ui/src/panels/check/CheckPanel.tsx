import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useMemo } from "react";
import { useAppState } from "../../app/app-context";
import { ErrorBar } from "../../components/ErrorBar";
import { usePanelStyles } from "../../components/styles";
import { useServiceCall } from "../../components/use-service-call";
import { useI18n } from "../../i18n/lang-context";
import { reportInLang, type ReportIssue } from "./report-in-lang";

// The outcome's components load when the first check starts (in parallel with the check itself),
// or when the panel opens on a report already made: not with the pane.
const loadResults = () => import("./CheckResults");
const CheckResults = lazy(() => loadResults().then((m) => ({ default: m.CheckResults })));

/** Kiểm tra: one click, the verdict first, then totals per field, then issues by cell. */
export function CheckPanel() {
  const { service, settings, report, setReport } = useAppState();
  const { s, lang } = useI18n();
  const c = usePanelStyles();
  const check = useServiceCall(() => service.validate(settings), s.common.unexpected);
  const select = useServiceCall(
    (issue: ReportIssue) => service.selectCell(issue.sheet ?? report?.sheet ?? "", issue.cell ?? ""),
    s.common.unexpected,
  );
  const shown = useMemo(() => (report ? reportInLang(report, lang) : null), [report, lang]);

  const onCheck = async () => {
    loadResults().catch(() => undefined); // a failed load shows through the lazy component
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
        <Suspense fallback={<Spinner size="small" label={s.check.running} />}>
          <CheckResults report={shown} onSelect={(issue) => void select.run(issue)} />
        </Suspense>
      ) : null}
    </div>
  );
}
