import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, type AppProps } from "./app/App";
import type { ScoringService } from "./service";

/** Renders the pane into `element` over a host's service; returns an unmount function. */
export function mountScoringApp(
  element: HTMLElement,
  service: ScoringService,
  options: Omit<AppProps, "service"> = {},
): () => void {
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <App service={service} {...options} />
    </StrictMode>,
  );
  return () => root.unmount();
}
