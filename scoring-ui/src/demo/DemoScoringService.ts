/**
 * An in-memory ScoringService for the demo pane and the browser tests: the core's own workflow
 * (WorkflowService over its MemoryWorkbook) checks a small realistic workbook, so the demo picks
 * sheets, resolves sets, names sheets and marks cells exactly as Excel and Sheets do. This class
 * adds only what a demo needs: artificial latency, recorded calls, a failure on request, and a
 * consolidation of made-up units (there are no real files to read).
 */
import {
  buildTemplate,
  DEFAULT_SETTINGS,
  pickLang,
  SAMPLE_SETS,
  templateToGrid,
  type FailedUnit,
  type Grid,
  type Lang,
  type RankingReport,
  type Settings,
  type UnitResult,
  type ValidationReport,
} from "@cchc/scoring-core";
import {
  MemoryWorkbook,
  WorkflowService,
  runAsync,
  type consolidateFiles,
  type RecordRequest,
  type RecordSummary,
  type UnitAppraisalView,
  type WorkbookRead,
} from "@cchc/scoring-core/workflow";
import {
  ServiceError,
  type ConsolidateRequest,
  type CriteriaSetSummary,
  type HostCapabilities,
  type HostKind,
  type Progress,
  type ScoringService,
  type SetPlanLine,
  type ImportSetReply,
  type ImportSetRequest,
  type TemplateRequest,
  type TrendReply,
  type TrendRequest,
} from "../service";
import { DEMO_APPRAISAL_SHEET, demoAppraisalGrid } from "./demo-appraisal";
import { DEMO_SHEET, demoGrid } from "./demo-grid";

export interface DemoOptions {
  displayLanguage?: string;
  /** "excel": consolidate files; "sheets": consolidate units. */
  host?: "excel" | "sheets";
  latencyMs?: number;
  /** Time per unit while consolidating. */
  perFileMs?: number;
  /** A method that fails with a ServiceError, to show error handling. */
  failOn?: string | null;
  /** Issues listed per check before the settings are saved (all are counted). */
  issueLimit?: number;
  /** The unit's sheet is an appraised table with flagged items (the "Giải trình" panel). */
  appraisal?: boolean;
  /** Another workbook than the demo's (the workflow contract tests open their own). */
  workbook?: { sheets: Grid[]; active: string } | null;
  /**
   * An .xlsx reader: picked files are then consolidated by the core's workflow, as in Excel (the
   * golden province test). Without one (the browser demo has no SheetJS), the made-up units.
   */
  reader?: ((bytes: Uint8Array) => WorkbookRead) | null;
  /** The core's consolidateFiles, given with `reader` (the demo bundle does not carry it otherwise). */
  consolidateFiles?: typeof consolidateFiles | null;
}

export interface RecordedCall {
  method: string;
  args: unknown[];
}

const ANNEX_SHEET = "Phụ lục 01";

/** The demo workbook: the unit's sheet, a fixed copy, an annex (the department sample) and a guide. */
function demoWorkbook(): MemoryWorkbook {
  const annex = SAMPLE_SETS[0];
  const annexGrid: Grid = annex
    ? { ...templateToGrid(buildTemplate(annex, { unit: "", lang: "vi" })), sheet: ANNEX_SHEET }
    : { sheet: ANNEX_SHEET, values: [] };
  const guide: Grid = { sheet: "Hướng dẫn", values: [["Hướng dẫn sử dụng"]] };
  return new MemoryWorkbook([demoGrid(), demoGrid("fixed"), annexGrid, guide], { active: DEMO_SHEET });
}

function aborted(): DOMException {
  return new DOMException("Aborted", "AbortError");
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(aborted());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export class DemoScoringService implements ScoringService {
  readonly host: HostKind = "demo";
  readonly calls: RecordedCall[] = [];
  /** The workbook behind the demo (tests look at its sheets and marks). */
  readonly workbook: MemoryWorkbook;
  private readonly workflow: WorkflowService;
  private readonly opts: Required<DemoOptions>;

  constructor(options: DemoOptions = {}) {
    this.opts = {
      displayLanguage: "vi-VN",
      host: "excel",
      latencyMs: 300,
      perFileMs: 400,
      failOn: null,
      issueLimit: DEFAULT_SETTINGS.issueLimit,
      workbook: null,
      appraisal: false,
      reader: null,
      consolidateFiles: null,
      ...options,
    };
    const own = this.opts.workbook;
    this.workbook = own
      ? new MemoryWorkbook(own.sheets, { active: own.active })
      : this.opts.appraisal
        ? new MemoryWorkbook([demoAppraisalGrid()], { active: DEMO_APPRAISAL_SHEET })
        : demoWorkbook();
    // Nothing stored yet: defaults in the host's display language, with the demo's issue limit.
    this.workbook.settings = {
      ...DEFAULT_SETTINGS,
      lang: pickLang(this.opts.displayLanguage),
      issueLimit: this.opts.issueLimit,
    };
    const excel = this.opts.host === "excel";
    const reader = this.opts.reader;
    const consolidate = this.opts.consolidateFiles;
    this.workflow = new WorkflowService(this.workbook, {
      ...(reader && consolidate ? { loadReader: async () => reader, consolidateFiles: consolidate } : {}),
      host: "demo",
      displayLanguage: this.opts.displayLanguage,
      capabilities: () => ({
        consolidateFiles: excel,
        consolidateUnits: !excel,
        templates: true,
        marks: true,
      }),
      toServiceError: (e, lang) => this.hostError(e, lang),
    });
  }

  /** The in-memory workbook's failures, said as a host would. */
  private hostError(e: unknown, lang: Lang): unknown {
    if ((e as { code?: unknown } | null)?.code !== "ItemNotFound") return e;
    return new ServiceError(
      lang === "vi"
        ? "Không tìm thấy trang tính cần dùng trong tệp."
        : "The sheet to use is not in the workbook.",
      lang === "vi" ? "Chọn lại trang chấm điểm trong Cài đặt." : "Pick the scoring sheet again in Settings.",
      "sheet-missing",
    );
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.opts.failOn === method) {
      const vi = this.lang === "vi";
      throw new ServiceError(
        vi
          ? "Bảng tính đang ở chế độ chỉnh sửa ô nên không đọc được."
          : "The workbook is in cell-edit mode and cannot be read.",
        vi
          ? "Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa, rồi thử lại."
          : "Press Enter or Esc to leave the cell you are editing, then try again.",
        "host-busy",
      );
    }
  }

  private get lang(): Lang {
    const stored = this.workbook.settings as { lang?: Lang } | undefined;
    return stored?.lang ?? pickLang(this.opts.displayLanguage);
  }

  displayLanguage(): string {
    return this.opts.displayLanguage;
  }

  capabilities(): HostCapabilities {
    return this.workflow.capabilities();
  }

  async loadSettings(): Promise<Settings> {
    this.record("loadSettings");
    await wait(this.opts.latencyMs / 2);
    return this.workflow.loadSettings();
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.record("saveSettings", settings);
    await wait(this.opts.latencyMs / 2);
    await this.workflow.saveSettings(settings);
  }

  async listSheets(): Promise<string[]> {
    this.record("listSheets");
    await wait(this.opts.latencyMs / 3);
    return this.workflow.listSheets();
  }

  async listCriteriaSets(): Promise<CriteriaSetSummary[]> {
    this.record("listCriteriaSets");
    await wait(this.opts.latencyMs / 3);
    return this.workflow.listCriteriaSets();
  }

  /** The core's lines (the WorkflowService's, as in Excel): which set each unit type gets. */
  async consolidationSetPlan(): Promise<SetPlanLine[]> {
    this.record("consolidationSetPlan");
    await wait(this.opts.latencyMs / 3);
    return this.workflow.consolidationSetPlan();
  }

  async appraisalItems(settings: Settings): Promise<UnitAppraisalView | null> {
    this.record("appraisalItems", settings);
    await wait(this.opts.latencyMs);
    return this.workflow.appraisalItems(settings);
  }

  async recordAppraisal(settings: Settings, request: RecordRequest): Promise<RecordSummary | null> {
    this.record("recordAppraisal", settings, request);
    await wait(this.opts.latencyMs);
    return this.workflow.recordAppraisal(settings, request);
  }

  async validate(settings: Settings): Promise<ValidationReport> {
    this.record("validate", settings);
    await wait(this.opts.latencyMs);
    return this.workflow.validate(settings);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.record("selectCell", sheet, cell);
    await wait(this.opts.latencyMs / 3);
    await this.workflow.selectCell(sheet, cell);
  }

  async markIssues(report: ValidationReport): Promise<{ marked: number }> {
    this.record("markIssues", report.issues.length);
    await wait(this.opts.latencyMs);
    return this.workflow.markIssues(report);
  }

  async clearMarks(): Promise<{ cleared: number }> {
    this.record("clearMarks");
    await wait(this.opts.latencyMs);
    return this.workflow.clearMarks();
  }

  async writeResults(report: ValidationReport): Promise<{ sheet: string }> {
    this.record("writeResults", report.sheet);
    await wait(this.opts.latencyMs);
    return this.workflow.writeResults(report);
  }

  async importCriteriaSet(request: ImportSetRequest): Promise<ImportSetReply> {
    this.record("importCriteriaSet", request.source === "json" ? { source: "json" } : request);
    await wait(this.opts.latencyMs);
    return this.workflow.importCriteriaSet(request);
  }

  async createTemplate(request: TemplateRequest): Promise<{ sheet: string }> {
    this.record("createTemplate", {
      ...request,
      criteriaSetJson: request.criteriaSetJson === undefined ? undefined : "(json)",
    });
    await wait(this.opts.latencyMs);
    return this.workflow.createTemplate(request);
  }

  /** Xu hướng over the demo's workbook: the core's writeTrends on stand-in past rankings (demo-trends.ts). */
  async trends(request: TrendRequest): Promise<TrendReply> {
    this.record(
      "trends",
      request.source === "files"
        ? {
            source: "files",
            files: request.files.map((f) => f.name),
            renames: request.renamesFile?.name ?? null,
          }
        : request,
    );
    await wait(this.opts.latencyMs);
    const lang = this.lang;
    // A lazy chunk, as in the Excel pane: the trend code loads when first used.
    const [{ writeTrends }, { demoFileSource, demoSheetSource }] = await Promise.all([
      import("@cchc/scoring-core/trends"),
      import("./demo-trends"),
    ]);
    const sources =
      request.source === "files"
        ? request.files.map((f) => demoFileSource(f.name, f.data))
        : request.refs.map(demoSheetSource);
    const renames =
      request.source === "files"
        ? request.renamesFile
          ? demoFileSource(request.renamesFile.name, request.renamesFile.data)
          : null
        : null;
    try {
      return await runAsync(writeTrends(this.workbook, sources, renames, lang));
    } catch (e) {
      throw this.hostError(e, lang);
    }
  }

  async consolidate(
    request: ConsolidateRequest,
    onProgress: (p: Progress) => void,
    signal: AbortSignal,
  ): Promise<{ ranking: RankingReport; sheets: string[] }> {
    this.record(
      "consolidate",
      request.source === "files" ? { source: "files", files: request.files.map((f) => f.name) } : request,
    );
    if (request.source === "files" && this.opts.reader && this.opts.consolidateFiles)
      return this.workflow.consolidate(request, onProgress, signal);
    // Loaded when Tổng hợp runs, as the hosts load their consolidation: not in the first load.
    const { DEMO_UNITS, demoRanking, demoUnitResult } = await import("./demo-units");
    const jobs =
      request.source === "files"
        ? request.files.map((f) => ({
            name: f.name,
            unit: f.name.replace(/\.xlsx$/i, ""),
            group: "Sở, ban, ngành",
            empty: f.data.byteLength === 0,
          }))
        : DEMO_UNITS.map((u) => ({ name: u.unit, unit: u.unit, group: u.group, empty: false }));
    const units: UnitResult[] = [];
    const failed: FailedUnit[] = [];
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i]!;
      onProgress({ done: i, total: jobs.length, current: job.name });
      await wait(this.opts.perFileMs, signal);
      if (job.empty || /lỗi|loi|broken/i.test(job.name)) {
        failed.push({
          file: job.name,
          unit: null,
          error:
            this.lang === "vi"
              ? "Không đọc được tệp: tệp rỗng hoặc hỏng."
              : "The file could not be read: empty or damaged.",
        });
      } else {
        units.push(demoUnitResult(job.unit, job.group, request.source === "files" ? job.name : null));
      }
    }
    onProgress({ done: jobs.length, total: jobs.length });
    const sheets =
      this.lang === "vi"
        ? ["Xếp hạng", "Điểm theo lĩnh vực", "Điểm bị mất"]
        : ["Ranking", "Points per field", "Points lost"];
    return { ranking: demoRanking(units, failed, this.lang), sheets };
  }
}
