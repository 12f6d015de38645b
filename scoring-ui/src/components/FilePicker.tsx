import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useId, useRef } from "react";

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    flexWrap: "wrap",
  },
  // The native input stays in the page (tests and assistive tools reach it) but is not drawn:
  // its "Choose Files" text follows the browser's language, not the pane's.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    opacity: 0,
    overflow: "hidden",
    pointerEvents: "none",
  },
  chosen: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
});

export interface FilePickerProps {
  buttonLabel: string;
  /** What was chosen ("3 tệp", "bo-tieu-chi.json"), or what to do. */
  summary: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  testId: string;
}

/** A file input drawn as a Fluent button, labelled in the pane's language. */
export function FilePicker({
  buttonLabel,
  summary,
  accept,
  multiple = false,
  disabled = false,
  onFiles,
  testId,
}: FilePickerProps) {
  const c = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const summaryId = useId();
  return (
    <div className={c.row}>
      <input
        ref={input}
        type="file"
        className={c.hidden}
        tabIndex={-1}
        aria-hidden
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          // Picking the same file again must fire change again.
          e.target.value = "";
        }}
        data-testid={testId}
      />
      <Button
        icon={<DocumentArrowUpRegular />}
        disabled={disabled}
        onClick={() => input.current?.click()}
        aria-describedby={summaryId}
      >
        {buttonLabel}
      </Button>
      <span id={summaryId} className={c.chosen}>
        {summary}
      </span>
    </div>
  );
}
