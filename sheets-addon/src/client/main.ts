/** The sidebar page: the shared scoring UI over the Google Sheets service. */
import { mountScoringApp } from "@cchc/scoring-ui";
import { handOutPanel } from "@cchc/scoring-ui/hand-out";
import type { StartAction } from "../shared/rpc";
import { createServerClient, pageScriptRunner } from "./run";
import { SheetsScoringService } from "./sheets-service";
import { createProvinceClient } from "./province/api";
import { handOutDriver } from "./province/hand-out-driver";
import { outputsLoader } from "./province/outputs/load-outputs";
import { provinceService } from "./province/province-service";

interface Boot {
  start?: StartAction;
  locale?: string;
  /** Opened from the Sở Nội vụ's menu: consolidation of the units (issue #6). */
  province?: boolean;
}

/** Set by the build (scripts/build-sidebar.ts): only the Sở Nội vụ's sidebar carries its code. */
declare const __CCHC_PROVINCE_EDITION__: boolean;

const boot: Boot = (globalThis as unknown as { __CCHC_BOOT__?: Boot }).__CCHC_BOOT__ ?? {};
const base = new SheetsScoringService(
  createServerClient(pageScriptRunner),
  boot.locale ?? navigator.language ?? "vi",
);
const province = __CCHC_PROVINCE_EDITION__ && boot.province ? createProvinceClient(pageScriptRunner) : null;
const service = province
  ? provinceService(base, province, window.localStorage, {
      outputs: outputsLoader(() => province.provinceOutputsChunk()),
    })
  : base;
const root = document.getElementById("root");
// The menu item chose where the sidebar opens: Tạo bảng chấm điểm opens the template panel.
if (root)
  mountScoringApp(root, service, {
    initialPanel: boot.province
      ? boot.start === "handout"
        ? "handout"
        : "consolidate"
      : boot.start === "template"
        ? "template"
        : "check",
    // The Sở hands the units' tables out from the sidebar, chunk by chunk (Phát bảng).
    ...(province ? { handOut: handOutPanel(handOutDriver(province, () => base.displayLanguage())) } : {}),
  });
