import { Button, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { ValidationReport } from "@cchc/scoring-core";
import { useAppState } from "../../app/app-context";
import { ErrorBar } from "../../components/ErrorBar";
import { Notice } from "../../components/Notice";
import { usePanelStyles } from "../../components/styles";
import { useServiceCall } from "../../components/use-service-call";
import { useI18n } from "../../i18n/lang-context";

type Action = "write" | "mark" | "clear";

/** Kết quả: write or refresh the tool-owned results sheet; mark or clear marks. */
export function ResultsPanel() {
  const { service, caps, settings, report, setReport } = useAppState();
  const { s, num } = useI18n();
  const c = usePanelStyles();
  const [done, setDone] = useState<string | null>(null);

  // Writing and marking need a report: check first when there is none yet.
  const act = useServiceCall(async (action: Action): Promise<string> => {
    if (action === "clear") return s.results.cleared(num((await service.clearMarks()).cleared, 0));
    let r: ValidationReport | null = report;
    if (!r) {
      r = await service.validate(settings);
      setReport(r);
    }
    if (action === "write") return s.results.written((await service.writeResults(r)).sheet);
    return s.results.marked(num((await service.markIssues(r)).marked, 0));
  }, s.common.unexpected);

  const onAct = async (action: Action) => {
    setDone(null);
    const message = await act.run(action);
    if (message !== undefined) setDone(message);
  };

  return (
    <div className={c.panel}>
      <div className={c.intro}>{s.results.intro}</div>
      <div className={c.muted} data-testid="results-basis">
        {report
          ? s.results.basedOn(report.sheet, num(report.counts.error, 0), num(report.counts.warning, 0))
          : s.results.needsCheck}
      </div>
      <div className={c.actions}>
        <Button
          appearance="primary"
          disabled={act.busy}
          onClick={() => void onAct("write")}
          data-testid="results-write"
        >
          {s.results.write}
        </Button>
        {caps.marks ? (
          <>
            <Button disabled={act.busy} onClick={() => void onAct("mark")} data-testid="results-mark">
              {s.results.mark}
            </Button>
            <Button disabled={act.busy} onClick={() => void onAct("clear")} data-testid="results-clear">
              {s.results.clear}
            </Button>
          </>
        ) : null}
      </div>
      {act.busy ? <Spinner size="small" label={s.common.working} /> : null}
      {act.error ? <ErrorBar error={act.error} /> : null}
      {done && !act.busy ? <Notice intent="success">{done}</Notice> : null}
    </div>
  );
}
