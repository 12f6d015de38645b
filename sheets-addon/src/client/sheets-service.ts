/**
 * The sidebar's ScoringService for Google Sheets: every method is one server call through the
 * typed client. Failures become ServiceErrors with a message in the user's language.
 */
import {
  pickLang,
  type Lang,
  type RankingReport,
  type Settings,
  type ValidationReport,
} from "@cchc/scoring-core";
import {
  ServiceError,
  type ConsolidateRequest,
  type CriteriaSetSummary,
  type HostCapabilities,
  type ImportSetReply,
  type ImportSetRequest,
  type Progress,
  type ScoringService,
  type TemplateRequest,
} from "@cchc/scoring-ui";
import { classifyError, errorMessage } from "../shared/errors";
import type { ServerClient } from "./run";

export class SheetsScoringService implements ScoringService {
  readonly host = "sheets" as const;
  private lang: Lang;

  constructor(
    private readonly server: ServerClient,
    private readonly locale: string,
  ) {
    this.lang = pickLang(locale);
  }

  displayLanguage(): string {
    return this.locale;
  }

  capabilities(): HostCapabilities {
    // Consolidation of units' spreadsheets belongs to the Sở Nội vụ's add-on (issue #6).
    return { consolidateFiles: false, consolidateUnits: false, templates: true, marks: true };
  }

  async loadSettings(): Promise<Settings> {
    const settings = await this.guard(this.server.loadSettings());
    this.lang = settings.lang;
    return settings;
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.guard(this.server.saveSettings(settings));
    this.lang = settings.lang;
  }

  listSheets(): Promise<string[]> {
    return this.guard(this.server.listSheets());
  }

  listCriteriaSets(): Promise<CriteriaSetSummary[]> {
    return this.guard(this.server.listCriteriaSets());
  }

  validate(settings: Settings): Promise<ValidationReport> {
    this.lang = settings.lang;
    return this.guard(this.server.validate(settings));
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.guard(this.server.selectCell(sheet, cell));
  }

  markIssues(report: ValidationReport): Promise<{ marked: number }> {
    return this.guard(this.server.markIssues(report));
  }

  clearMarks(): Promise<{ cleared: number }> {
    return this.guard(this.server.clearMarks());
  }

  async writeResults(report: ValidationReport): Promise<{ sheet: string }> {
    const reply = await this.guard(this.server.writeResults(report));
    return { sheet: reply.sheet };
  }

  createTemplate(request: TemplateRequest): Promise<{ sheet: string }> {
    return this.guard(this.server.createTemplate(request));
  }

  importCriteriaSet(request: ImportSetRequest): Promise<ImportSetReply> {
    return this.guard(this.server.importCriteriaSet(request));
  }

  consolidate(
    _request: ConsolidateRequest,
    _onProgress: (p: Progress) => void,
    _signal: AbortSignal,
  ): Promise<{ ranking: RankingReport; sheets: string[] }> {
    const vi = this.lang === "vi";
    return Promise.reject(
      new ServiceError(
        vi
          ? "Tổng hợp các đơn vị không có trong bảng tính của đơn vị."
          : "Consolidating units is not available in a unit's spreadsheet.",
        null,
        "unsupported",
      ),
    );
  }

  /** Turns whatever google.script.run rejects with into a ServiceError in the user's language. */
  private async guard<T>(p: Promise<T>): Promise<T> {
    try {
      return await p;
    } catch (e) {
      const text = e instanceof Error ? e.message : typeof e === "string" ? e : JSON.stringify(e);
      const { code, detail } = classifyError(text ?? "");
      const { message, hint } = errorMessage(code, detail, this.lang);
      throw new ServiceError(message, hint, code);
    }
  }
}
