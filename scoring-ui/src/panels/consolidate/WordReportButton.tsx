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
 * A button that has the host make one output file: the pane downloads it (Excel) or shows the
 * link where the host saved it (Sheets: Drive). Hosts without the output show no button.
 */
function OutputFileButton(props: {
  make: (() => Promise<OutputFile>) | undefined;
  label: string;
  openLabel: string;
  testId: string;
  linkTestId: string;
}) {
  const { s } = useI18n();
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const make = useServiceCall(async () => {
    if (!props.make) return;
    const file = await props.make();
    if (file.kind === "file") downloadFile(file);
    else setLink({ name: file.fileName, url: file.url });
  }, s.common.unexpected);
  if (!props.make) return null;
  return (
    <>
      <div>
        <Button
          disabled={make.busy}
          onClick={() => {
            setLink(null);
            void make.run();
          }}
          data-testid={props.testId}
        >
          {make.busy ? s.consolidate.wordReportMaking : props.label}
        </Button>
      </div>
      {make.error ? <ErrorBar error={make.error} /> : null}
      {link ? (
        <Notice intent="success">
          {s.consolidate.wordReportSaved(link.name)}{" "}
          <Link href={link.url} target="_blank" rel="noreferrer" data-testid={props.linkTestId}>
            {props.openLabel}
          </Link>
        </Notice>
      ) : null}
    </>
  );
}

/**
 * "Phản hồi từng đơn vị" after a consolidation: one feedback workbook per unit (the same files as
 * `cchc rank --feedback`), in one .zip the pane downloads. Hosts without it show no button.
 */
export function UnitFeedbackButton() {
  const { service } = useAppState();
  const { s } = useI18n();
  return (
    <OutputFileButton
      make={service.unitFeedback?.bind(service)}
      label={s.consolidate.unitFeedback}
      openLabel={s.consolidate.openSaved}
      testId="consolidate-unit-feedback"
      linkTestId="unit-feedback-link"
    />
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
  return (
    <OutputFileButton
      make={service.wordReport?.bind(service)}
      label={s.consolidate.wordReport}
      openLabel={s.consolidate.wordReportOpen}
      testId="consolidate-word-report"
      linkTestId="word-report-link"
    />
  );
}
