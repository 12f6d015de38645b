import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { Suspense, lazy, useRef, useState } from "react";
import { useAppState } from "../../app/app-context";
import { ErrorBar } from "../../components/ErrorBar";
import { FilePicker } from "../../components/FilePicker";
import { Notice } from "../../components/Notice";
import { toUnitFile } from "../../components/read-file";
import { usePanelStyles } from "../../components/styles";
import { useServiceCall } from "../../components/use-service-call";
import { useI18n } from "../../i18n/lang-context";
import type { ConsolidateOutcome, ConsolidateRequest, Progress } from "../../service";
import { RankingSummary } from "./RankingSummary";
import { SetPlanView } from "./SetPlanView";

import { SurveySummaryView } from "./SurveySummaryView";
import { UnitFeedbackButton, WordReportButton } from "./WordReportButton";

type Outcome = ConsolidateOutcome;

// Xu hướng loads with its own chunk, so the pane's initial JavaScript stays within budget.
const TrendSection = lazy(() => import("../trends/TrendSection").then((m) => ({ default: m.TrendSection })));

/** Tổng hợp: unit files picked from disk (Excel) or the control sheet's units (Sheets), with progress and cancel. */
export function ConsolidatePanel() {
  const { service, caps } = useAppState();
  const { s, num } = useI18n();
  const c = usePanelStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [survey, setSurvey] = useState<File | null>(null);
  const [unitsFile, setUnitsFile] = useState<File | null>(null);
  const [answers, setAnswers] = useState<File[]>([]);
  const [design, setDesign] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const job = useServiceCall(async (source: "files" | "units", signal: AbortSignal): Promise<Outcome> => {
    const request: ConsolidateRequest =
      source === "units"
        ? { source: "units" }
        : {
            source: "files",
            files: await Promise.all(files.map(toUnitFile)),
            surveyFile: survey ? await toUnitFile(survey) : null,
            unitsFile: unitsFile ? await toUnitFile(unitsFile) : null,
            surveyAnswers: answers.length > 0 ? await Promise.all(answers.map(toUnitFile)) : null,
            surveyDesign: design ? await toUnitFile(design) : null,
          };
    return service.consolidate(request, (p) => !signal.aborted && setProgress(p), signal);
  }, s.common.unexpected);

  const start = async (source: "files" | "units") => {
    const controller = new AbortController();
    abort.current = controller;
    setOutcome(null);
    setCancelled(false);
    setProgress(null);
    const r = await job.run(source, controller.signal);
    abort.current = null;
    if (controller.signal.aborted) setCancelled(true);
    else if (r) setOutcome(r);
    setProgress(null);
  };

  const cancel = () => abort.current?.abort();
  const units = outcome ? outcome.ranking.groups.reduce((n, g) => n + g.rows.length, 0) : 0;

  return (
    <div className={c.panel}>
      {caps.consolidateFiles ? (
        <>
          <div className={c.intro}>{s.consolidate.introFiles}</div>
          <Field label={s.consolidate.files}>
            <FilePicker
              buttonLabel={s.common.chooseFiles}
              summary={files.length > 0 ? s.consolidate.filesChosen(num(files.length, 0)) : s.common.noFile}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple
              disabled={job.busy}
              onFiles={setFiles}
              testId="consolidate-files"
            />
          </Field>
          <Field label={`${s.consolidate.survey} (${s.consolidate.optional})`}>
            <FilePicker
              buttonLabel={s.common.chooseFile}
              summary={survey ? survey.name : s.common.noFile}
              accept=".xlsx"
              disabled={job.busy}
              onFiles={(f) => setSurvey(f[0] ?? null)}
              testId="consolidate-survey"
            />
          </Field>
          <Field label={`${s.consolidate.surveyAnswers} (${s.consolidate.optional})`}>
            <FilePicker
              buttonLabel={s.common.chooseFiles}
              summary={
                answers.length > 0 ? s.consolidate.filesChosen(num(answers.length, 0)) : s.common.noFile
              }
              accept=".xlsx"
              multiple
              disabled={job.busy}
              onFiles={setAnswers}
              testId="consolidate-survey-answers"
            />
          </Field>
          {answers.length > 0 ? (
            <Field
              label={s.consolidate.surveyDesign}
              hint={design ? undefined : s.consolidate.surveyDesignHint}
            >
              <FilePicker
                buttonLabel={s.common.chooseFile}
                summary={design ? design.name : s.common.noFile}
                accept=".xlsx"
                disabled={job.busy}
                onFiles={(f) => setDesign(f[0] ?? null)}
                testId="consolidate-survey-design"
              />
            </Field>
          ) : null}
          <Field label={`${s.consolidate.unitsList} (${s.consolidate.optional})`}>
            <FilePicker
              buttonLabel={s.common.chooseFile}
              summary={unitsFile ? unitsFile.name : s.common.noFile}
              accept=".xlsx"
              disabled={job.busy}
              onFiles={(f) => setUnitsFile(f[0] ?? null)}
              testId="consolidate-units-file"
            />
          </Field>
        </>
      ) : (
        <div className={c.intro}>{s.consolidate.introUnits}</div>
      )}
      {/* Before a run: which stored set applies to which unit type (the host's core lines). */}
      {!outcome && !job.busy ? <SetPlanView /> : null}
      <div className={c.actions}>
        {caps.consolidateFiles ? (
          <Button
            appearance="primary"
            disabled={job.busy || files.length === 0}
            onClick={() => void start("files")}
            data-testid="consolidate-run"
          >
            {s.consolidate.run}
          </Button>
        ) : null}
        {caps.consolidateUnits ? (
          <Button
            appearance={caps.consolidateFiles ? "secondary" : "primary"}
            disabled={job.busy}
            onClick={() => void start("units")}
            data-testid="consolidate-units"
          >
            {s.consolidate.runUnits}
          </Button>
        ) : null}
        {job.busy ? (
          <Button onClick={cancel} data-testid="consolidate-cancel">
            {s.common.cancel}
          </Button>
        ) : null}
      </div>
      {caps.consolidateFiles && files.length === 0 && !job.busy ? (
        <div className={c.muted}>{s.consolidate.noFiles}</div>
      ) : null}
      {job.busy ? (
        <Field
          validationState="none"
          validationMessage={progress?.current ? s.consolidate.current(progress.current) : s.common.working}
          label={
            progress
              ? s.consolidate.progress(num(progress.done, 0), num(progress.total, 0))
              : s.common.working
          }
        >
          <ProgressBar
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
            data-testid="consolidate-progress"
          />
        </Field>
      ) : null}
      {job.error ? <ErrorBar error={job.error} /> : null}
      {cancelled ? <Notice intent="info">{s.consolidate.cancelled}</Notice> : null}
      {outcome ? (
        <>
          <Notice intent={outcome.ranking.failed.length > 0 ? "warning" : "success"}>
            {s.consolidate.done(num(units, 0), num(outcome.ranking.failed.length, 0))}
          </Notice>
          <WordReportButton />
          <UnitFeedbackButton />
          <RankingSummary ranking={outcome.ranking} sheets={outcome.sheets} />
          {outcome.survey ? <SurveySummaryView survey={outcome.survey} /> : null}
        </>
      ) : null}
      {/* Xu hướng: only hosts that consolidate offer it (Excel, the Sheets province edition). */}
      {service.trends ? (
        <Suspense fallback={null}>
          <TrendSection />
        </Suspense>
      ) : null}
    </div>
  );
}
