import { MessageBar, MessageBarBody, type MessageBarIntent } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** A short outcome line ("Đã ghi trang …"). */
export function Notice({ intent, children }: { intent: MessageBarIntent; children: ReactNode }) {
  return (
    <MessageBar intent={intent} layout="multiline" role="status">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
