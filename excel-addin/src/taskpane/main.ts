/** The task pane: wait for Office, then mount the shared UI over the Excel service. */
import { mountScoringApp } from "@cchc/scoring-ui";
import { createExcelService } from "../service/create";

// The script runs, so the webview is supported: drop the fallback message at once.
document.getElementById("unsupported")?.remove();

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) mountScoringApp(root, createExcelService());
});
