import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { ErrorBar } from "../../components/ErrorBar";
import { Notice } from "../../components/Notice";
import { usePanelStyles } from "../../components/styles";
import { useServiceCall } from "../../components/use-service-call";
import { useI18n } from "../../i18n/lang-context";
import type { HandOutDriver, HandOutOutcome, HandOutProgress } from "./hand-out-driver";
import { HAND_OUT_STRINGS } from "./strings";

// Reasons can hold a file's link: wrap anywhere so nothing is wider than the pane.
const useListStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/**
 * Phát bảng: one button hands a table out to every unit still without one, the host's loop
 * working chunk by chunk, with progress after each chunk and a stop between chunks.
 */
export function HandOutPanel({ driver }: { driver: HandOutDriver }) {
  const { lang, s: common, num } = useI18n();
  const s = HAND_OUT_STRINGS[lang];
  const c = usePanelStyles();
  const [progress, setProgress] = useState<HandOutProgress | null>(null);
  const [outcome, setOutcome] = useState<HandOutOutcome | null>(null);
  const abort = useRef<AbortController | null>(null);

  const job = useServiceCall(
    (signal: AbortSignal) => driver.run((p) => !signal.aborted && setProgress(p), signal),
    common.common.unexpected,
  );

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setOutcome(null);
    setProgress(null);
    const r = await job.run(controller.signal);
    abort.current = null;
    if (r) setOutcome(r);
    setProgress(null);
  };

  const handled = (p: HandOutProgress) => p.created + p.failed;
  const total = (p: HandOutProgress) => handled(p) + p.remaining;

  return (
    <div className={c.panel}>
      <div className={c.intro}>{s.intro}</div>
      <div className={c.actions}>
        <Button
          appearance="primary"
          disabled={job.busy}
          onClick={() => void start()}
          data-testid="handout-run"
        >
          {s.run}
        </Button>
        {job.busy ? (
          <Button onClick={() => abort.current?.abort()} data-testid="handout-cancel">
            {s.cancel}
          </Button>
        ) : null}
      </div>
      {job.busy ? (
        <Field
          validationState="none"
          label={progress ? s.progress(num(handled(progress), 0), num(total(progress), 0)) : s.starting}
          validationMessage={progress ? s.remaining(num(progress.remaining, 0)) : common.common.working}
        >
          <ProgressBar
            value={progress && total(progress) > 0 ? handled(progress) / total(progress) : undefined}
            data-testid="handout-progress"
          />
        </Field>
      ) : null}
      {job.error ? <ErrorBar error={job.error} /> : null}
      {outcome ? <OutcomeNotice outcome={outcome} /> : null}
    </div>
  );
}

function OutcomeNotice({ outcome }: { outcome: HandOutOutcome }) {
  const { lang, num } = useI18n();
  const s = HAND_OUT_STRINGS[lang];
  const c = usePanelStyles();
  const l = useListStyles();
  const n = (x: number) => num(x, 0);
  const head = outcome.cancelled ? (
    <Notice intent="info">{s.cancelled(n(outcome.created), n(outcome.remaining))}</Notice>
  ) : outcome.stalled ? (
    <Notice intent="warning">{s.stalled(n(outcome.remaining))}</Notice>
  ) : outcome.created === 0 && outcome.failed === 0 ? (
    <Notice intent="success">{s.nothingToDo(n(outcome.skipped))}</Notice>
  ) : (
    <Notice intent={outcome.failed > 0 ? "warning" : "success"}>
      {s.done(n(outcome.created), n(outcome.skipped))}
    </Notice>
  );
  return (
    <div className={c.section} data-testid="handout-outcome">
      {head}
      {outcome.failures.length > 0 ? (
        <>
          <div>{s.failed(n(outcome.failures.length))}</div>
          <ul className={l.list} data-testid="handout-failures">
            {outcome.failures.map((f, i) => (
              <li key={i}>
                <strong>{f.unit}</strong>: {f.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
