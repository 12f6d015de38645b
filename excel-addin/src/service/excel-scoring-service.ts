/**
 * ScoringService for Excel: reads and writes through the ExcelPort, and leaves every decision
 * (tables, totals, issues, ranking, sheet layouts) to scoring-core.
 */
import {
  buildTemplate,
  checkSheet,
  CLASSIFICATION_PRESETS,
  DEFAULT_SETTINGS,
  getSampleSet,
  loadCriteriaSet,
  pickLang,
  rankingSheets,
  rankUnits,
  readSurveyGrid,
  readUnitsGrid,
  resultsSheet,
  SAMPLE_SETS,
  scoreWorkbook,
  SettingsSchema,
  type CriteriaSet,
  type FailedUnit,
  type Lang,
  type RankingReport,
  type Settings,
  type UnitResult,
  type ValidationReport,
} from "@cchc/scoring-core";
import {
  ServiceError,
  type ConsolidateRequest,
  type CriteriaSetSummary,
  type HostCapabilities,
  type Progress,
  type ScoringService,
  type TemplateRequest,
} from "@cchc/scoring-ui";
import type { ReadResult, SheetJs } from "@cchc/xlsx-grid";
import type { UnitFile } from "@cchc/scoring-ui";
import type { BlockWrite, ExcelPort, MarkRecord, WrittenSheet } from "../host/port";
import { chartBlock } from "./chart-block";
import { serviceError, toServiceError } from "./host-messages";
import { markRuns } from "./marks";
import { listedFor, surveyFor, type SideFiles } from "./side-files";
import {
  freeSheetName,
  MARKS_KEY,
  planToolSheets,
  readRegistry,
  SETTINGS_KEY,
  TOOL_SHEETS_KEY,
} from "./tool-sheets";

export interface ExcelServiceOptions {
  displayLanguage: string;
  /** Loads the xlsx reader on first use (a lazy chunk in the build). */
  loadReader?: () => Promise<{ xlsx: SheetJs; read: (bytes: Uint8Array, xlsx: SheetJs) => ReadResult }>;
  /** Lets the pane repaint between files. */
  yieldToUi?: () => Promise<void>;
}

function aborted(): DOMException {
  return new DOMException("Aborted", "AbortError");
}

export class ExcelScoringService implements ScoringService {
  readonly host = "excel" as const;

  constructor(
    private readonly port: ExcelPort,
    private readonly options: ExcelServiceOptions,
  ) {}

  displayLanguage(): string {
    return this.options.displayLanguage;
  }

  private defaultLang(): Lang {
    return pickLang(this.options.displayLanguage);
  }

  private storedSettings(): Settings {
    const parsed = SettingsSchema.safeParse(this.port.getSetting(SETTINGS_KEY));
    return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, lang: this.defaultLang() };
  }

  private lang(): Lang {
    return this.storedSettings().lang;
  }

  /** Runs a host action; any failure becomes a ServiceError in the user's language. */
  private async guard<T>(action: () => Promise<T>, lang = this.lang()): Promise<T> {
    try {
      return await action();
    } catch (e) {
      if (e instanceof DOMException && e.name === "AbortError") throw e;
      throw toServiceError(e, lang);
    }
  }

  capabilities(): HostCapabilities {
    return {
      consolidateFiles: true,
      consolidateUnits: false,
      templates: true,
      marks: this.port.supports("conditionalFormats"),
    };
  }

  async loadSettings(): Promise<Settings> {
    return this.storedSettings();
  }

  async saveSettings(settings: Settings): Promise<void> {
    const parsed = SettingsSchema.parse(settings);
    await this.guard(() => this.port.setSetting(SETTINGS_KEY, parsed), parsed.lang);
  }

  async listSheets(): Promise<string[]> {
    return this.guard(async () => (await this.port.listSheets()).map((s) => s.name));
  }

  async listCriteriaSets(): Promise<CriteriaSetSummary[]> {
    return SAMPLE_SETS.map((s) => ({
      id: s.id,
      name: s.name,
      year: s.year,
      unitTypes: s.unitTypes,
      sample: s.sample,
    }));
  }

  private criteriaSet(id: string | null | undefined): CriteriaSet | null {
    return id ? (getSampleSet(id) ?? null) : null;
  }

  async validate(settings: Settings): Promise<ValidationReport> {
    const lang = settings.lang;
    const read = await this.guard(() => this.port.readSheet(settings.sheet), lang);
    return checkSheet(read.grid, {
      lang,
      set: this.criteriaSet(settings.criteriaSetId),
      unitType: settings.unitType,
      headerRow: settings.headerRow,
      columns: settings.columns,
      issueLimit: settings.issueLimit,
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.guard(() => this.port.selectCell(sheet, cell));
  }

  private marks(): MarkRecord[] {
    const raw = this.port.getSetting(MARKS_KEY);
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (m): m is MarkRecord =>
        !!m &&
        typeof m === "object" &&
        typeof m.sheet === "string" &&
        typeof m.address === "string" &&
        typeof m.id === "string",
    );
  }

  private requireMarks(lang: Lang): void {
    if (!this.port.supports("conditionalFormats"))
      throw serviceError(
        lang,
        {
          vi: "Phiên bản Excel này chưa hỗ trợ đánh dấu ô (cần ExcelApi 1.6).",
          en: "This Excel version cannot mark cells (ExcelApi 1.6 needed).",
        },
        {
          vi: "Dùng danh sách lỗi để đến từng ô, hoặc dùng Excel 2019 trở lên.",
          en: "Use the issue list to go to each cell, or use Excel 2019 or later.",
        },
        "host-unsupported",
      );
  }

  async markIssues(report: ValidationReport): Promise<{ marked: number }> {
    const lang = report.lang;
    this.requireMarks(lang);
    const { marks, cells } = markRuns(report);
    return this.guard(async () => {
      const records = await this.port.replaceMarks(this.marks(), marks);
      await this.port.setSetting(MARKS_KEY, records);
      return { marked: cells };
    }, lang);
  }

  async clearMarks(): Promise<{ cleared: number }> {
    const lang = this.lang();
    this.requireMarks(lang);
    return this.guard(async () => {
      const cleared = await this.port.clearMarks(this.marks());
      await this.port.setSetting(MARKS_KEY, []);
      return { cleared };
    }, lang);
  }

  /** Writes blocks to tool-owned sheets (refreshed in place) and records them as the tool's. */
  private async writeToolBlocks(
    writes: BlockWrite[],
    kind: string,
  ): Promise<{ written: WrittenSheet[]; renamed: boolean }> {
    const registry = readRegistry(this.port.getSetting(TOOL_SHEETS_KEY));
    let renamed = false;
    let live = new Set<string>();
    const written = await this.port.writeBlocks(writes, (sheets) => {
      live = new Set(sheets.map((s) => s.id));
      const placements = planToolSheets(
        sheets,
        registry,
        writes.map((w) => w.block.name),
      );
      renamed = placements.some((p) => p.renamed);
      return placements.map((p) => p.target);
    });
    // Forget sheets the user deleted since, so the registry does not grow forever.
    for (const id of Object.keys(registry)) if (!live.has(id)) delete registry[id];
    for (const w of written) registry[w.id] = { kind };
    await this.port.setSetting(TOOL_SHEETS_KEY, registry);
    return { written, renamed };
  }

  async writeResults(report: ValidationReport): Promise<{ sheet: string }> {
    const lang = report.lang;
    const block = resultsSheet(report, lang);
    return this.guard(async () => {
      const { written } = await this.writeToolBlocks([{ block }], "results");
      return { sheet: written[0]!.name };
    }, lang);
  }

  private templateSet(request: TemplateRequest, lang: Lang): CriteriaSet {
    if (request.criteriaSetJson !== undefined) {
      const loaded = loadCriteriaSet(request.criteriaSetJson, lang);
      if (!loaded.ok)
        throw new ServiceError(
          loaded.issues[0]?.message ??
            (lang === "vi"
              ? "Tệp JSON không phải là một bộ tiêu chí hợp lệ."
              : "The JSON file is not a valid criteria set."),
          lang === "vi"
            ? "Dùng tệp bộ tiêu chí xuất từ công cụ, hoặc chọn một bộ tiêu chí có sẵn."
            : "Use a criteria-set file exported by the tool, or pick a bundled set.",
          "set-schema",
        );
      return loaded.set;
    }
    if (request.annexSheet)
      throw serviceError(
        lang,
        {
          vi: "Tạo bảng từ phụ lục trong tệp chưa được hỗ trợ trên Excel.",
          en: "Building a template from an annex sheet is not supported in Excel yet.",
        },
        {
          vi: "Chọn một bộ tiêu chí có sẵn hoặc tệp JSON.",
          en: "Pick a bundled criteria set or a JSON file.",
        },
        "set-missing",
      );
    const set = this.criteriaSet(request.criteriaSetId) ?? SAMPLE_SETS[0];
    if (!set)
      throw serviceError(
        lang,
        { vi: "Chưa có bộ tiêu chí nào.", en: "No criteria set is available." },
        { vi: "Chọn tệp bộ tiêu chí JSON.", en: "Pick a criteria-set JSON file." },
        "set-missing",
      );
    return set;
  }

  async createTemplate(request: TemplateRequest): Promise<{ sheet: string }> {
    const lang = this.lang();
    const set = this.templateSet(request, lang);
    const spec = buildTemplate(set, {
      unit: request.unit,
      unitType: request.unitType ?? null,
      year: request.year ?? set.year,
      lang,
    });
    return this.guard(async () => {
      const result = await this.port.writeTemplate(spec, (sheets) => freeSheetName(sheets, spec.sheetName));
      return { sheet: result.sheet.name };
    }, lang);
  }

  /** The units list and survey file, if picked; an unreadable one stops here, before any write. */
  private readSideFiles(
    request: Extract<ConsolidateRequest, { source: "files" }>,
    reader: { xlsx: SheetJs; read: (bytes: Uint8Array, xlsx: SheetJs) => ReadResult },
    lang: Lang,
  ): SideFiles {
    const open = (file: UnitFile) => {
      const read = reader.read(new Uint8Array(file.data), reader.xlsx);
      const grid = read.ok ? read.grids[0] : undefined;
      if (!grid)
        throw new ServiceError(
          `${file.name}: ${read.ok ? (lang === "vi" ? "tệp không có trang nào." : "the file has no sheet.") : read.message[lang]}`,
          lang === "vi"
            ? "Chọn lại tệp, hoặc bỏ chọn để tổng hợp không có tệp này."
            : "Pick the file again, or leave it out to consolidate without it.",
          "side-file-unreadable",
        );
      return grid;
    };
    return {
      units: request.unitsFile ? readUnitsGrid(open(request.unitsFile), lang).rows : [],
      survey: request.surveyFile ? readSurveyGrid(open(request.surveyFile), lang).byUnit : new Map(),
    };
  }

  async consolidate(
    request: ConsolidateRequest,
    onProgress: (p: Progress) => void,
    signal: AbortSignal,
  ): Promise<{ ranking: RankingReport; sheets: string[] }> {
    const settings = this.storedSettings();
    const lang = settings.lang;
    if (request.source !== "files")
      throw serviceError(
        lang,
        {
          vi: "Trên Excel, hãy chọn các tệp của đơn vị để tổng hợp.",
          en: "In Excel, pick the units' files to consolidate.",
        },
        { vi: "Dùng nút chọn tệp.", en: "Use the file picker." },
        "consolidate-source",
      );
    const loadReader = this.options.loadReader;
    if (!loadReader) throw new Error("no xlsx reader configured");
    const set = this.criteriaSet(settings.criteriaSetId);
    const reader = await loadReader();
    const side = this.readSideFiles(request, reader, lang);
    const units: UnitResult[] = [];
    const failed: FailedUnit[] = [];
    const total = request.files.length;
    for (let i = 0; i < total; i++) {
      if (signal.aborted) throw aborted();
      const file = request.files[i]!;
      onProgress({ done: i, total, current: file.name });
      // Give the pane a frame between files; each workbook is dropped before the next.
      if (this.options.yieldToUi) await this.options.yieldToUi();
      if (signal.aborted) throw aborted();
      const listed = listedFor(side, file.name);
      const meta = {
        file: file.name,
        unit: listed?.unit ?? null,
        group: listed?.group ?? null,
        unitType: listed?.unitType ?? null,
      };
      try {
        const read = reader.read(new Uint8Array(file.data), reader.xlsx);
        if (!read.ok) {
          failed.push({ file: file.name, unit: meta.unit, error: read.message[lang] });
          continue;
        }
        const unitType = meta.unitType ?? settings.unitType;
        const options = { lang, set, unitType };
        let scored = scoreWorkbook(read.grids, meta, {
          ...options,
          survey: surveyFor(side, meta.unit, listed),
        });
        // Without a units list the unit's name comes from its title rows: score again with its survey.
        if (scored.ok && !meta.unit) {
          const survey = surveyFor(side, scored.result.unit, undefined);
          if (survey) scored = scoreWorkbook(read.grids, meta, { ...options, survey });
        }
        if (scored.ok) units.push(scored.result);
        else failed.push({ file: file.name, unit: scored.unit ?? meta.unit, error: scored.error });
      } catch (e) {
        failed.push({
          file: file.name,
          unit: meta.unit,
          error:
            (lang === "vi" ? "Không đọc được tệp: " : "The file could not be read: ") +
            (e instanceof Error ? e.message : String(e)),
        });
      }
    }
    onProgress({ done: total, total });
    const ranking = rankUnits(units, {
      classification: set?.classification ?? CLASSIFICATION_PRESETS["national"]!,
      tieRule: set?.tieRule,
      lang,
      failed,
      groupOrder: [...new Set(side.units.map((r) => r.group))],
    });
    // The published heading: the stored settings', else the criteria set's year.
    const publish = settings.publish;
    const heading = {
      issuer: publish?.issuer ?? [],
      province: publish?.province ?? null,
      year: publish?.year ?? set?.year ?? null,
      decision: publish?.decision ?? null,
    };
    const writes: BlockWrite[] = rankingSheets(ranking, lang, {
      units,
      heading,
      ...(set ? { decimals: set.rounding.decimals } : {}),
    }).map((block) => ({ block }));
    const chart = chartBlock(ranking, lang);
    if (chart) writes.push({ block: chart.block, chart: chart.chart });
    if (signal.aborted) throw aborted();
    const { written } = await this.guard(() => this.writeToolBlocks(writes, "ranking"), lang);
    return { ranking, sheets: written.map((w) => w.name) };
  }
}
