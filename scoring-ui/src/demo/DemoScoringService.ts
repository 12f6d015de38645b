/**
 * An in-memory ScoringService for the demo pane and the browser tests: the core checks a
 * small realistic sheet, with artificial latency so spinners and progress are visible.
 * Every call is recorded in `calls` for tests to assert on.
 */
import {
  buildTemplate,
  checkSheet,
  CriteriaSetSchema,
  getSampleSet,
  DEFAULT_SETTINGS,
  pickLang,
  SAMPLE_SETS,
  SettingsSchema,
  type FailedUnit,
  type Lang,
  type RankingReport,
  type Settings,
  type CriteriaSet,
  type UnitResult,
  type ValidationReport,
} from "@cchc/scoring-core";
import {
  ServiceError,
  type ConsolidateRequest,
  type CriteriaSetSummary,
  type HostCapabilities,
  type HostKind,
  type Progress,
  type ScoringService,
  type TemplateRequest,
} from "../service";
import { DEMO_FIXED_SHEET, DEMO_SHEET, demoGrid } from "./demo-grid";
import { DEMO_UNITS, demoRanking, demoUnitResult } from "./demo-units";

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
}

export interface RecordedCall {
  method: string;
  args: unknown[];
}

const SHEETS = [DEMO_SHEET, DEMO_FIXED_SHEET, "Phụ lục 01", "Hướng dẫn"];

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
  private settings: Settings | null = null;
  private marked = 0;
  private readonly sheets = [...SHEETS];
  private readonly opts: Required<DemoOptions>;

  constructor(options: DemoOptions = {}) {
    this.opts = {
      displayLanguage: "vi-VN",
      host: "excel",
      latencyMs: 300,
      perFileMs: 400,
      failOn: null,
      issueLimit: DEFAULT_SETTINGS.issueLimit,
      ...options,
    };
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
    return this.settings?.lang ?? pickLang(this.opts.displayLanguage);
  }

  displayLanguage(): string {
    return this.opts.displayLanguage;
  }

  capabilities(): HostCapabilities {
    const excel = this.opts.host === "excel";
    return { consolidateFiles: excel, consolidateUnits: !excel, templates: true, marks: true };
  }

  async loadSettings(): Promise<Settings> {
    this.record("loadSettings");
    await wait(this.opts.latencyMs / 2);
    // Nothing stored yet: defaults in the host's display language.
    return (
      this.settings ?? {
        ...DEFAULT_SETTINGS,
        lang: pickLang(this.opts.displayLanguage),
        issueLimit: this.opts.issueLimit,
      }
    );
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.record("saveSettings", settings);
    await wait(this.opts.latencyMs / 2);
    this.settings = SettingsSchema.parse(settings);
  }

  async listSheets(): Promise<string[]> {
    this.record("listSheets");
    await wait(this.opts.latencyMs / 3);
    return [...this.sheets];
  }

  async listCriteriaSets(): Promise<CriteriaSetSummary[]> {
    this.record("listCriteriaSets");
    await wait(this.opts.latencyMs / 3);
    return SAMPLE_SETS.map((s) => ({
      id: s.id,
      name: s.name,
      year: s.year,
      unitTypes: s.unitTypes,
      sample: s.sample,
    }));
  }

  async validate(settings: Settings): Promise<ValidationReport> {
    this.record("validate", settings);
    await wait(this.opts.latencyMs);
    const sheet = settings.sheet ?? DEMO_SHEET;
    if (!this.sheets.includes(sheet)) {
      throw new ServiceError(
        this.lang === "vi"
          ? `Không có trang “${sheet}” trong tệp.`
          : `There is no sheet “${sheet}” in the workbook.`,
        this.lang === "vi"
          ? "Chọn lại trang chấm điểm trong Cài đặt."
          : "Pick the scoring sheet again in Settings.",
        "sheet-missing",
      );
    }
    const grid =
      sheet === DEMO_SHEET
        ? demoGrid()
        : sheet === DEMO_FIXED_SHEET
          ? demoGrid("fixed")
          : { sheet, values: [["Hướng dẫn sử dụng"]] };
    const set = settings.criteriaSetId ? (getSampleSet(settings.criteriaSetId) ?? null) : null;
    return checkSheet(grid, {
      lang: settings.lang,
      set,
      headerRow: settings.headerRow,
      unitType: settings.unitType,
      issueLimit: settings.issueLimit,
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.record("selectCell", sheet, cell);
    await wait(this.opts.latencyMs / 3);
  }

  async markIssues(report: ValidationReport): Promise<{ marked: number }> {
    this.record("markIssues", report.issues.length);
    await wait(this.opts.latencyMs);
    this.marked = new Set(
      report.issues.flatMap((i) => (i.cell ? [`${i.sheet ?? report.sheet}!${i.cell}`] : [])),
    ).size;
    return { marked: this.marked };
  }

  async clearMarks(): Promise<{ cleared: number }> {
    this.record("clearMarks");
    await wait(this.opts.latencyMs);
    const cleared = this.marked;
    this.marked = 0;
    return { cleared };
  }

  async writeResults(report: ValidationReport): Promise<{ sheet: string }> {
    this.record("writeResults", report.sheet);
    await wait(this.opts.latencyMs);
    const sheet = this.lang === "vi" ? "Kết quả kiểm tra" : "Check results";
    if (!this.sheets.includes(sheet)) this.sheets.push(sheet);
    return { sheet };
  }

  async createTemplate(request: TemplateRequest): Promise<{ sheet: string }> {
    this.record("createTemplate", {
      ...request,
      criteriaSetJson: request.criteriaSetJson === undefined ? undefined : "(json)",
    });
    await wait(this.opts.latencyMs);
    const vi = this.lang === "vi";
    let set: CriteriaSet | null = null;
    if (request.criteriaSetJson !== undefined) {
      const parsed = CriteriaSetSchema.safeParse(request.criteriaSetJson);
      if (!parsed.success) {
        throw new ServiceError(
          vi
            ? "Tệp JSON không phải là một bộ tiêu chí hợp lệ."
            : "The JSON file is not a valid criteria set.",
          vi
            ? "Dùng tệp bộ tiêu chí xuất từ công cụ, hoặc chọn một bộ tiêu chí có sẵn."
            : "Use a criteria-set file exported by the tool, or pick a bundled set.",
          "set-schema",
        );
      }
      set = parsed.data;
    } else if (request.criteriaSetId) {
      set = getSampleSet(request.criteriaSetId) ?? null;
    } else if (request.annexSheet) {
      // The demo workbook's annex sheet stands for the department sample.
      set = SAMPLE_SETS[0] ?? null;
    }
    if (!set) {
      throw new ServiceError(
        vi ? "Không tìm thấy bộ tiêu chí đã chọn." : "The chosen criteria set was not found.",
        vi ? "Chọn lại bộ tiêu chí." : "Pick the criteria set again.",
        "set-missing",
      );
    }
    const { sheetName } = buildTemplate(set, {
      unit: request.unit,
      unitType: request.unitType ?? null,
      ...(request.year !== undefined ? { year: request.year } : {}),
      lang: this.lang,
    });
    let sheet = sheetName;
    for (let n = 2; this.sheets.includes(sheet); n++) sheet = `${sheetName.slice(0, 26)} (${n})`;
    this.sheets.push(sheet);
    return { sheet };
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
