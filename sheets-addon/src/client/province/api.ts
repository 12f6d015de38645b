/**
 * The Sở Nội vụ's RPC contract: the server functions the province screen calls through
 * google.script.run (exported by src/server/province/entry.ts), as a typed promise client.
 */
import type { BeginReply, FinishReply, UnitReply } from "../../server/province/consolidate";
import type { HandOutReply } from "../../server/province/hand-out";
import type { SaveReportReply } from "../../server/province/report";
import type { JobUnitSpec } from "@cchc/scoring-core/province";
import type { ScriptRunner } from "../run";
import type { SetPlanLine, TrendReply } from "@cchc/scoring-core/workflow";

export interface ProvinceClient {
  provinceBegin(clientId: string): Promise<BeginReply>;
  provinceUnit(jobId: string, unit: JobUnitSpec, criteriaSetId: string): Promise<UnitReply>;
  provinceFinish(jobId: string, outcome: unknown): Promise<FinishReply>;
  provinceCancel(jobId: string): Promise<null>;
  provinceHandOut(limit?: number): Promise<HandOutReply>;
  provinceTrends(refs: string[], renamesRef: string | null): Promise<TrendReply>;
  /** Tổng hợp, before a run: the set each unit type will be scored on (the core's lines). */
  provinceSetPlan(): Promise<SetPlanLine[]>;
  provinceSaveReport(fileName: string, base64: string, kind?: "docx" | "zip"): Promise<SaveReportReply>;
  /** The output writers' bundle (OutputsChunk.html) as text: see ./outputs/load-outputs. */
  provinceOutputsChunk(): Promise<string>;
}

const NAMES = [
  "provinceBegin",
  "provinceUnit",
  "provinceFinish",
  "provinceCancel",
  "provinceHandOut",
  "provinceTrends",
  "provinceSetPlan",
  "provinceSaveReport",
  "provinceOutputsChunk",
] as const;

export function createProvinceClient(runner: () => ScriptRunner): ProvinceClient {
  const call = (name: string, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const r = runner().withSuccessHandler(resolve).withFailureHandler(reject);
      const fn = r[name];
      if (typeof fn !== "function") {
        reject(new Error(`[cchc:server-error] google.script.run.${name} is missing`));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(r, args);
    });
  const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of NAMES) client[name] = (...args: unknown[]) => call(name, args);
  return client as unknown as ProvinceClient;
}
