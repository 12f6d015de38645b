/**
 * The ExcelPort over Office.js: the only module that calls the Excel API. Every action is one
 * Excel.run with at most two syncs — one to learn what is there, one to write — except reads
 * too big for one 5 MB response, which go in row blocks.
 */
import { rangeA1, type MergedArea } from "@cchc/scoring-core";
import type { OfficeEnv } from "./office-env";
import {
  type BlockWrite,
  type CellMark,
  type ExcelPort,
  FEATURE_SETS,
  HostError,
  type HostFeature,
  type MarkRecord,
  type ReadNote,
  type SheetInfo,
  type SheetRead,
  type SheetTarget,
  type TemplateWriteResult,
  type WrittenSheet,
} from "./port";
import {
  BYTES_PER_CELL,
  errorCode,
  isPayloadError,
  parseMergedAddress,
  planRowChunks,
  toGrid,
} from "./read-plan";
import {
  blockMatrix,
  blockWidth,
  listSheet,
  POINTS_PER_CHAR,
  templateMatrix,
  validationRule,
  validationRuns,
} from "./render";
import type { TemplateSpec } from "@cchc/scoring-core";

/** The fill and font of a mark: Excel's "light red fill with dark red text". */
export const MARK_FILL = "#FFC7CE";
export const MARK_FONT = "#9C0006";
/** Warnings: Excel's amber "neutral" style, so they never read as errors. */
export const WARN_FILL = "#FFEB9C";
export const WARN_FONT = "#9C5700";
/** A mark's rule: always true on the marked cells (the range is the mark). */
export const MARK_FORMULA = "=TRUE";

export class OfficePort implements ExcelPort {
  private syncs = 0;
  constructor(private readonly env: OfficeEnv) {}

  get syncCount(): number {
    return this.syncs;
  }

  supports(feature: HostFeature): boolean {
    return this.env.isSetSupported("ExcelApi", FEATURE_SETS[feature]);
  }

  private suspendCalculation(context: Excel.RequestContext): void {
    if (this.supports("suspendCalculation"))
      context.workbook.application.suspendApiCalculationUntilNextSync();
    if (this.supports("suspendScreenUpdating"))
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
  }

  async readSheet(name: string | null): Promise<SheetRead> {
    return this.env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ws = name ? sheets.getItem(name) : sheets.getActiveWorksheet();
      ws.load("name,id");
      ws.protection.load("protected");
      const used = ws.getUsedRange(true);
      used.load("rowCount,columnCount,rowIndex,columnIndex");
      this.syncs++;
      await context.sync();

      const origin = { row: used.rowIndex, col: used.columnIndex };
      const notes: ReadNote[] = [];
      const wantMerges = this.supports("mergedAreas");
      if (!wantMerges) notes.push("merges-unavailable");
      const read = await this.readBlocks(
        context,
        ws,
        origin,
        { rows: used.rowCount, columns: used.columnCount },
        wantMerges,
        notes,
      );
      return {
        grid: toGrid(ws.name, read.values, read.formulas, origin, read.merges),
        notes,
        protected: ws.protection.protected,
        id: ws.id,
      };
    });
  }

  /**
   * Values, formulas and merges of the used range: one sync when it fits 5 MB, row blocks when
   * not. On a payload error the blocks shrink; over 512 merged areas the read goes on without them.
   */
  private async readBlocks(
    context: Excel.RequestContext,
    ws: Excel.Worksheet,
    origin: { row: number; col: number },
    size: { rows: number; columns: number },
    withMerges: boolean,
    notes: ReadNote[],
    bytesPerCell = BYTES_PER_CELL,
  ): Promise<{ values: unknown[][]; formulas: unknown[][]; merges: MergedArea[] | undefined }> {
    try {
      return await this.readOnce(context, ws, origin, size, withMerges, notes, bytesPerCell);
    } catch (e) {
      if (isPayloadError(e) && bytesPerCell < BYTES_PER_CELL * 1024 && size.rows > 1)
        return this.readBlocks(context, ws, origin, size, withMerges, notes, bytesPerCell * 4);
      // Only the merged-area read's own failure (a GeneralException) drops merges; a lost
      // connection or a missing sheet is reported as it is.
      if (withMerges && errorCode(e) === "GeneralException") {
        notes.push("merges-too-many");
        return this.readBlocks(context, ws, origin, size, false, notes, bytesPerCell);
      }
      throw e;
    }
  }

  private async readOnce(
    context: Excel.RequestContext,
    ws: Excel.Worksheet,
    origin: { row: number; col: number },
    size: { rows: number; columns: number },
    withMerges: boolean,
    notes: ReadNote[],
    bytesPerCell: number,
  ): Promise<{ values: unknown[][]; formulas: unknown[][]; merges: MergedArea[] | undefined }> {
    const lastCol = origin.col + Math.max(0, size.columns - 1);
    const whole = ws.getRange(
      rangeA1(origin.row, origin.col, origin.row + Math.max(0, size.rows - 1), lastCol),
    );
    const merged = withMerges ? whole.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    const chunks = planRowChunks(size.rows, size.columns, undefined, bytesPerCell);
    let values: unknown[][] = [];
    let formulas: unknown[][] = [];
    if (chunks.length === 1) {
      whole.load("values,formulas");
      this.syncs++;
      await context.sync();
      values = whole.values;
      formulas = whole.formulas;
    } else {
      if (!notes.includes("read-chunked")) notes.push("read-chunked");
      for (const [start, end] of chunks) {
        const part = ws.getRange(rangeA1(origin.row + start, origin.col, origin.row + end - 1, lastCol));
        part.load("values,formulas");
        this.syncs++;
        // The 5 MB cap is per response: blocks of a huge sheet cannot share one sync.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        values = values.concat(part.values);
        formulas = formulas.concat(part.formulas);
      }
    }
    const merges = merged
      ? merged.isNullObject
        ? []
        : parseMergedAddress(merged.address, origin)
      : undefined;
    return { values, formulas, merges };
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id,items/visibility,items/protection/protected");
      this.syncs++;
      await context.sync();
      return sheets.items.map((s) => ({
        id: s.id,
        name: s.name,
        protected: s.protection.protected,
        visible: s.visibility === "Visible",
      }));
    });
  }

  async writeBlocks(
    given: BlockWrite[],
    plan: (sheets: SheetInfo[]) => SheetTarget[] | { targets: SheetTarget[]; more: BlockWrite[] },
  ): Promise<WrittenSheet[]> {
    let writes = given;
    // Only Xu hướng's chart sheets carry line charts: their translation is a lazy chunk.
    const lines = writes.some((w) => w.block.lineChart) ? await import("./line-chart") : null;
    return this.env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id,items/protection/protected,items/charts/items/name");
      this.syncs++;
      await context.sync();
      const infos = sheets.items.map((s) => ({ id: s.id, name: s.name, protected: s.protection.protected }));
      const planned = plan(infos);
      const targets = Array.isArray(planned) ? planned : planned.targets;
      // Writes the plan adds (sheets it retires) go in this same second sync.
      if (!Array.isArray(planned)) writes = [...given, ...planned.more];
      if (targets.length !== writes.length)
        throw new HostError("InvalidArgument", "plan does not match the writes");

      this.suspendCalculation(context);
      const written = targets.map((target, i) => {
        const write = writes[i]!;
        let ws: Excel.Worksheet;
        if (target.kind === "refresh") {
          const existing = sheets.items.find((s) => s.id === target.id);
          if (!existing) throw new HostError("ItemNotFound", target.name);
          if (existing.protection.protected) throw new HostError("AccessDenied", target.name);
          ws = existing;
          // Refresh in place: clear what we wrote last time; never delete the sheet (that clears undo).
          ws.getRange().clear("All");
          for (const chart of existing.charts.items) chart.delete();
        } else {
          ws = sheets.add(target.name);
        }
        this.renderBlock(ws, write);
        if (lines && write.block.lineChart)
          lines.addLineChart(
            ws,
            write.block.lineChart,
            blockWidth(write.block.rows),
            this.supports("chartBlanks"),
          );
        // The machine-readable year record: very hidden (not in Unhide), read back by the tool only.
        if (write.block.hidden) ws.visibility = "VeryHidden";
        ws.load("id,name");
        return ws;
      });
      this.syncs++;
      await context.sync();
      return written.map((ws) => ({ id: ws.id, name: ws.name }));
    });
  }

  private renderBlock(ws: Excel.Worksheet, write: BlockWrite): void {
    const { block, chart } = write;
    const matrix = blockMatrix(block);
    const width = matrix[0]!.length;
    ws.getRange(rangeA1(0, 0, matrix.length - 1, width - 1)).formulas = matrix;
    for (const r of block.headerRows)
      if (r < matrix.length) ws.getRange(rangeA1(r, 0, r, width - 1)).format.font.bold = true;
    block.columnWidths.forEach((chars, c) => {
      if (c < width)
        ws.getRange(rangeA1(0, c, 0, c)).format.columnWidth = Math.max(3, chars) * POINTS_PER_CHAR;
    });
    if (matrix.length > 1)
      for (const c of block.numberColumns) {
        if (c >= width) continue;
        ws.getRange(rangeA1(1, c, matrix.length - 1, c)).numberFormat = Array.from(
          { length: matrix.length - 1 },
          () => ["#,##0.00"],
        );
      }
    if (chart && chart.lastRow > chart.headerRow) {
      // Two adjacent columns (categories, values): ExcelApi 1.1 charts take one source range.
      const added = ws.charts.add(
        "BarClustered",
        ws.getRange(rangeA1(chart.headerRow, chart.categoryCol, chart.lastRow, chart.categoryCol + 1)),
        "Columns",
      );
      added.title.text = chart.title;
      added.setPosition(ws.getRange(rangeA1(0, width + 1, 0, width + 1)));
    }
  }

  async writeTemplate(
    spec: TemplateSpec,
    plan: (sheets: SheetInfo[]) => string,
  ): Promise<TemplateWriteResult> {
    return this.env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      this.syncs++;
      await context.sync();
      const name = plan(sheets.items.map((s) => ({ id: s.id, name: s.name, protected: false })));
      const skipped: TemplateWriteResult["skipped"] = [];
      this.suspendCalculation(context);
      const ws = sheets.add(name);
      const matrix = templateMatrix(spec);
      const width = matrix[0]?.length ?? 0;
      if (matrix.length && width) ws.getRange(rangeA1(0, 0, matrix.length - 1, width - 1)).formulas = matrix;
      spec.columns.forEach(
        (col, c) =>
          (ws.getRange(rangeA1(0, c, 0, c)).format.columnWidth = Math.max(3, col.width) * POINTS_PER_CHAR),
      );
      spec.rows.forEach((row, r) => {
        if (row.kind === "header" || row.kind === "title" || row.kind === "field" || row.kind === "total")
          ws.getRange(rangeA1(r, 0, r, Math.max(0, width - 1))).format.font.bold = true;
      });
      if (this.supports("dataValidation")) {
        const lists = listSheet(spec);
        if (lists && !sheets.items.some((s) => s.name === lists.name)) {
          const src = sheets.add(lists.name);
          const height = Math.max(...lists.columns.map((c) => c.length));
          src.getRange(rangeA1(0, 0, height - 1, lists.columns.length - 1)).values = Array.from(
            { length: height },
            (_, r) => lists.columns.map((col) => col[r] ?? ""),
          );
          // Very hidden: not in Unhide, never listed or checked as a scoring sheet.
          src.visibility = "VeryHidden";
        }
        for (const run of validationRuns(spec)) {
          const dv = ws.getRange(run.address).dataValidation;
          dv.rule = validationRule(run.validation, lists?.sourceOf(run.validation));
          dv.errorAlert = {
            showAlert: true,
            style: "Stop",
            title: "CCHC",
            message:
              run.validation.kind === "decimal"
                ? `${run.validation.min} – ${run.validation.max}`
                : run.validation.values.join("; "),
          };
        }
        // The appraisal flag: a drop-down of texts from the same hidden sheet (blank allowed).
        for (const list of spec.textLists ?? [])
          for (const address of list.ranges) {
            const dv = ws.getRange(address).dataValidation;
            dv.rule = { list: { inCellDropDown: true, source: lists?.textSourceOf(list.values) ?? "" } };
            dv.ignoreBlanks = true;
            dv.errorAlert = {
              showAlert: true,
              style: "Stop",
              title: "CCHC",
              message: list.values.join("; "),
            };
          }
      } else skipped.push("validation");
      if (this.supports("conditionalFormats")) {
        for (const f of spec.conditionalFormats) {
          const cf = ws.getRange(f.range).conditionalFormats.add("Custom");
          cf.custom.rule.formula = f.formula.startsWith("=") ? f.formula : `=${f.formula}`;
          cf.custom.format.fill.color = f.kind === "over-max" ? MARK_FILL : "#FFEB9C";
          cf.custom.format.font.color = f.kind === "over-max" ? MARK_FONT : "#9C5700";
        }
      } else skipped.push("conditional-formats");
      if (spec.frozenRows > 0) {
        if (this.supports("freezePanes")) ws.freezePanes.freezeRows(spec.frozenRows);
        else skipped.push("freeze");
      }
      // Everything is locked by default: unlock what units type into, then protect the structure.
      for (const range of spec.editableRanges) ws.getRange(range).format.protection.locked = false;
      ws.protection.protect({
        allowFormatCells: true,
        allowFormatColumns: true,
        allowFormatRows: true,
        allowAutoFilter: true,
        allowSort: false,
        allowInsertRows: false,
        allowDeleteRows: false,
      });
      ws.activate();
      ws.load("id,name");
      this.syncs++;
      await context.sync();
      return { sheet: { id: ws.id, name: ws.name }, skipped };
    });
  }

  async replaceMarks(previous: MarkRecord[], marks: CellMark[]): Promise<MarkRecord[]> {
    return this.withLiveMarks(previous, (live) => this.replaceMarksOnce(live, marks));
  }

  /**
   * Marks on a sheet the user deleted or renamed since: the first sync fails with ItemNotFound.
   * Then (only then) one more sync lists the sheets and the action retries with the marks left.
   */
  private async withLiveMarks<T>(
    previous: MarkRecord[],
    action: (live: MarkRecord[]) => Promise<T>,
  ): Promise<T> {
    try {
      return await action(previous);
    } catch (e) {
      if (errorCode(e) !== "ItemNotFound" || previous.length === 0) throw e;
      const sheets = await this.listSheets();
      const ids = new Set(sheets.map((s) => s.id));
      const names = new Set(sheets.map((s) => s.name));
      const live = previous.filter((p) => (p.sheetId ? ids.has(p.sheetId) : names.has(p.sheet)));
      if (live.length === previous.length) throw e;
      return action(live);
    }
  }

  private async replaceMarksOnce(previous: MarkRecord[], marks: CellMark[]): Promise<MarkRecord[]> {
    return this.env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id,items/protection/protected");
      const old = this.loadMarks(context, previous);
      this.syncs++;
      await context.sync();
      const byName = new Map(sheets.items.map((s) => [s.name, s]));
      for (const m of marks) {
        const s = byName.get(m.sheet);
        if (!s) throw new HostError("ItemNotFound", m.sheet);
        if (s.protection.protected) throw new HostError("AccessDenied", m.sheet);
      }
      this.deleteMarks(old, previous);
      const added = marks.map((m) => {
        const cf = sheets.getItem(m.sheet).getRange(m.address).conditionalFormats.add("Custom");
        const warning = m.severity === "warning";
        cf.custom.rule.formula = MARK_FORMULA;
        cf.custom.format.fill.color = warning ? WARN_FILL : MARK_FILL;
        cf.custom.format.font.color = warning ? WARN_FONT : MARK_FONT;
        cf.load("id");
        return { mark: m, cf };
      });
      this.syncs++;
      await context.sync();
      return added.map(({ mark, cf }) => ({
        sheet: mark.sheet,
        sheetId: byName.get(mark.sheet)!.id,
        address: mark.address,
        id: cf.id,
      }));
    });
  }

  async clearMarks(previous: MarkRecord[]): Promise<number> {
    if (previous.length === 0) return 0;
    return this.withLiveMarks(previous, (live) =>
      live.length ? this.clearMarksOnce(live) : Promise.resolve(0),
    );
  }

  private async clearMarksOnce(previous: MarkRecord[]): Promise<number> {
    return this.env.run(async (context) => {
      const old = this.loadMarks(context, previous);
      this.syncs++;
      await context.sync();
      const n = this.deleteMarks(old, previous);
      this.syncs++;
      await context.sync();
      return n;
    });
  }

  /** Queues loads of the conditional formats around earlier marks (sheets that still exist). */
  private loadMarks(
    context: Excel.RequestContext,
    previous: MarkRecord[],
  ): Excel.ConditionalFormatCollection[] {
    return previous.map((p) => {
      // By id: a sheet renamed since still has its marks found (getItem takes a name or an id).
      const cfs = context.workbook.worksheets
        .getItem(p.sheetId ?? p.sheet)
        .getRange(p.address).conditionalFormats;
      cfs.load("items/id");
      return cfs;
    });
  }

  /** Deletes only formats whose id we recorded: the user's own rules on those cells stay. */
  private deleteMarks(loaded: Excel.ConditionalFormatCollection[], previous: MarkRecord[]): number {
    const ours = new Set(previous.map((p) => p.id));
    const done = new Set<string>();
    for (const cfs of loaded)
      for (const cf of cfs.items)
        if (ours.has(cf.id) && !done.has(cf.id)) {
          done.add(cf.id);
          cf.delete();
        }
    return done.size;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      this.syncs++;
      await context.sync();
    });
  }

  async readSetRows(sheet: string): Promise<unknown[][] | null> {
    return this.env.run(async (context) => {
      // getItem takes a name or an id; a deleted sheet fails the sync with ItemNotFound.
      const used = context.workbook.worksheets.getItem(sheet).getUsedRange(true);
      used.load("values");
      this.syncs++;
      try {
        await context.sync();
      } catch (e) {
        if (errorCode(e) === "ItemNotFound") return null;
        throw e;
      }
      return used.values;
    });
  }

  async writeSetRows(name: string, rows: string[][]): Promise<WrittenSheet> {
    return this.env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      this.syncs++;
      await context.sync();
      const existing = sheets.items.find((s) => s.name === name);
      let ws: Excel.Worksheet;
      if (existing) {
        ws = existing;
        ws.getRange().clear("All");
      } else {
        ws = sheets.add(name);
        // Very hidden: not in Unhide, never listed or checked as a scoring sheet.
        ws.visibility = "VeryHidden";
      }
      const width = Math.max(1, ...rows.map((r) => r.length));
      if (rows.length > 0) {
        const range = ws.getRange(rangeA1(0, 0, rows.length - 1, width - 1));
        // Text format first: an id like "2025" or "1.1" stays the text it is.
        range.numberFormat = rows.map(() => Array<string>(width).fill("@"));
        range.values = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
      }
      ws.load("id,name");
      this.syncs++;
      await context.sync();
      return { id: ws.id, name: ws.name };
    });
  }

  async refreshSettings(): Promise<void> {
    const settings = this.env.settings();
    await new Promise<void>((resolve, reject) =>
      settings.refreshAsync((result) =>
        String(result.status) === "failed"
          ? reject(new HostError("SettingsRefreshFailed", result.error?.message ?? ""))
          : resolve(),
      ),
    );
  }

  getSetting(key: string): unknown {
    return this.env.settings().get(key);
  }

  /**
   * saveAsync writes this runtime's whole copy over the document's: refresh first, so keys
   * another runtime (the ribbon, the pane, a co-author) saved since are kept, not reverted.
   */
  async setSetting(key: string, value: unknown): Promise<void> {
    await this.refreshSettings();
    const settings = this.env.settings();
    settings.set(key, value);
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((result) =>
        String(result.status) === "failed"
          ? reject(new HostError("SettingsSaveFailed", result.error?.message ?? ""))
          : resolve(),
      ),
    );
  }
}

export { errorCode };
