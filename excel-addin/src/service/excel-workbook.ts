/**
 * The core's workbook port over the ExcelPort (Office.js). Excel remembers the tool's sheets by
 * id in a registry kept in the workbook's settings, and its marks as conditional-format ids; the
 * choices themselves (names, placements, which cells) come from scoring-core's workflow.
 */
import { SETS_SHEET, type TemplateSpec } from "@cchc/scoring-core";
import {
  freeSheetName,
  MARKS_KEY,
  planToolSheets,
  readRegistry,
  SETTINGS_KEY,
  TOOL_SHEETS_KEY,
  type BlockWrite,
  type CellMark,
  type PortRead,
  type ServicePort,
  type SheetInfo,
  type ToolSheetKind,
  type ToolSheetWriteOptions,
  type WrittenToolSheet,
} from "@cchc/scoring-core/workflow";
import { HostError, type ExcelPort, type MarkRecord } from "../host/port";

/** Settings key of the stored sets' index: the hidden sheet's id and the set ids it holds. */
export const SETS_KEY = "cchc.criteriaSets";

interface SetsIndex {
  sheetId: string;
  ids: string[];
}

function readSetsIndex(raw: unknown): SetsIndex | null {
  if (!raw || typeof raw !== "object") return null;
  const { sheetId, ids } = raw as Partial<SetsIndex>;
  if (typeof sheetId !== "string" || !Array.isArray(ids)) return null;
  return { sheetId, ids: ids.filter((i): i is string => typeof i === "string") };
}

export class ExcelWorkbook implements ServicePort {
  constructor(private readonly port: ExcelPort) {}

  private registry() {
    return readRegistry(this.port.getSetting(TOOL_SHEETS_KEY));
  }

  async listSheets(): Promise<SheetInfo[]> {
    const registry = this.registry();
    return (await this.port.listSheets()).map((s) => ({ ...s, toolOwned: registry[s.id] !== undefined }));
  }

  async readSheet(name: string | null): Promise<PortRead> {
    const read = await this.port.readSheet(name);
    return {
      grid: read.grid,
      sheet: {
        id: read.id,
        name: read.grid.sheet,
        protected: read.protected,
        toolOwned: this.registry()[read.id] !== undefined,
      },
    };
  }

  /** Blocks go to the tool's sheets (refreshed in place), which are then recorded as the tool's. */
  async writeToolSheets(
    kind: ToolSheetKind,
    writes: BlockWrite[],
    options: ToolSheetWriteOptions = {},
  ): Promise<WrittenToolSheet[]> {
    // Another runtime (ribbon, pane, co-author) may have saved since this copy was loaded.
    await this.port.refreshSettings();
    const registry = this.registry();
    let live = new Set<string>();
    let renamed: boolean[] = [];
    const written = await this.port.writeBlocks(writes, (sheets) => {
      live = new Set(sheets.map((s) => s.id));
      // The core's retired sheets, from this kind's sheets as the first sync listed them.
      const owned = sheets.filter((s) => registry[s.id]?.kind === kind).map((s) => s.name);
      const more = options.retire?.(owned) ?? [];
      const placements = planToolSheets(
        sheets,
        registry,
        [...writes, ...more].map((w) => w.block.name),
      );
      renamed = placements.map((p) => p.renamed);
      return { targets: placements.map((p) => p.target), more };
    });
    // Forget sheets the user deleted since, so the registry does not grow forever.
    for (const id of Object.keys(registry)) if (!live.has(id)) delete registry[id];
    for (const w of written) registry[w.id] = { kind };
    await this.port.setSetting(TOOL_SHEETS_KEY, registry);
    return written.map((w, i) => ({ name: w.name, renamed: renamed[i] ?? false }));
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

  /** Before ExcelApi 1.6 there are no conditional formats: a host error the pane explains. */
  private requireMarks(): void {
    if (!this.port.supports("conditionalFormats"))
      throw new HostError("MarksUnsupported", "conditional formats need ExcelApi 1.6");
  }

  async markCells(marks: CellMark[]): Promise<void> {
    this.requireMarks();
    await this.port.refreshSettings();
    const records = await this.port.replaceMarks(this.marks(), marks);
    await this.port.setSetting(MARKS_KEY, records);
  }

  async clearMarks(): Promise<number> {
    this.requireMarks();
    await this.port.refreshSettings();
    const cleared = await this.port.clearMarks(this.marks());
    await this.port.setSetting(MARKS_KEY, []);
    return cleared;
  }

  async readSettings(): Promise<unknown> {
    await this.port.refreshSettings();
    return this.port.getSetting(SETTINGS_KEY);
  }

  async writeSettings(settings: unknown): Promise<void> {
    await this.port.setSetting(SETTINGS_KEY, settings);
  }

  /**
   * The stored sets' rows. The settings remember the hidden sheet's id and the ids it holds, so a
   * workbook without stored sets costs no sync at all (every check asks); one with them, one sync.
   * If the sheet was deleted since, each remembered id comes back as an empty (damaged) row, so
   * asking for it is a clear set-unreadable error, not a silent fallback.
   */
  async readCriteriaSets(): Promise<unknown[][]> {
    await this.port.refreshSettings();
    const index = readSetsIndex(this.port.getSetting(SETS_KEY));
    if (!index) return [];
    const rows = await this.port.readSetRows(index.sheetId);
    return rows ?? index.ids.map((id) => [id]);
  }

  async writeCriteriaSets(rows: string[][]): Promise<void> {
    const written = await this.port.writeSetRows(SETS_SHEET, rows);
    const index: SetsIndex = { sheetId: written.id, ids: rows.map((r) => r[0] ?? "") };
    await this.port.setSetting(SETS_KEY, index);
  }

  async addTemplate(spec: TemplateSpec): Promise<string> {
    const result = await this.port.writeTemplate(spec, (sheets) => freeSheetName(sheets, spec.sheetName));
    return result.sheet.name;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.port.selectCell(sheet, cell);
  }
}
