/**
 * An in-memory workbook behind the port: the contract tests' reference adapter and the demo's
 * workbook. It keeps the host rules the use cases rely on: tool-owned sheets are recognised by
 * id (never by name), a template never replaces a sheet, marks are the tool's own and clearable.
 */
import type { Grid } from "../grid/grid";
import type { SheetBlock } from "../output/sheet-block";
import type { TemplateSpec } from "../template/template-spec";
import type {
  CellMark,
  PortRead,
  SelectPort,
  SheetInfo,
  TemplatePort,
  ToolSheetKind,
  ToolSheetWriteOptions,
  WorkbookPort,
  WrittenToolSheet,
} from "./port";
import { freeSheetName, planToolSheets, type ToolSheetRegistry } from "./tool-sheets";

export interface MemorySheet {
  info: SheetInfo;
  grid: Grid;
  /** What the tool wrote there, if it did. */
  block?: SheetBlock;
  template?: TemplateSpec;
}

export class MemoryWorkbook implements WorkbookPort, TemplatePort, SelectPort {
  readonly sheets: MemorySheet[] = [];
  active = 0;
  settings: unknown = undefined;
  /** The stored sets' rows (the hidden sets sheet of criteria-set/storage.ts). */
  criteriaSets: unknown[][] = [];
  marks: CellMark[] = [];
  selected: { sheet: string; cell: string } | null = null;
  /** Port calls so far, by method (the in-memory "host call count"). */
  readonly calls: Record<string, number> = {};
  private nextId = 1;
  private readonly registry: ToolSheetRegistry = {};

  constructor(grids: Grid[] = [], options: { active?: string; hidden?: string[] } = {}) {
    for (const grid of grids) this.addSheet(grid, { visible: !options.hidden?.includes(grid.sheet) });
    if (options.active) this.activate(options.active);
  }

  private count(method: string): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
  }

  addSheet(grid: Grid, info: Partial<SheetInfo> = {}): MemorySheet {
    const sheet: MemorySheet = {
      info: { id: String(this.nextId++), name: grid.sheet, protected: false, visible: true, ...info },
      grid,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  activate(name: string): void {
    const i = this.sheets.findIndex((s) => s.info.name === name);
    if (i < 0) throw new Error(`no sheet ${name}`);
    this.active = i;
  }

  private find(name: string): MemorySheet {
    const s = this.sheets.find((x) => x.info.name === name);
    if (!s) throw Object.assign(new Error(`The sheet “${name}” does not exist.`), { code: "ItemNotFound" });
    return s;
  }

  listSheets(): SheetInfo[] {
    this.count("listSheets");
    return this.sheets.map((s) => ({ ...s.info, toolOwned: this.registry[s.info.id] !== undefined }));
  }

  readSheet(name: string | null): PortRead {
    this.count("readSheet");
    const s = name === null ? this.sheets[this.active] : this.find(name);
    if (!s) throw Object.assign(new Error("The workbook has no sheet."), { code: "ItemNotFound" });
    return { grid: s.grid, sheet: { ...s.info, toolOwned: this.registry[s.info.id] !== undefined } };
  }

  writeToolSheets(
    kind: ToolSheetKind,
    given: { block: SheetBlock }[],
    options: ToolSheetWriteOptions = {},
  ): WrittenToolSheet[] {
    this.count("writeToolSheets");
    // The core's retired sheets (ToolSheetWriteOptions), from the sheets this kind owns now.
    const owned = this.sheets.filter((s) => this.registry[s.info.id]?.kind === kind).map((s) => s.info.name);
    const writes = [...given, ...(options.retire?.(owned) ?? [])];
    const plan = planToolSheets(
      this.sheets.map((s) => s.info),
      this.registry,
      writes.map((w) => w.block.name),
    );
    return plan.map((p, i) => {
      const block = writes[i]!.block;
      const grid: Grid = { sheet: p.target.name, values: block.rows.map((r) => r.map((c) => c ?? null)) };
      let sheet: MemorySheet;
      if (p.target.kind === "refresh") {
        sheet = this.find(p.target.name);
        sheet.grid = grid;
      } else sheet = this.addSheet(grid);
      sheet.block = block;
      this.registry[sheet.info.id] = { kind };
      return { name: sheet.info.name, renamed: p.renamed };
    });
  }

  markCells(marks: CellMark[]): void {
    this.count("markCells");
    this.marks = [...marks];
  }

  clearMarks(): number {
    this.count("clearMarks");
    const cleared = this.marks.reduce((n, m) => n + markSize(m.address), 0);
    this.marks = [];
    return cleared;
  }

  readSettings(): unknown {
    this.count("readSettings");
    return this.settings;
  }

  writeSettings(settings: unknown): void {
    this.count("writeSettings");
    this.settings = JSON.parse(JSON.stringify(settings)) as unknown;
  }

  readCriteriaSets(): unknown[][] {
    this.count("readCriteriaSets");
    return this.criteriaSets.map((r) => [...r]);
  }

  writeCriteriaSets(rows: string[][]): void {
    this.count("writeCriteriaSets");
    this.criteriaSets = rows.map((r) => [...r]);
  }

  addTemplate(spec: TemplateSpec): string {
    this.count("addTemplate");
    const name = freeSheetName(
      this.sheets.map((s) => s.info),
      spec.sheetName,
    );
    const values = spec.rows.map((r) =>
      r.cells.map((c) => (c === null || c === undefined || typeof c !== "object" ? (c ?? null) : null)),
    );
    this.addSheet({ sheet: name, values }).template = spec;
    return name;
  }

  selectCell(sheet: string, cell: string): void {
    this.count("selectCell");
    this.find(sheet);
    this.selected = { sheet, cell };
  }
}

/** Cells in "F12" or "F12:F14" (marks are single cells or vertical runs). */
function markSize(address: string): number {
  const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(address);
  if (!m) return 1;
  return m[2] ? Number(m[2]) - Number(m[1]) + 1 : 1;
}
