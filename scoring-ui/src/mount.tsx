import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import type { ScoringService } from "./service";

/** Renders the pane into `element` over a host's service; returns an unmount function. */
export function mountScoringApp(element: HTMLElement, service: ScoringService): () => void {
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <App service={service} />
    </StrictMode>,
  );
  return () => root.unmount();
}
