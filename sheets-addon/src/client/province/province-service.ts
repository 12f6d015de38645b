/**
 * The Sở Nội vụ's sidebar service: the units' SheetsScoringService for everything else, with
 * consolidation of the control spreadsheet's units (the Tổng hợp panel's "units" source) driven
 * by runConsolidation — a pool of server calls, progress, retries, resume.
 */
import { pickLang, rankedFeedback, type Settings, type UnitFeedbackSource } from "@cchc/scoring-core";
import {
  publishedReport,
  reportFileName,
  type OutputFile,
  type PublishedRun,
} from "@cchc/scoring-core/workflow";
import {
  ServiceError,
  type ConsolidateOutcome,
  type ConsolidateRequest,
  type HostCapabilities,
  type Progress,
  type ScoringService,
  type SetPlanLine,
  type TrendReply,
  type TrendRequest,
} from "@cchc/scoring-ui";
import { classifyError, errorMessage } from "../../shared/errors";
import type { ProvinceClient } from "./api";
import type { LoadOutputs } from "./outputs/load-outputs";
import type { OutputWriters } from "./outputs/outputs";
import {
  ConsolidationAborted,
  clientIdFrom,
  localJobStore,
  runConsolidation,
  type JobStore,
} from "./run-consolidation";

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

/** Every ScoringService method but consolidate and capabilities comes from the base service. */
export function provinceService(
  base: ScoringService,
  client: ProvinceClient,
  storage: Storage,
  options: {
    pool?: number;
    store?: JobStore;
    /**
     * The Word report's and feedback .zip's writers, loaded on first use (main.ts passes
     * outputsLoader: the build keeps them out of Sidebar.html). Without it those buttons say so.
     */
    outputs?: LoadOutputs;
  } = {},
): ScoringService {
  let lang = pickLang(base.displayLanguage());
  /** The last consolidation of the control spreadsheet's units: what the Word report is made from. */
  let last: PublishedRun | null = null;
  let lastFeedback: UnitFeedbackSource[] = [];
  const service: ScoringService = {
    host: base.host,
    displayLanguage: () => base.displayLanguage(),
    capabilities: (): HostCapabilities => ({ ...base.capabilities(), consolidateUnits: true }),
    loadSettings: async (): Promise<Settings> => {
      const s = await base.loadSettings();
      lang = s.lang;
      return s;
    },
    saveSettings: async (s) => {
      await base.saveSettings(s);
      lang = s.lang;
    },
    listSheets: () => base.listSheets(),
    listCriteriaSets: () => base.listCriteriaSets(),
    validate: (s) => base.validate(s),
    selectCell: (sheet, cell) => base.selectCell(sheet, cell),
    markIssues: (r) => base.markIssues(r),
    clearMarks: () => base.clearMarks(),
    writeResults: (r) => base.writeResults(r),
    createTemplate: (r) => base.createTemplate(r),
    importCriteriaSet: (r) => base.importCriteriaSet(r),
    /** Before Tổng hợp: the set each unit type of "Đơn vị" will be scored on (one server call). */
    async consolidationSetPlan(): Promise<SetPlanLine[]> {
      try {
        return await client.provinceSetPlan();
      } catch (e) {
        const { code, detail } = classifyError(e instanceof Error ? e.message : String(e));
        const { message, hint } = errorMessage(code, detail, lang);
        throw new ServiceError(message, hint, code);
      }
    },
    /** Xu hướng: past ranking spreadsheets by URL/ID, opened and read by the server (one call). */
    async trends(request: TrendRequest): Promise<TrendReply> {
      if (request.source !== "spreadsheets")
        throw new ServiceError(
          lang === "vi"
            ? "Ở đây, hãy dán địa chỉ hoặc ID các bảng tính xếp hạng các năm trước."
            : "Here, paste the URLs or IDs of earlier years' ranking spreadsheets.",
          null,
          "trends-source",
        );
      try {
        return await client.provinceTrends(request.refs, request.renamesRef ?? null);
      } catch (e) {
        const { code, detail } = classifyError(e instanceof Error ? e.message : String(e));
        const { message, hint } = errorMessage(code, detail, lang);
        throw new ServiceError(message, hint, code);
      }
    },
    async consolidate(
      request: ConsolidateRequest,
      onProgress: (p: Progress) => void,
      signal: AbortSignal,
    ): Promise<ConsolidateOutcome> {
      if (request.source !== "units") return base.consolidate(request, onProgress, signal);
      try {
        const out = await runConsolidation(client, options.store ?? localJobStore(storage), {
          clientId: clientIdFrom(storage),
          pool: options.pool ?? 4,
          signal,
          onProgress: (p) =>
            onProgress({
              done: p.done + p.failed,
              total: p.total,
              ...(p.current ? { current: p.current } : {}),
            }),
        });
        last = {
          lang,
          ranking: out.ranking,
          units: out.results,
          heading: out.heading,
          decimals: out.decimals,
          // The sets the server scored with: section IV names their appraisers (one core path).
          sets: out.sets,
        };
        lastFeedback = out.feedback;
        return { ranking: out.ranking, sheets: out.sheets, ...(out.survey ? { survey: out.survey } : {}) };
      } catch (e) {
        if (e instanceof ConsolidationAborted) throw e;
        const text = e instanceof Error ? e.message : String(e);
        const { code, detail } = classifyError(text);
        const { message, hint } = errorMessage(code, detail, lang);
        // "Another consolidation is running (since 14:05)": the server's own words say more.
        if (code === "busy" && detail.trim()) throw new ServiceError(detail.trim(), null, code);
        throw new ServiceError(message, hint, code);
      }
    },
    /**
     * The Word report of the last consolidation, rendered here in the sidebar (the same document
     * as `cchc rank --report`) and saved to the user's Drive by the server: its link comes back.
     */
    async wordReport(): Promise<OutputFile> {
      const run = lastRun();
      const bytes = await (await writers()).reportDocx(publishedReport(run));
      return save(reportFileName(run), bytes, "docx");
    },
    /** One feedback workbook per unit (rankedFeedback), in one .zip saved to the user's Drive. */
    async unitFeedback(): Promise<OutputFile> {
      const run = lastRun();
      const files = rankedFeedback(run.ranking, lastFeedback, run.lang, { decimals: run.decimals });
      const zip = (await writers()).feedbackZip(files);
      const name = run.lang === "vi" ? "Phản hồi các đơn vị.zip" : "Unit feedback.zip";
      return save(name, zip, "zip");
    },
  };
  function lastRun(): PublishedRun {
    if (last) return last;
    throw new ServiceError(
      lang === "vi"
        ? "Chưa có kết quả tổng hợp để lập báo cáo."
        : "There is no consolidation yet to report on.",
      lang === "vi" ? "Bấm Tổng hợp trước, rồi lập báo cáo." : "Consolidate first, then make the report.",
      "no-ranking",
    );
  }

  /** The writers' bundle, fetched from the server on the first report (one call). */
  async function writers(): Promise<OutputWriters> {
    try {
      if (!options.outputs) throw new Error("[cchc:server-error] OutputsChunk");
      return await options.outputs();
    } catch (e) {
      const { code, detail } = classifyError(e instanceof Error ? e.message : String(e));
      const { message, hint } = errorMessage(code, detail, lang);
      throw new ServiceError(message, hint, code);
    }
  }

  /** The server saves the bytes to the user's Drive (drive.file) and answers the link. */
  async function save(fileName: string, bytes: Uint8Array, kind: "docx" | "zip"): Promise<OutputFile> {
    try {
      const saved = await client.provinceSaveReport(fileName, toBase64(bytes), kind);
      return { kind: "link", fileName: saved.name, url: saved.url };
    } catch (e) {
      const { code, detail } = classifyError(e instanceof Error ? e.message : String(e));
      // The server says why (no Drive service in this deployment…): its words go to the pane.
      if (code === "workflow" && detail.trim()) throw new ServiceError(detail.trim(), null, code);
      const { message, hint } = errorMessage(code, detail, lang);
      throw new ServiceError(message, hint, code);
    }
  }

  return service;
}

/** Bytes → base64 for google.script.run (strings only), in chunks the call stack takes. */
function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
