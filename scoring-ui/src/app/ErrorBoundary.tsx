import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import type { Strings } from "../i18n/strings";

interface Props {
  strings: Strings;
  children: ReactNode;
}

/** A render error shows what happened and a way back, never a blank pane. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const s = this.props.strings;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{s.boundary.title}</MessageBarTitle>
          {s.boundary.body} ({error.message})
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: null })}>{s.boundary.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
