/**
 * The demo pane: the shared app over the in-memory service. URL parameters pick the host's
 * language (?lang=en), its kind (?host=sheets), latency (?latency=0), the first panel (?panel=…),
 * a failing call (?fail=validate), how many issues are listed (?issueLimit=2) and an appraised
 * table with flagged items (?appraisal=1).
 */
import type { PanelId } from "../app/TabBar";
import { mountScoringApp } from "../mount";
import { DemoScoringService } from "./DemoScoringService";

const params = new URLSearchParams(window.location.search);
const latency = params.get("latency");
const service = new DemoScoringService({
  displayLanguage: params.get("lang") === "en" ? "en-US" : "vi-VN",
  host: params.get("host") === "sheets" ? "sheets" : "excel",
  ...(latency !== null ? { latencyMs: Number(latency) } : {}),
  ...(params.get("perFile") !== null ? { perFileMs: Number(params.get("perFile")) } : {}),
  failOn: params.get("fail"),
  appraisal: params.get("appraisal") === "1",
  ...(params.get("issueLimit") !== null ? { issueLimit: Number(params.get("issueLimit")) } : {}),
});
// Tests read the recorded calls from here.
(window as unknown as { cchcDemo: DemoScoringService }).cchcDemo = service;

const panels: PanelId[] = ["check", "results", "template", "consolidate", "settings", "appraisal"];
const panel = panels.find((p) => p === params.get("panel"));
const root = document.getElementById("root");
if (root) mountScoringApp(root, service, panel ? { initialPanel: panel } : {});
