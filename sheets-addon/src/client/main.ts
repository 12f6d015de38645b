/** The sidebar page: the shared scoring UI over the Google Sheets service. */
import { mountScoringApp } from "@cchc/scoring-ui";
import type { StartAction } from "../shared/rpc";
import { createServerClient, pageScriptRunner } from "./run";
import { SheetsScoringService } from "./sheets-service";
import { createProvinceClient } from "./province/api";
import { provinceService } from "./province/province-service";

interface Boot {
  start?: StartAction;
  locale?: string;
  /** Opened from the Sở Nội vụ's menu: consolidation of the units (issue #6). */
  province?: boolean;
}

const boot: Boot = (globalThis as unknown as { __CCHC_BOOT__?: Boot }).__CCHC_BOOT__ ?? {};
const base = new SheetsScoringService(
  createServerClient(pageScriptRunner),
  boot.locale ?? navigator.language ?? "vi",
);
const service = boot.province
  ? provinceService(base, createProvinceClient(pageScriptRunner), window.localStorage)
  : base;
const root = document.getElementById("root");
// The menu item chose where the sidebar opens: Tạo bảng chấm điểm opens the template panel.
if (root)
  mountScoringApp(root, service, {
    initialPanel: boot.province ? "consolidate" : boot.start === "template" ? "template" : "check",
  });
