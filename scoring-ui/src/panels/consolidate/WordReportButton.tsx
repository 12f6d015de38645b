import { Button, Link } from "@fluentui/react-components";
import { useState } from "react";
import { useAppState } from "../../app/app-context";
import { ErrorBar } from "../../components/ErrorBar";
import { Notice } from "../../components/Notice";
import { useServiceCall } from "../../components/use-service-call";
import { useI18n } from "../../i18n/lang-context";
import type { OutputFile } from "../../service";

/** Saves bytes the host made as a download (Blob + anchor): Excel's pane is a browser page. */
export function downloadFile(file: Extract<OutputFile, { kind: "file" }>): void {
  const url = URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser the moment it needs to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "Phản hồi từng đơn vị" after a consolidation: one feedback workbook per unit (the same files as
 * `cchc rank --feedback`), in one .zip the pane downloads. Hosts without it show no button.
 */
export function UnitFeedbackButton() {
  const { service } = useAppState();
  const { s } = useI18n();
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const make = useServiceCall(async () => {
    if (!service.unitFeedback) return;
    const file = await service.unitFeedback();
    if (file.kind === "file") downloadFile(file);
    else setLink({ name: file.fileName, url: file.url });
  }, s.common.unexpected);
  if (!service.unitFeedback) return null;
  return (
    <>
      <div>
        <Button
          disabled={make.busy}
          onClick={() => {
            setLink(null);
            void make.run();
          }}
          data-testid="consolidate-unit-feedback"
        >
          {make.busy ? s.consolidate.wordReportMaking : s.consolidate.unitFeedback}
        </Button>
      </div>
      {make.error ? <ErrorBar error={make.error} /> : null}
      {link ? (
        <Notice intent="success">
          {s.consolidate.wordReportSaved(link.name)}{" "}
          <Link href={link.url} target="_blank" rel="noreferrer" data-testid="unit-feedback-link">
            {s.consolidate.openSaved}
          </Link>
        </Notice>
      ) : null}
    </>
  );
}

/**
 * "Báo cáo (Word)" after a consolidation: the host makes the Báo cáo kết quả (the same document
 * as `cchc rank --report`); Excel hands the .docx to the browser, Sheets saves it to Drive and
 * answers its link. Hosts without a Word report show no button.
 */
export function WordReportButton() {
  const { service } = useAppState();
  const { s } = useI18n();
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const make = useServiceCall(async () => {
    if (!service.wordReport) return;
    const file = await service.wordReport();
    if (file.kind === "file") downloadFile(file);
    else setLink({ name: file.fileName, url: file.url });
  }, s.common.unexpected);
  if (!service.wordReport) return null;
  return (
    <>
      <div>
        <Button
          disabled={make.busy}
          onClick={() => {
            setLink(null);
            void make.run();
          }}
          data-testid="consolidate-word-report"
        >
          {make.busy ? s.consolidate.wordReportMaking : s.consolidate.wordReport}
        </Button>
      </div>
      {make.error ? <ErrorBar error={make.error} /> : null}
      {link ? (
        <Notice intent="success">
          {s.consolidate.wordReportSaved(link.name)}{" "}
          <Link href={link.url} target="_blank" rel="noreferrer" data-testid="word-report-link">
            {s.consolidate.wordReportOpen}
          </Link>
        </Notice>
      ) : null}
    </>
  );
}
