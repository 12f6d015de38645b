/**
 * The Sở Nội vụ's sidebar service: the units' SheetsScoringService for everything else, with
 * consolidation of the control spreadsheet's units (the Tổng hợp panel's "units" source) driven
 * by runConsolidation — a pool of server calls, progress, retries, resume.
 */
import { pickLang, type Settings } from "@cchc/scoring-core";
import {
  ServiceError,
  type ConsolidateOutcome,
  type ConsolidateRequest,
  type HostCapabilities,
  type Progress,
  type ScoringService,
  type TrendReply,
  type TrendRequest,
} from "@cchc/scoring-ui";
import { classifyError, errorMessage } from "../../shared/errors";
import type { ProvinceClient } from "./api";
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
  options: { pool?: number; store?: JobStore } = {},
): ScoringService {
  let lang = pickLang(base.displayLanguage());
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
  };
  return service;
}
