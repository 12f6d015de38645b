/** The sidebar page: the shared scoring UI over the Google Sheets service. */
import { mountScoringApp } from "@cchc/scoring-ui";
import type { StartAction } from "../shared/rpc";
import { createServerClient, pageScriptRunner } from "./run";
import { SheetsScoringService } from "./sheets-service";

interface Boot {
  start?: StartAction;
  locale?: string;
}

const boot: Boot = (globalThis as unknown as { __CCHC_BOOT__?: Boot }).__CCHC_BOOT__ ?? {};
const service = new SheetsScoringService(
  createServerClient(pageScriptRunner),
  boot.locale ?? navigator.language ?? "vi",
);
const root = document.getElementById("root");
// The menu item chose where the sidebar opens: Tạo bảng chấm điểm opens the template panel.
if (root) mountScoringApp(root, service, { initialPanel: boot.start === "template" ? "template" : "check" });
