import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ValidationReport } from "@cchc/scoring-core";
import { useI18n } from "../../i18n/lang-context";

/** The answer first: ready to submit (no errors) or how many errors and warnings remain. */
export function Verdict({ report }: { report: ValidationReport }) {
  const { s, num } = useI18n();
  const { error, warning } = report.counts;
  const ready = error === 0 && report.tableFound;
  const title = ready
    ? warning === 0
      ? s.check.ready
      : s.check.readyWithWarnings(num(warning, 0))
    : s.check.notReady(num(error, 0), num(warning, 0));
  return (
    <MessageBar
      intent={ready ? (warning === 0 ? "success" : "warning") : "error"}
      layout="multiline"
      data-testid="verdict"
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <div>{s.check.sheet(report.sheet)}</div>
        {!report.tableFound ? (
          <div>{s.check.noTable}</div>
        ) : !ready ? (
          <div>{s.check.notReadyHint}</div>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
