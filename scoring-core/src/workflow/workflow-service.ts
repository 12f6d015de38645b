/**
 * The ScoringService the pane talks to, written once over the workbook port: the Excel pane and
 * the demo are this class plus their port. (Apps Script cannot await, so the Sheets server runs
 * the same use cases with runSync instead; see sheets-addon/src/server.)
 */
import type { surveyFromAnswers } from "../survey/survey-inputs";
import { pickLang, type Lang } from "../messages/lang";
import type { ValidationReport } from "../reports/schemas";
import type { Settings } from "../settings/schema";
import { runAsync, step, type Awaitable, type Flow } from "./awaitable";
import { validateWorkbook } from "./check-workbook";
import { consolidateFiles, type WorkbookRead } from "./consolidate-files";
import { listCriteriaSets, criteriaSetFor, workflowError } from "./criteria-sets";
import { importCriteriaSet, type ImportSetReply, type ImportSetRequest } from "./import-set";
import type { SelectPort, TemplatePort, WorkbookPort } from "./port";
import type {
  AbortSignalLike,
  ConsolidateOutcome,
  ConsolidateRequest,
  CriteriaSetSummary,
  HostCapabilities,
  HostKind,
  Progress,
  ScoringService,
  TemplateRequest,
} from "./service-contract";
import { loadSettings, saveSettings } from "./settings";
import type { TrendReply, TrendRequest, TrendSource } from "./trends";
import { clearMarks, makeTemplate, markIssues, writeResults } from "./write-results";

export type ServicePort = WorkbookPort & TemplatePort & SelectPort;

export interface WorkflowServiceOptions {
  host: HostKind;
  displayLanguage: string;
  capabilities: () => HostCapabilities;
  /** A host failure → the error the pane shows, in the user's language (ServiceErrors pass). */
  toServiceError?: (e: unknown, lang: Lang) => unknown;
  /** The xlsx reader, loaded on first use (a lazy chunk in a pane). */
  loadReader?: () => Promise<(bytes: Uint8Array) => WorkbookRead>;
  /** The survey scorer, loaded only when the user gives raw survey answers. */
  loadSurvey?: () => Promise<typeof surveyFromAnswers>;
  /** Lets the pane repaint between files. */
  yieldToUi?: () => Awaitable<void>;
}

function isAbort(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "AbortError";
}

export class WorkflowService implements ScoringService {
  readonly host: HostKind;

  constructor(
    protected readonly port: ServicePort,
    protected readonly options: WorkflowServiceOptions,
  ) {
    this.host = options.host;
  }

  displayLanguage(): string {
    return this.options.displayLanguage;
  }

  capabilities(): HostCapabilities {
    return this.options.capabilities();
  }

  private defaultLang(): Lang {
    return pickLang(this.options.displayLanguage);
  }

  /** Runs a use case; a host failure becomes the pane's error in `lang` (cancelling stays a cancel). */
  protected async run<T>(flow: Flow<T>, lang: Lang): Promise<T> {
    try {
      return await runAsync(flow);
    } catch (e) {
      if (isAbort(e) || !this.options.toServiceError) throw e;
      throw this.options.toServiceError(e, lang);
    }
  }

  private async lang(): Promise<Lang> {
    return (await this.loadSettings()).lang;
  }

  async loadSettings(): Promise<Settings> {
    return this.run(loadSettings(this.port, this.defaultLang()), this.defaultLang());
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.run(saveSettings(this.port, settings), settings.lang);
  }

  async listSheets(): Promise<string[]> {
    const lang = await this.lang();
    const port = this.port;
    const sheets = await this.run(
      (function* () {
        return yield* step(port.listSheets());
      })(),
      lang,
    );
    return sheets.map((s) => s.name);
  }

  async listCriteriaSets(): Promise<CriteriaSetSummary[]> {
    const lang = await this.lang();
    return this.run(listCriteriaSets(this.port, lang), lang);
  }

  async validate(settings: Settings): Promise<ValidationReport> {
    return this.run(validateWorkbook(this.port, settings), settings.lang);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const lang = await this.lang();
    const port = this.port;
    await this.run(
      (function* () {
        yield* step(port.selectCell(sheet, cell));
      })(),
      lang,
    );
  }

  async markIssues(report: ValidationReport): Promise<{ marked: number }> {
    return this.run(markIssues(this.port, report), report.lang);
  }

  async clearMarks(): Promise<{ cleared: number }> {
    return this.run(clearMarks(this.port), await this.lang());
  }

  async writeResults(report: ValidationReport): Promise<{ sheet: string }> {
    return this.run(writeResults(this.port, report), report.lang);
  }

  async createTemplate(request: TemplateRequest): Promise<{ sheet: string }> {
    const lang = await this.lang();
    return this.run(makeTemplate(this.port, request, lang), lang);
  }

  async importCriteriaSet(request: ImportSetRequest): Promise<ImportSetReply> {
    const lang = await this.lang();
    return this.run(importCriteriaSet(this.port, request, lang), lang);
  }

  /** Xu hướng from picked ranking files (the hosts that read .xlsx; Sheets reads spreadsheets itself). */
  async trends(request: TrendRequest): Promise<TrendReply> {
    const lang = await this.lang();
    if (request.source !== "files" || !this.options.loadReader)
      throw workflowError(
        lang,
        "trends-source",
        {
          vi: "Ở đây, hãy chọn các tệp xếp hạng các năm trước.",
          en: "Here, pick the earlier years' ranking files.",
        },
        { vi: "Dùng nút chọn tệp.", en: "Use the file picker." },
      );
    // The trend code (sheets, matching) is a lazy chunk: the pane's first load stays small.
    const [read, { writeTrends }] = await Promise.all([this.options.loadReader(), import("./trends")]);
    const source = (f: { name: string; data: ArrayBuffer }): TrendSource => {
      const r = read(new Uint8Array(f.data));
      return r.ok ? { name: f.name, grids: r.grids } : { name: f.name, error: r.message[lang] };
    };
    const sources = request.files.map(source);
    const renames = request.renamesFile ? source(request.renamesFile) : null;
    return this.run(writeTrends(this.port, sources, renames, lang), lang);
  }

  async consolidate(
    request: ConsolidateRequest,
    onProgress: (p: Progress) => void,
    signal: AbortSignalLike,
  ): Promise<ConsolidateOutcome> {
    const settings = await this.loadSettings();
    const lang = settings.lang;
    if (request.source !== "files" || !this.options.loadReader)
      throw workflowError(
        lang,
        "consolidate-source",
        {
          vi: "Ở đây, hãy chọn các tệp của đơn vị để tổng hợp.",
          en: "Here, pick the units' files to consolidate.",
        },
        { vi: "Dùng nút chọn tệp.", en: "Use the file picker." },
      );
    const port = this.port;
    const read = await this.options.loadReader();
    const scoreAnswers =
      (request.surveyAnswers?.length ?? 0) > 0 && this.options.loadSurvey
        ? await this.options.loadSurvey()
        : undefined;
    const yieldToUi = this.options.yieldToUi;
    return this.run(
      (function* () {
        const set = yield* criteriaSetFor(port, settings.criteriaSetId, lang);
        return yield* consolidateFiles(port, {
          files: request.files,
          surveyFile: request.surveyFile ?? null,
          unitsFile: request.unitsFile ?? null,
          surveyAnswers: request.surveyAnswers ?? null,
          surveyDesign: request.surveyDesign ?? null,
          ...(scoreAnswers ? { scoreAnswers } : {}),
          settings,
          set,
          read,
          onProgress,
          signal,
          ...(yieldToUi ? { yieldToUi } : {}),
        });
      })(),
      lang,
    );
  }
}
