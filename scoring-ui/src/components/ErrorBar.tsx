import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n/lang-context";
import type { ShownError } from "./errors";

/** A failed service call: what went wrong and what to do next. Never a blank pane. */
export function ErrorBar({ error }: { error: ShownError }) {
  const { s } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{s.common.errorTitle}</MessageBarTitle>
        {error.message}
        <div>
          <strong>{s.common.whatNext}</strong> {error.hint ?? s.common.tryAgain}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
