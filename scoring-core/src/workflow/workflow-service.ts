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
import type { RecordRequest, RecordSummary, UnitAppraisalView } from "./appraisal";
import { validateWorkbook } from "./check-workbook";
import type { consolidateFiles, WorkbookRead } from "./consolidate-files";
import { listCriteriaSets, consolidationSetsFor, workflowError } from "./criteria-sets";
import type { ImportSetReply, ImportSetRequest } from "./import-set";
import type { SelectPort, TemplatePort, WorkbookPort } from "./port";
import { DOCX_MIME, reportFileName, type PublishedRun } from "./publish-outputs";
import type { UnitFeedbackSource } from "../output/ranked-feedback";
import type {
  AbortSignalLike,
  ConsolidateOutcome,
  OutputFile,
  ConsolidateRequest,
  CriteriaSetSummary,
  HostCapabilities,
  SetPlanLine,
  HostKind,
  Progress,
  ScoringService,
  TemplateRequest,
} from "./service-contract";
import { loadSettings, saveSettings } from "./settings";
import type { TrendReply, TrendRequest, TrendSource } from "./trends";
import { clearMarks, markIssues, writeResults } from "./write-results";

export type ServicePort = WorkbookPort & TemplatePort & SelectPort;

export interface WorkflowServiceOptions {
  host: HostKind;
  displayLanguage: string;
  capabilities: () => HostCapabilities;
  /** A host failure → the error the pane shows, in the user's language (ServiceErrors pass). */
  toServiceError?: (e: unknown, lang: Lang) => unknown;
  /** The xlsx reader, loaded on first use (a lazy chunk in a pane). */
  loadReader?: () => Promise<(bytes: Uint8Array) => WorkbookRead>;
  /**
   * The consolidation use case (./consolidate-files), given by hosts that consolidate files (Excel),
   * so a pane that never does (the demo) does not carry it.
   */
  consolidateFiles?: typeof consolidateFiles;
  /** The survey scorer, loaded only when the user gives raw survey answers. */
  loadSurvey?: () => Promise<typeof surveyFromAnswers>;
  /** Lets the pane repaint between files. */
  yieldToUi?: () => Awaitable<void>;
  /**
   * The Word report's maker (publishedReport rendered by xlsx-grid's renderReportDocx), loaded
   * on first use: a lazy chunk, so the pane's initial JavaScript carries neither the report's
   * model nor the docx library. Without it the service has no Word report.
   */
  loadDocx?: () => Promise<(run: PublishedRun) => Promise<Uint8Array>>;
  /**
   * Makes the units' feedback workbooks (rankedFeedback) and packs them into one .zip (xlsx-grid's
   * writer), loaded on first use. Without it the service offers no feedback files (and keeps no
   * feedback data).
   */
  loadFeedbackZip?: () => Promise<(run: PublishedRun, sources: readonly UnitFeedbackSource[]) => Uint8Array>;
}

function isAbort(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "AbortError";
}

export class WorkflowService implements ScoringService {
  readonly host: HostKind;
  /** The last consolidation, kept for its Word report (the pane asks right after). */
  private lastRun: PublishedRun | null = null;
  private lastFeedback: UnitFeedbackSource[] = [];
  readonly wordReport?: () => Promise<OutputFile>;
  readonly unitFeedback?: () => Promise<OutputFile>;

  constructor(
    protected readonly port: ServicePort,
    protected readonly options: WorkflowServiceOptions,
  ) {
    this.host = options.host;
    const loadDocx = options.loadDocx;
    if (loadDocx) this.wordReport = () => this.renderWordReport(loadDocx);
    const loadZip = options.loadFeedbackZip;
    if (loadZip) this.unitFeedback = () => this.renderUnitFeedback(loadZip);
  }

  /** The last consolidation's feedback, one workbook per unit (rankedFeedback, in the lazy packer), in one .zip. */
  private async renderUnitFeedback(
    loadZip: NonNullable<WorkflowServiceOptions["loadFeedbackZip"]>,
  ): Promise<OutputFile> {
    const run = this.lastRun;
    if (!run) throw await this.noRanking();
    const zip = await loadZip();
    return {
      kind: "file",
      fileName: run.lang === "vi" ? "Phản hồi các đơn vị.zip" : "Unit feedback.zip",
      mime: "application/zip",
      data: zip(run, this.lastFeedback),
    };
  }

  private async noRanking(): Promise<Error> {
    const lang = await this.lang();
    return workflowError(
      lang,
      "no-ranking",
      { vi: "Chưa có kết quả tổng hợp để lập báo cáo.", en: "There is no consolidation yet to report on." },
      { vi: "Bấm Tổng hợp trước, rồi lập báo cáo.", en: "Consolidate first, then make the report." },
    );
  }

  /** The last consolidation's Báo cáo kết quả, the same document as `cchc rank --report`. */
  private async renderWordReport(
    loadDocx: NonNullable<WorkflowServiceOptions["loadDocx"]>,
  ): Promise<OutputFile> {
    const run = this.lastRun;
    if (!run) throw await this.noRanking();
    const render = await loadDocx();
    const data = await render(run);
    return { kind: "file", fileName: reportFileName(run), mime: DOCX_MIME, data };
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

  // Appraisal, templates and set import are used from panels opened later: each use case loads
  // on first use (lazy chunks in the panes), so the pane's first load carries only Kiểm tra.
  async appraisalItems(settings: Settings): Promise<UnitAppraisalView | null> {
    const { unitAppraisalFor } = await import("./appraisal");
    return this.run(unitAppraisalFor(this.port, settings), settings.lang);
  }

  async recordAppraisal(settings: Settings, request: RecordRequest): Promise<RecordSummary | null> {
    const { recordWorkbookAppraisal } = await import("./appraisal");
    return this.run(recordWorkbookAppraisal(this.port, settings, request), settings.lang);
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
    const [lang, { makeTemplate }] = await Promise.all([this.lang(), import("./make-template")]);
    return this.run(makeTemplate(this.port, request, lang), lang);
  }

  async importCriteriaSet(request: ImportSetRequest): Promise<ImportSetReply> {
    const [lang, { importCriteriaSet }] = await Promise.all([this.lang(), import("./import-set")]);
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

  /**
   * Before Tổng hợp: the set each unit type will be scored on (the same sets consolidate applies,
   * consolidationSetsFor; the core's filesSetPlan words them). One read of the stored sets.
   */
  async consolidationSetPlan(): Promise<SetPlanLine[]> {
    const [settings, { filesSetPlan }] = await Promise.all([
      this.loadSettings(),
      import("../criteria-set/set-plan"),
    ]);
    const port = this.port;
    return this.run(
      (function* () {
        const { sets } = yield* consolidationSetsFor(port, settings.criteriaSetId, settings.lang);
        return filesSetPlan(sets, settings.lang);
      })(),
      settings.lang,
    );
  }

  async consolidate(
    request: ConsolidateRequest,
    onProgress: (p: Progress) => void,
    signal: AbortSignalLike,
  ): Promise<ConsolidateOutcome> {
    const settings = await this.loadSettings();
    const lang = settings.lang;
    const consolidate = this.options.consolidateFiles;
    if (request.source !== "files" || !this.options.loadReader || !consolidate)
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
    // The year record's builder is a lazy chunk like the reader: the pane's first load stays small.
    const [read, { rankingRecordWrite }] = await Promise.all([
      this.options.loadReader(),
      import("../years/ranking-record"),
    ]);
    const scoreAnswers =
      (request.surveyAnswers?.length ?? 0) > 0 && this.options.loadSurvey
        ? await this.options.loadSurvey()
        : undefined;
    const yieldToUi = this.options.yieldToUi;
    const keepFeedback = Boolean(this.options.loadFeedbackZip);
    const out = await this.run(
      (function* () {
        // The chosen set and, when the workbook stores it, its year's other stored sets: each
        // unit is scored on the set for its type (the cli's --framework rule, scoreWithSets).
        const { set, sets } = yield* consolidationSetsFor(port, settings.criteriaSetId, lang);
        return yield* consolidate(port, {
          sets,
          files: request.files,
          keepFeedback,
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
          recordWrite: rankingRecordWrite,
        });
      })(),
      lang,
    );
    this.lastRun = {
      lang,
      ranking: out.ranking,
      units: out.units,
      heading: out.heading,
      decimals: out.decimals,
      ...(out.sets ? { sets: out.sets } : {}),
    };
    this.lastFeedback = out.feedback;
    return { ranking: out.ranking, sheets: out.sheets, ...(out.survey ? { survey: out.survey } : {}) };
  }
}
