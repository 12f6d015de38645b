import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useAppState } from "../../app/app-context";
import { ErrorBar } from "../../components/ErrorBar";
import { FilePicker } from "../../components/FilePicker";
import { Notice } from "../../components/Notice";
import { toUnitFile } from "../../components/read-file";
import { usePanelStyles } from "../../components/styles";
import { useServiceCall } from "../../components/use-service-call";
import { useI18n } from "../../i18n/lang-context";
import type { TrendReply, TrendRequest } from "../../service";
import { TREND_STRINGS } from "./trend-strings";

// A plain textarea: Fluent's Textarea would join the pane's initial UI chunk for this one field.
const useStyles = makeStyles({
  refs: {
    minHeight: "72px",
    resize: "vertical",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** Splits pasted URLs/IDs: one per line (commas and spaces also separate). */
export function splitRefs(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Xu hướng: past rankings → the tool's trend sheets, through the service (the core computes, the
 * host reads and writes). Files from disk where the host reads .xlsx (Excel), spreadsheets by URL
 * or ID where it opens them itself (Sheets, province edition). Shown only by hosts that have it.
 */
export function TrendSection() {
  const { service, caps } = useAppState();
  const { lang, num, s } = useI18n();
  const t = TREND_STRINGS[lang];
  const c = usePanelStyles();
  const own = useStyles();
  const byFiles = caps.consolidateFiles;
  const [files, setFiles] = useState<File[]>([]);
  const [renames, setRenames] = useState<File | null>(null);
  const [refs, setRefs] = useState("");
  const [renamesRef, setRenamesRef] = useState("");
  const [reply, setReply] = useState<TrendReply | null>(null);

  const job = useServiceCall(async (): Promise<TrendReply> => {
    const request: TrendRequest = byFiles
      ? {
          source: "files",
          files: await Promise.all(files.map(toUnitFile)),
          renamesFile: renames ? await toUnitFile(renames) : null,
        }
      : { source: "spreadsheets", refs: splitRefs(refs), renamesRef: renamesRef.trim() || null };
    return service.trends!(request);
  }, s.common.unexpected);

  const run = async () => {
    setReply(null);
    const r = await job.run();
    if (r) setReply(r);
  };
  const ready = byFiles ? files.length > 0 : splitRefs(refs).length > 0;

  return (
    <section className={c.panel} data-testid="trends" aria-label={t.title}>
      <h3>{t.title}</h3>
      <div className={c.intro}>{byFiles ? t.introFiles : t.introSheets}</div>
      {byFiles ? (
        <>
          <Field label={t.files}>
            <FilePicker
              buttonLabel={s.common.chooseFiles}
              summary={files.length > 0 ? t.filesChosen(num(files.length, 0)) : s.common.noFile}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple
              disabled={job.busy}
              onFiles={setFiles}
              testId="trends-files"
            />
          </Field>
          <Field label={`${t.renames} (${t.optional})`}>
            <FilePicker
              buttonLabel={s.common.chooseFile}
              summary={renames ? renames.name : s.common.noFile}
              accept=".xlsx"
              disabled={job.busy}
              onFiles={(f) => setRenames(f[0] ?? null)}
              testId="trends-renames"
            />
          </Field>
        </>
      ) : (
        <>
          <Field label={t.refs} hint={t.refsHint}>
            <textarea
              className={own.refs}
              value={refs}
              onChange={(e) => setRefs(e.target.value)}
              disabled={job.busy}
              data-testid="trends-refs"
            />
          </Field>
          <Field label={`${t.renamesRef} (${t.optional})`}>
            <Input
              value={renamesRef}
              onChange={(_, d) => setRenamesRef(d.value)}
              disabled={job.busy}
              data-testid="trends-renames-ref"
            />
          </Field>
        </>
      )}
      <div className={c.actions}>
        <Button
          appearance="primary"
          disabled={job.busy || !ready}
          onClick={() => void run()}
          data-testid="trends-run"
        >
          {t.run}
        </Button>
      </div>
      {job.error ? <ErrorBar error={job.error} /> : null}
      {reply ? (
        <div data-testid="trends-outcome">
          <Notice intent={reply.skipped.length > 0 || reply.unmatched.length > 0 ? "warning" : "success"}>
            {t.done(
              num(reply.units, 0),
              reply.years.map((y) => (y === null ? "?" : String(y))).join(", "),
              reply.sheets.join(", "),
            )}
          </Notice>
          {reply.unmatched.length > 0 ? (
            <>
              <div>{t.unmatched(num(reply.unmatched.length, 0))}</div>
              <ul data-testid="trends-unmatched">
                {reply.unmatched.map((u) => (
                  <li key={`${u.year}|${u.group}|${u.unit}`}>
                    {u.unit} ({u.group}, {u.year ?? "?"})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {reply.fellMost.length > 0 ? (
            <>
              <div>{t.fell}</div>
              <ul data-testid="trends-fell">
                {reply.fellMost.map((f) => (
                  <li key={`${f.group}|${f.unit}`}>
                    {f.unit}: {num(f.change)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {reply.inspect.length > 0 ? (
            <>
              <div>{t.inspect}</div>
              <ul data-testid="trends-inspect">
                {reply.inspect.map((c) => (
                  <li key={`${c.group}|${c.unit}`}>
                    {c.unit}: {c.reasons.join("; ")}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {reply.skipped.length > 0 ? (
            <>
              <div>{t.skipped}</div>
              <ul data-testid="trends-skipped">
                {reply.skipped.map((x) => (
                  <li key={x.file}>{x.message}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
