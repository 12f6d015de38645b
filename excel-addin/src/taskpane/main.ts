/** The task pane: wait for Office, then mount the shared UI over the Excel service. */
import { mountScoringApp } from "@cchc/scoring-ui";
import { createExcelService } from "../service/create";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) mountScoringApp(root, createExcelService());
});
