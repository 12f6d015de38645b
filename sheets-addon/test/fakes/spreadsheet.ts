/**
 * In-memory SpreadsheetApp: Spreadsheet, Sheet, Range and the builders the add-on uses, with the
 * rules the real service enforces: setValues dimensions must match the range, reads return
 * copies, ranges must lie inside the sheet, a sheet protected by another owner refuses edits,
 * a string starting with "=" becomes a formula and a leading apostrophe keeps text as text.
 * Like Sheets, a written string that reads as a number in the spreadsheet's locale becomes a
 * number (en_US: "1.10" → 1.1; vi_VN: "1,5" → 1.5) unless the cell's format is plain text ("@").
 */
import { a1, parseA1 } from "@cchc/scoring-core";
import type { FormulaRow } from "@cchc/scoring-core";
import type { CallLog } from "./calls";
import { strict, unwrap } from "./strict";

type Value = string | number | boolean | Date;

const PROTECTED_MESSAGE =
  "Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";
const OUTSIDE_MESSAGE = "Exception: The coordinates of the range are outside the dimensions of the sheet.";

/**
 * What Sheets makes of a string typed or written with setValues in a cell that is not plain
 * text: a number when it reads as one in the locale ("1.10" in en_US is 1.1: criterion codes
 * lose their trailing zero), else the string.
 */
export function parseAsTyped(v: string, locale: string): Value {
  const t = v.trim();
  const decimalComma = /^(vi|de|fr|es|it|pt|ru|nl|id)(_|$)/.test(locale);
  const re = decimalComma ? /^[+-]?\d+(,\d+)?$/ : /^[+-]?\d+(\.\d+)?$/;
  if (!re.test(t)) return v;
  return Number(decimalComma ? t.replace(",", ".") : t);
}

function copyValue(v: Value): Value {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

interface Cell {
  value: Value;
  formula: string;
  link: string | null;
  bold: boolean;
  numberFormat: string | null;
  validation: FakeDataValidation | null;
}

const emptyCell = (): Cell => ({
  value: "",
  formula: "",
  link: null,
  bold: false,
  numberFormat: null,
  validation: null,
});

/** Parses "A1", "A1:C3", "A:A"-less refs used here into 1-based row/col/size. */
function parseRangeA1(ref: string): { row: number; col: number; rows: number; cols: number } {
  const [from, to = from] = ref.split(":");
  const a = from ? parseA1(from) : null;
  const b = to ? parseA1(to) : null;
  if (!a || !b) throw new Error(`Exception: Range not found: ${ref}`);
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.col, b.col);
  return {
    row: top + 1,
    col: left + 1,
    rows: Math.abs(b.row - a.row) + 1,
    cols: Math.abs(b.col - a.col) + 1,
  };
}

export class FakeSpreadsheetApp {
  readonly proxy: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly ui: FakeUi;
  /** The enum Apps Script exposes (read through strict's ENUMS allowance). */
  readonly ProtectionType = Object.freeze({ SHEET: "SHEET", RANGE: "RANGE" });
  constructor(
    readonly _log: CallLog,
    readonly _book: FakeSpreadsheet,
  ) {
    this.ui = new FakeUi(_log);
    this.proxy = strict(
      "SpreadsheetApp",
      this,
      _log,
    ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  }
  getActiveSpreadsheet() {
    return this._book.proxy;
  }
  getUi() {
    return this.ui.proxy;
  }
  newConditionalFormatRule() {
    return new FakeConditionalFormatRuleBuilder(this._log).proxy;
  }
  newDataValidation() {
    return new FakeDataValidationBuilder(this._log).proxy;
  }
  newRichTextValue() {
    return new FakeRichTextValueBuilder(this._log).proxy;
  }
  flush() {}
}

export class FakeUi {
  readonly proxy: GoogleAppsScript.Base.Ui;
  readonly _menus: { items: { label: string; fn: string }[]; added: boolean }[] = [];
  _sidebar: FakeHtmlOutputLike | null = null;
  constructor(readonly _log: CallLog) {
    this.proxy = strict("Ui", this, _log) as unknown as GoogleAppsScript.Base.Ui;
  }
  createAddonMenu() {
    const menu = new FakeMenu(this._log);
    this._menus.push(menu._state);
    return menu.proxy;
  }
  showSidebar(html: unknown) {
    this._sidebar = unwrap<FakeHtmlOutputLike>(html, "HtmlOutput");
  }
}

/** The part of the HtmlService fake the Ui needs to know. */
export interface FakeHtmlOutputLike {
  _title: string;
  _content: string;
}

class FakeMenu {
  readonly proxy: GoogleAppsScript.Base.Menu;
  readonly _state = { items: [] as { label: string; fn: string }[], added: false };
  constructor(log: CallLog) {
    this.proxy = strict("Menu", this, log) as unknown as GoogleAppsScript.Base.Menu;
  }
  addItem(label: string, fn: string) {
    if (typeof label !== "string" || typeof fn !== "string") throw new Error("Exception: Invalid argument");
    this._state.items.push({ label, fn });
    return this.proxy;
  }
  addSeparator() {
    this._state.items.push({ label: "---", fn: "" });
    return this.proxy;
  }
  addToUi() {
    this._state.added = true;
  }
}

export class FakeSpreadsheet {
  readonly proxy: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly _sheets: FakeSheet[] = [];
  _active: FakeSheet | null = null;
  _selection: { sheet: string; a1: string } | null = null;
  readonly _toasts: string[] = [];
  /**
   * Who is acting and who owns the file, when several users are modelled (the province fakes
   * set it). Null: one user, who may edit everything but another owner's protection.
   */
  _access: { currentUser(): string; owner: string; editors?(): string[] } | null = null;
  /** The spreadsheet's locale (File > Settings): decides how written strings parse. */
  _locale = "en_US";
  readonly _namedRanges = new Map<string, FakeRange>();
  private nextId = 1000;
  constructor(
    readonly _log: CallLog,
    readonly _timeZone = "Asia/Ho_Chi_Minh",
  ) {
    this.proxy = strict("Spreadsheet", this, _log) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }

  /** Test set-up (not counted): adds a sheet. */
  _addSheet(name: string, rows = 1000, cols = 26): FakeSheet {
    if (this._sheets.some((s) => s._name === name)) throw new Error(`duplicate sheet ${name}`);
    const sheet = new FakeSheet(this._log, this, name, this.nextId++, rows, cols);
    this._sheets.push(sheet);
    this._active ??= sheet;
    return sheet;
  }
  _sheet(name: string): FakeSheet {
    const s = this._sheets.find((x) => x._name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  getActiveSheet() {
    return (this._active ?? this._sheets[0]!).proxy;
  }
  /** The selection (Range.activate sets it), else A1 of the active sheet. */
  getActiveRange() {
    const sel = this._selection;
    const sheet = sel ? this._sheet(sel.sheet) : (this._active ?? this._sheets[0]!);
    return sheet.getRange(sel ? sel.a1 : "A1");
  }
  getSheetByName(name: string) {
    return this._sheets.find((s) => s._name === name)?.proxy ?? null;
  }
  getSheetById(id: number) {
    return this._sheets.find((s) => s._id === id)?.proxy ?? null;
  }
  getSheets() {
    return this._sheets.map((s) => s.proxy);
  }
  getNumSheets() {
    return this._sheets.length;
  }
  getSpreadsheetTimeZone() {
    return this._timeZone;
  }
  insertSheet(name: string, index?: number) {
    if (typeof name !== "string" || name.trim() === "")
      throw new Error("Exception: Invalid argument: sheetName");
    if (this._sheets.some((s) => s._name.toLowerCase() === name.toLowerCase())) {
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    const sheet = new FakeSheet(this._log, this, name, this.nextId++, 1000, 26);
    this._sheets.splice(index ?? this._sheets.length, 0, sheet);
    this._active = sheet;
    return sheet.proxy;
  }
  deleteSheet(sheet: unknown) {
    const s = unwrap<FakeSheet>(sheet, "Sheet");
    if (this._sheets.length === 1)
      throw new Error("Exception: You can't remove all the sheets in a document.");
    this._sheets.splice(this._sheets.indexOf(s), 1);
    if (this._active === s) this._active = this._sheets[0] ?? null;
  }
  toast(message: string, _title?: string) {
    this._toasts.push(message);
  }
  getSpreadsheetLocale() {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string) {
    this._locale = locale;
  }
  /** Named range names: letters, digits, underscores; not starting with a digit; not an A1 ref. */
  setNamedRange(name: string, range: unknown) {
    if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(name) || parseA1(name))
      throw new Error("Exception: Invalid argument: name");
    const r = unwrap<FakeRange>(range, "Range");
    if (r._sheet._book !== this) throw new Error("Exception: Invalid argument: range");
    this._namedRanges.set(name, r);
  }
  getRangeByName(name: string) {
    const r = this._namedRanges.get(name);
    // A named range whose sheet was deleted no longer resolves.
    return r && this._sheets.includes(r._sheet) ? r.proxy : null;
  }
  createDeveloperMetadataFinder() {
    return new FakeMetadataFinder(this._log, this).proxy;
  }
}

export class FakeSheet {
  readonly proxy: GoogleAppsScript.Spreadsheet.Sheet;
  /** rows[r][c], 0-based, grown on write. */
  readonly _cells: Cell[][] = [];
  readonly _merges: { row: number; col: number; rows: number; cols: number }[] = [];
  _rules: FakeConditionalFormatRule[] = [];
  readonly _protections: FakeProtection[] = [];
  readonly _metadata: { key: string; value: string }[] = [];
  readonly _columnWidths = new Map<number, number>();
  _frozenRows = 0;
  readonly _charts: FakeChart[] = [];
  /** Hidden from the tab bar (Sheet.hideSheet in Apps Script). */
  _hidden = false;

  constructor(
    readonly _log: CallLog,
    readonly _book: FakeSpreadsheet,
    public _name: string,
    readonly _id: number,
    public _maxRows: number,
    public _maxCols: number,
  ) {
    this.proxy = strict("Sheet", this, _log) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  // --- test set-up (not counted) ------------------------------------------------------------
  _cell(r: number, c: number): Cell {
    while (this._cells.length <= r) this._cells.push([]);
    const row = this._cells[r]!;
    while (row.length <= c) row.push(emptyCell());
    return row[c]!;
  }
  _peek(r: number, c: number): Cell | undefined {
    return this._cells[r]?.[c];
  }
  /** Fills the sheet from a grid: values and, where given, formulas (0-based from A1). */
  _fill(values: (Value | null)[][], formulas?: readonly FormulaRow[]): this {
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = formulas?.[r]?.[c];
        if ((v === null || v === "") && !f) return;
        const cell = this._cell(r, c);
        cell.value = v ?? "";
        cell.formula = f ?? "";
      }),
    );
    this._maxRows = Math.max(this._maxRows, values.length);
    this._maxCols = Math.max(this._maxCols, ...values.map((r) => r.length));
    return this;
  }
  _merge(ref: string): this {
    this._merges.push(parseRangeA1(ref));
    return this;
  }
  /** Protects the whole sheet for another owner: the current user may not edit it. */
  _protectByOtherOwner(): this {
    this._protections.push(new FakeProtection(this._log, this, false));
    return this;
  }
  _text(ref: string): string {
    const p = parseA1(ref)!;
    const v = this._peek(p.row, p.col)?.value;
    return v === undefined ? "" : String(v);
  }

  _lastRow(): number {
    for (let r = this._cells.length - 1; r >= 0; r--)
      if (this._cells[r]!.some((c) => c.value !== "" || c.formula !== "")) return r + 1;
    return 0;
  }
  _lastCol(): number {
    let last = 0;
    for (const row of this._cells)
      for (let c = row.length - 1; c >= last; c--)
        if (row[c]!.value !== "" || row[c]!.formula !== "") last = c + 1;
    return last;
  }
  /** Throws like Sheets when the current user may not edit this range. */
  _assertEditable(row: number, col: number, rows: number, cols: number): void {
    for (const p of this._protections) {
      if (p._allows()) continue;
      if (p._range) {
        // A range protection refuses any write that touches one of its cells.
        const r = p._range;
        const overlaps =
          row < r._row + r._rows && row + rows > r._row && col < r._col + r._cols && col + cols > r._col;
        if (overlaps) throw new Error(PROTECTED_MESSAGE);
        continue;
      }
      const inside = (u: FakeRange) =>
        row >= u._row && col >= u._col && row + rows <= u._row + u._rows && col + cols <= u._col + u._cols;
      if (!p._unprotected.some(inside)) throw new Error(PROTECTED_MESSAGE);
    }
  }
  _assertSheetEditable(): void {
    if (this._protections.some((p) => !p._allows())) throw new Error(PROTECTED_MESSAGE);
  }
  _range(row: number, col: number, rows: number, cols: number): FakeRange {
    for (const n of [row, col, rows, cols])
      if (!Number.isInteger(n)) throw new Error("Exception: Invalid argument");
    if (row < 1 || col < 1 || rows < 1 || cols < 1)
      throw new Error("Exception: The starting row/column of the range is too small.");
    if (row + rows - 1 > this._maxRows || col + cols - 1 > this._maxCols) throw new Error(OUTSIDE_MESSAGE);
    return new FakeRange(this._log, this, row, col, rows, cols);
  }

  // --- Apps Script API -------------------------------------------------------------------
  getName() {
    return this._name;
  }
  getSheetName() {
    return this._name;
  }
  /** Sheet.setName: a name another sheet has (case-insensitive) or a blank name is refused. */
  setName(name: string) {
    if (typeof name !== "string" || name.trim() === "") throw new Error("Exception: Invalid argument: name");
    if (this._book._sheets.some((o) => o !== this && o._name.toLowerCase() === name.toLowerCase()))
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    this._name = name;
    return this.proxy;
  }
  getSheetId() {
    return this._id;
  }
  isSheetHidden() {
    return this._hidden;
  }
  hideSheet() {
    // Sheets refuses to hide the last visible sheet.
    if (!this._book._sheets.some((o) => o !== this && !o._hidden))
      throw new Error("Exception: You can't hide all the sheets in a document.");
    this._hidden = true;
    return this.proxy;
  }
  getParent() {
    return this._book.proxy;
  }
  activate() {
    this._book._active = this;
    return this.proxy;
  }
  getDataRange() {
    return this._range(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastCol())).proxy;
  }
  getRange(a: number | string, b?: number, c?: number, d?: number) {
    if (typeof a === "string") {
      const p = parseRangeA1(a);
      return this._range(p.row, p.col, p.rows, p.cols).proxy;
    }
    if (b === undefined) throw new Error("Exception: Invalid argument");
    return this._range(a, b, c ?? 1, d ?? 1).proxy;
  }
  getRangeList(refs: string[]) {
    const ranges = refs.map((r) => {
      const p = parseRangeA1(r);
      return this._range(p.row, p.col, p.rows, p.cols);
    });
    return new FakeRangeList(this._log, ranges).proxy;
  }
  getLastRow() {
    return this._lastRow();
  }
  getLastColumn() {
    return this._lastCol();
  }
  getMaxRows() {
    return this._maxRows;
  }
  getMaxColumns() {
    return this._maxCols;
  }
  insertRowsAfter(after: number, howMany: number) {
    this._assertSheetEditable();
    if (after !== this._maxRows) throw new Error("fake: only appending rows is modelled");
    this._maxRows += howMany;
    return this.proxy;
  }
  insertColumnsAfter(after: number, howMany: number) {
    this._assertSheetEditable();
    if (after !== this._maxCols) throw new Error("fake: only appending columns is modelled");
    this._maxCols += howMany;
    return this.proxy;
  }
  setColumnWidth(col: number, width: number) {
    this._assertSheetEditable();
    this._columnWidths.set(col, width);
    return this.proxy;
  }
  setColumnWidths(start: number, howMany: number, width: number) {
    for (let c = start; c < start + howMany; c++) this.setColumnWidth(c, width);
    return this.proxy;
  }
  setFrozenRows(n: number) {
    this._assertSheetEditable();
    this._frozenRows = n;
  }
  getFrozenRows() {
    return this._frozenRows;
  }
  clear() {
    this._assertSheetEditable();
    this._cells.length = 0;
    return this.proxy;
  }
  getConditionalFormatRules() {
    return this._rules.map((r) => r.proxy);
  }
  setConditionalFormatRules(rules: unknown[]) {
    this._assertSheetEditable();
    const raw = rules.map((r) => {
      const rule = unwrap<FakeConditionalFormatRule>(r, "ConditionalFormatRule");
      if (!(rule instanceof FakeConditionalFormatRule)) throw new Error("Exception: Invalid argument: rules");
      if (rule._ranges.length === 0)
        throw new Error("Exception: Conditional format rule must have at least one range.");
      if (rule._ranges.some((x) => x._sheet !== this))
        throw new Error("Exception: Conditional format rule cannot reference a different sheet.");
      return rule;
    });
    this._rules = raw;
  }
  protect() {
    this._assertSheetEditable();
    const p = new FakeProtection(this._log, this, true);
    this._protections.push(p);
    return p.proxy;
  }
  /** type: SpreadsheetApp.ProtectionType.SHEET or .RANGE ("SHEET" / "RANGE"). */
  getProtections(type: unknown) {
    if (type !== "SHEET" && type !== "RANGE") throw new Error("Exception: Invalid argument: type");
    return this._protections.filter((p) => (p._range ? "RANGE" : "SHEET") === type).map((p) => p.proxy);
  }
  newChart() {
    return new FakeChartBuilder(this._log, this).proxy;
  }
  insertChart(chart: unknown) {
    this._assertSheetEditable();
    const c = unwrap<FakeChart>(chart, "EmbeddedChart");
    if (c._sheet !== this) throw new Error("Exception: The chart belongs to another sheet.");
    this._charts.push(c);
  }
  getCharts() {
    return this._charts.map((c) => c.proxy);
  }
  removeChart(chart: unknown) {
    this._assertSheetEditable();
    const c = unwrap<FakeChart>(chart, "EmbeddedChart");
    const i = this._charts.indexOf(c);
    if (i < 0) throw new Error("Exception: Chart not found.");
    this._charts.splice(i, 1);
  }
  addDeveloperMetadata(key: string, value?: string) {
    if (typeof key !== "string" || key.length === 0) throw new Error("Exception: Invalid argument: key");
    this._metadata.push({ key, value: value ?? "" });
    return this.proxy;
  }
}

export class FakeRange {
  readonly proxy: GoogleAppsScript.Spreadsheet.Range;
  constructor(
    readonly _log: CallLog,
    readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _rows: number,
    readonly _cols: number,
  ) {
    this.proxy = strict("Range", this, _log) as unknown as GoogleAppsScript.Spreadsheet.Range;
  }
  private each<T>(fn: (cell: Cell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this._rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this._cols; c++)
        row.push(fn(this._sheet._peek(this._row - 1 + r, this._col - 1 + c)));
      out.push(row);
    }
    return out;
  }
  private checkDims(data: unknown, what: string): unknown[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r)))
      throw new Error(`Exception: The parameters (${what}) don't match the method signature.`);
    const rows = data as unknown[][];
    if (rows.length !== this._rows) {
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._rows}.`,
      );
    }
    for (const r of rows) {
      if (r.length !== this._cols) {
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this._cols}.`,
        );
      }
    }
    return rows;
  }
  private write(fn: (cell: Cell, r: number, c: number) => void): void {
    this._sheet._assertEditable(this._row, this._col, this._rows, this._cols);
    for (let r = 0; r < this._rows; r++)
      for (let c = 0; c < this._cols; c++) fn(this._sheet._cell(this._row - 1 + r, this._col - 1 + c), r, c);
  }

  getA1Notation() {
    const tl = a1(this._row - 1, this._col - 1);
    return this._rows === 1 && this._cols === 1
      ? tl
      : `${tl}:${a1(this._row + this._rows - 2, this._col + this._cols - 2)}`;
  }
  getRow() {
    return this._row;
  }
  getColumn() {
    return this._col;
  }
  getNumRows() {
    return this._rows;
  }
  getNumColumns() {
    return this._cols;
  }
  getLastRow() {
    return this._row + this._rows - 1;
  }
  getLastColumn() {
    return this._col + this._cols - 1;
  }
  getSheet() {
    return this._sheet.proxy;
  }
  getValues() {
    return this.each((cell) => (cell ? copyValue(cell.value) : ""));
  }
  getFormulas() {
    return this.each((cell) => cell?.formula ?? "");
  }
  getDisplayValues() {
    return this.each((cell) => (cell ? String(cell.value) : ""));
  }
  setValues(data: unknown) {
    const rows = this.checkDims(data, "Object[][]");
    for (const row of rows)
      for (const v of row)
        if (!(v === null || ["string", "number", "boolean"].includes(typeof v) || v instanceof Date))
          throw new Error("Exception: Invalid value in setValues");
        // Google Sheets: at most 50 000 characters in one cell.
        else if (typeof v === "string" && v.length > 50_000)
          throw new Error(
            "Exception: Your input contains more than the maximum of 50000 characters in a single cell.",
          );
    this.write((cell, r, c) => {
      const v = rows[r]![c] as Value | null;
      cell.link = null;
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = "";
      } else if (typeof v === "string" && v.startsWith("'")) {
        // A leading apostrophe makes the rest text and is not part of the value.
        cell.formula = "";
        cell.value = v.slice(1);
      } else {
        cell.formula = "";
        cell.value =
          typeof v === "string" && cell.numberFormat !== "@"
            ? parseAsTyped(v, this._sheet._book._locale)
            : (v ?? "");
      }
    });
    return this.proxy;
  }
  setNumberFormats(data: unknown) {
    const rows = this.checkDims(data, "String[][]");
    if (rows.some((r) => r.some((f) => typeof f !== "string")))
      throw new Error("Exception: The parameters (String[][]) don't match the method signature.");
    this.write((cell, r, c) => {
      cell.numberFormat = rows[r]![c] as string;
    });
    return this.proxy;
  }
  getNumberFormats() {
    return this.each((cell) => cell?.numberFormat ?? "0.###############");
  }
  setRichTextValues(data: unknown) {
    const rows = this.checkDims(data, "RichTextValue[][]");
    const raw = rows.map((row) => row.map((v) => unwrap<FakeRichTextValue>(v, "RichTextValue")));
    this.write((cell, r, c) => {
      const v = raw[r]![c]!;
      cell.value = v._text;
      cell.formula = "";
      cell.link = v._link;
    });
    return this.proxy;
  }
  setDataValidations(data: unknown) {
    const rows = this.checkDims(data, "DataValidation[][]");
    const raw = rows.map((row) =>
      row.map((v) => (v === null ? null : unwrap<FakeDataValidation>(v, "DataValidation"))),
    );
    this.write((cell, r, c) => {
      cell.validation = raw[r]![c]!;
    });
    return this.proxy;
  }
  getDataValidations() {
    return this.each((cell) => cell?.validation?.proxy ?? null);
  }
  getMergedRanges() {
    const r0 = this._row;
    const c0 = this._col;
    return this._sheet._merges
      .filter(
        (m) =>
          m.row < r0 + this._rows && m.row + m.rows > r0 && m.col < c0 + this._cols && m.col + m.cols > c0,
      )
      .map((m) => new FakeRange(this._log, this._sheet, m.row, m.col, m.rows, m.cols).proxy);
  }
  clearContent() {
    this.write((cell) => {
      cell.value = "";
      cell.formula = "";
      cell.link = null;
    });
    return this.proxy;
  }
  clearFormat() {
    this._sheet._assertSheetEditable();
    for (let r = 0; r < this._rows; r++) {
      for (let c = 0; c < this._cols; c++) {
        const cell = this._sheet._peek(this._row - 1 + r, this._col - 1 + c);
        if (cell) {
          cell.bold = false;
          cell.numberFormat = null;
        }
      }
    }
    return this.proxy;
  }
  setFontWeight(weight: string) {
    this.write((cell) => {
      cell.bold = weight === "bold";
    });
    return this.proxy;
  }
  setNumberFormat(format: string) {
    this.write((cell) => {
      cell.numberFormat = format;
    });
    return this.proxy;
  }
  setWrap(_wrap: boolean) {
    this._sheet._assertSheetEditable();
    return this.proxy;
  }
  setVerticalAlignment(_a: string) {
    this._sheet._assertSheetEditable();
    return this.proxy;
  }
  protect() {
    const p = new FakeProtection(this._log, this._sheet, true, this);
    this._sheet._protections.push(p);
    return p.proxy;
  }
  activate() {
    this._sheet._book._active = this._sheet;
    this._sheet._book._selection = { sheet: this._sheet._name, a1: this.getA1Notation() };
    return this.proxy;
  }
}

class FakeRangeList {
  readonly proxy: GoogleAppsScript.Spreadsheet.RangeList;
  constructor(
    log: CallLog,
    readonly _ranges: FakeRange[],
  ) {
    this.proxy = strict("RangeList", this, log) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  getRanges() {
    return this._ranges.map((r) => r.proxy);
  }
  setFontWeight(weight: string) {
    for (const r of this._ranges) r.setFontWeight(weight);
    return this.proxy;
  }
  setNumberFormat(format: string) {
    for (const r of this._ranges) r.setNumberFormat(format);
    return this.proxy;
  }
}

export class FakeProtection {
  readonly proxy: GoogleAppsScript.Spreadsheet.Protection;
  _description = "";
  _unprotected: FakeRange[] = [];
  /**
   * Editors when several users are modelled (book._access set). Null: as Google's reference
   * says of a new protection, its editors mirror the spreadsheet's editors until the script
   * changes the list (addEditor(s) / removeEditor(s)): a co-editor of the file may still edit
   * everything. The file's owner may always edit.
   */
  _editors: string[] | null = null;
  _domainEdit = false;
  _removed = false;
  constructor(
    readonly _log: CallLog,
    readonly _sheet: FakeSheet,
    readonly _canEdit: boolean,
    /** The protected range; null protects the whole sheet. */
    readonly _range: FakeRange | null = null,
  ) {
    // A protection the acting user cannot edit (another owner's): only the owner edits it.
    if (!_canEdit && _sheet._book._access) this._editors = [];
    this.proxy = strict("Protection", this, _log) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  /** Who may edit now: the fixed list, or the spreadsheet's editors while it mirrors them. */
  private current(): string[] {
    if (this._editors !== null) return this._editors;
    return (this._sheet._book._access?.editors?.() ?? []).map((e) => e.toLowerCase());
  }
  /** Whether the acting user may edit what this protection covers. */
  _allows(): boolean {
    if (this._removed) return true;
    const access = this._sheet._book._access;
    if (!access) return this._canEdit;
    const user = access.currentUser().toLowerCase();
    if (user === access.owner.toLowerCase()) return true;
    if (this._editors === null) {
      // Mirroring the file's sharing: its editors may edit (the creator is one of them).
      return access.editors ? this.current().includes(user) : this._canEdit;
    }
    return this._editors.includes(user);
  }
  /** Only someone who may edit the protected cells may change who else may. */
  private assertManager(): void {
    if (!this._allows()) throw new Error(PROTECTED_MESSAGE);
  }
  addEditors(emails: string[]) {
    this.assertManager();
    if (!Array.isArray(emails) || emails.some((e) => typeof e !== "string" || !e.includes("@")))
      throw new Error("Exception: Invalid argument: emailAddresses");
    const list = [...this.current()];
    for (const e of emails) if (!list.includes(e.toLowerCase())) list.push(e.toLowerCase());
    this._editors = list;
    return this.proxy;
  }
  addEditor(email: string) {
    return this.addEditors([email]);
  }
  removeEditors(emails: string[]) {
    this.assertManager();
    if (!Array.isArray(emails)) throw new Error("Exception: Invalid argument: emailAddresses");
    const drop = new Set(emails.map((e) => String(e).toLowerCase()));
    const access = this._sheet._book._access;
    // "Neither the owner of the spreadsheet nor the current user can be removed."
    const keep = new Set([access?.owner.toLowerCase(), access?.currentUser().toLowerCase()]);
    this._editors = this.current().filter((e) => !drop.has(e) || keep.has(e));
    return this.proxy;
  }
  canDomainEdit() {
    return this._domainEdit;
  }
  setDomainEdit(editable: boolean) {
    this.assertManager();
    this._domainEdit = editable === true;
    return this.proxy;
  }
  getEditors() {
    const access = this._sheet._book._access;
    const list = this.current();
    const all =
      access && !list.includes(access.owner.toLowerCase()) ? [access.owner.toLowerCase(), ...list] : list;
    return all.map((email) => fakeUser(this._log, email));
  }
  getRange() {
    return (this._range ?? this._sheet._range(1, 1, this._sheet._maxRows, this._sheet._maxCols)).proxy;
  }
  getProtectionType() {
    return this._range ? "RANGE" : "SHEET";
  }
  remove() {
    this.assertManager();
    this._removed = true;
    const list = this._sheet._protections;
    list.splice(list.indexOf(this), 1);
  }
  setDescription(d: string) {
    this._description = d;
    return this.proxy;
  }
  getDescription() {
    return this._description;
  }
  canEdit() {
    return this._allows();
  }
  setUnprotectedRanges(ranges: unknown[]) {
    this._unprotected = ranges.map((r) => {
      const range = unwrap<FakeRange>(r, "Range");
      if (range._sheet !== this._sheet)
        throw new Error("Exception: Unprotected ranges must be on the protected sheet.");
      return range;
    });
    return this.proxy;
  }
  getUnprotectedRanges() {
    return this._unprotected.map((r) => r.proxy);
  }
}

/** A User as Session and Protection.getEditors hand it out. */
export function fakeUser(log: CallLog, email: string): GoogleAppsScript.Base.User {
  return strict(
    "User",
    new (class {
      getEmail() {
        return email;
      }
    })(),
    log,
  ) as unknown as GoogleAppsScript.Base.User;
}

// --- conditional formats, data validation, rich text ------------------------------------------

export class FakeConditionalFormatRule {
  readonly proxy: GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  constructor(
    readonly _log: CallLog,
    readonly _formula: string | null,
    readonly _background: string | null,
    readonly _ranges: FakeRange[],
  ) {
    this.proxy = strict(
      "ConditionalFormatRule",
      this,
      _log,
    ) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }
  getBooleanCondition() {
    if (this._formula === null) return null;
    const formula = this._formula;
    const background = this._background;
    return strict(
      "BooleanCondition",
      new (class {
        getCriteriaType() {
          return "CUSTOM_FORMULA";
        }
        getCriteriaValues() {
          return [formula];
        }
        getBackground() {
          return background;
        }
      })(),
      this._log,
    );
  }
  getRanges() {
    return this._ranges.map((r) => r.proxy);
  }
  setFontWeight(weight: string) {
    for (const r of this._ranges) r.setFontWeight(weight);
    return this.proxy;
  }
  setNumberFormat(format: string) {
    for (const r of this._ranges) r.setNumberFormat(format);
    return this.proxy;
  }
}

class FakeConditionalFormatRuleBuilder {
  readonly proxy: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  private formula: string | null = null;
  private background: string | null = null;
  private ranges: FakeRange[] = [];
  constructor(readonly _log: CallLog) {
    this.proxy = strict(
      "ConditionalFormatRuleBuilder",
      this,
      _log,
    ) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
  whenFormulaSatisfied(formula: string) {
    if (typeof formula !== "string" || !formula.startsWith("="))
      throw new Error("Exception: Invalid argument: formula");
    this.formula = formula;
    return this.proxy;
  }
  setBackground(color: string) {
    this.background = color;
    return this.proxy;
  }
  setRanges(ranges: unknown[]) {
    this.ranges = ranges.map((r) => unwrap<FakeRange>(r, "Range"));
    return this.proxy;
  }
  build() {
    return new FakeConditionalFormatRule(this._log, this.formula, this.background, this.ranges).proxy;
  }
}

export class FakeDataValidation {
  readonly proxy: GoogleAppsScript.Spreadsheet.DataValidation;
  constructor(
    log: CallLog,
    readonly _type: string,
    readonly _values: unknown[],
    readonly _help: string,
    readonly _allowInvalid: boolean,
  ) {
    this.proxy = strict(
      "DataValidation",
      this,
      log,
    ) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
  getCriteriaType() {
    return this._type;
  }
  getCriteriaValues() {
    return [...this._values];
  }
  getHelpText() {
    return this._help;
  }
  getAllowInvalid() {
    return this._allowInvalid;
  }
}

class FakeDataValidationBuilder {
  readonly proxy: GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  private type: string | null = null;
  private values: unknown[] = [];
  private help = "";
  private allowInvalid = true;
  constructor(readonly _log: CallLog) {
    this.proxy = strict(
      "DataValidationBuilder",
      this,
      _log,
    ) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  requireNumberBetween(min: number, max: number) {
    if (typeof min !== "number" || typeof max !== "number") throw new Error("Exception: Invalid argument");
    this.type = "NUMBER_BETWEEN";
    this.values = [min, max];
    return this.proxy;
  }
  requireValueInList(values: string[], _showDropdown?: boolean) {
    this.type = "VALUE_IN_LIST";
    this.values = [values];
    return this.proxy;
  }
  requireFormulaSatisfied(formula: string) {
    if (!formula.startsWith("=")) throw new Error("Exception: Invalid argument: formula");
    this.type = "CUSTOM_FORMULA";
    this.values = [formula];
    return this.proxy;
  }
  setHelpText(text: string) {
    this.help = text;
    return this.proxy;
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this.proxy;
  }
  build() {
    if (!this.type) throw new Error("Exception: A data validation rule needs a criterion.");
    return new FakeDataValidation(this._log, this.type, this.values, this.help, this.allowInvalid).proxy;
  }
}

class FakeRichTextValue {
  readonly proxy: GoogleAppsScript.Spreadsheet.RichTextValue;
  constructor(
    log: CallLog,
    readonly _text: string,
    readonly _link: string | null,
  ) {
    this.proxy = strict("RichTextValue", this, log) as unknown as GoogleAppsScript.Spreadsheet.RichTextValue;
  }
  getText() {
    return this._text;
  }
  getLinkUrl() {
    return this._link;
  }
}

class FakeRichTextValueBuilder {
  readonly proxy: GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
  private text = "";
  private link: string | null = null;
  constructor(readonly _log: CallLog) {
    this.proxy = strict(
      "RichTextValueBuilder",
      this,
      _log,
    ) as unknown as GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
  }
  setText(text: string) {
    this.text = String(text);
    return this.proxy;
  }
  setLinkUrl(url: string) {
    if (this.text === "") throw new Error("Exception: Cannot set a link on empty text.");
    this.link = url;
    return this.proxy;
  }
  build() {
    return new FakeRichTextValue(this._log, this.text, this.link).proxy;
  }
}

// --- embedded charts ---------------------------------------------------------------------------

/** Chart types Charts.ChartType names (setChartType refuses any other). */
const CHART_TYPES = new Set([
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "LINE",
  "ORG",
  "PIE",
  "RADAR",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TIMELINE",
  "TREEMAP",
  "WATERFALL",
]);

/** One line of a chart as Sheets would draw it: null is a gap (an empty cell); a text is kept as is. */
export interface FakeChartSeries {
  name: string | null;
  values: (number | string | boolean | null)[];
}

export class FakeChart {
  readonly proxy: GoogleAppsScript.Spreadsheet.EmbeddedChart;
  constructor(
    log: CallLog,
    readonly _sheet: FakeSheet,
    readonly _type: string,
    readonly _ranges: FakeRange[],
    readonly _options: Record<string, unknown>,
    readonly _position: [number, number],
    readonly _transpose = false,
    readonly _numHeaders = -1,
    readonly _vRange: [number, number] | null = null,
  ) {
    this.proxy = strict("EmbeddedChart", this, log) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
  getRanges() {
    return this._ranges.map((r) => r.proxy);
  }
  getOptions() {
    const options = this._options;
    return { get: (k: string) => options[k] ?? null };
  }
  getTransposeRowsAndColumns() {
    return this._transpose;
  }
  getNumHeaders() {
    return this._numHeaders;
  }
  /**
   * What the chart draws from its first range, now (Sheets charts follow their cells): by columns,
   * the first column is the domain and each further column a series; transposed, the same by rows.
   * With one header (numHeaders 1, or -1 where every series starts with a text), the first cell
   * of each series is its name.
   */
  _layout(): { categories: (Value | null)[]; series: FakeChartSeries[] } {
    const r = this._ranges[0]!;
    const cell = (i: number, j: number): Value | null => {
      const [row, col] = this._transpose ? [i, j] : [j, i];
      const v = this._sheet._peek(r._row - 1 + row, r._col - 1 + col)?.value;
      return v === undefined || v === "" ? null : v;
    };
    const nSeries = this._transpose ? r._rows : r._cols;
    const nPoints = this._transpose ? r._cols : r._rows;
    const headers =
      this._numHeaders >= 0
        ? this._numHeaders
        : Array.from({ length: nSeries }, (_, i) => typeof cell(i, 0) === "string").every(Boolean)
          ? 1
          : 0;
    const points = (i: number) => Array.from({ length: nPoints - headers }, (_, j) => cell(i, j + headers));
    return {
      categories: points(0),
      series: Array.from({ length: nSeries - 1 }, (_, i) => {
        const name = headers > 0 ? cell(i + 1, 0) : null;
        return {
          name: name === null ? null : String(name),
          values: points(i + 1).map((v) => (v instanceof Date ? v.toISOString() : v)),
        };
      }),
    };
  }
}

class FakeChartBuilder {
  readonly proxy: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  private type = "";
  private ranges: FakeRange[] = [];
  private options: Record<string, unknown> = {};
  private position: [number, number] | null = null;
  private transpose = false;
  private numHeaders = -1;
  private vRange: [number, number] | null = null;
  constructor(
    readonly _log: CallLog,
    readonly _sheet: FakeSheet,
  ) {
    this.proxy = strict(
      "EmbeddedChartBuilder",
      this,
      _log,
    ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  asBarChart() {
    this.type = "BAR";
    return this.proxy;
  }
  asColumnChart() {
    this.type = "COLUMN";
    return this.proxy;
  }
  asLineChart() {
    this.type = "LINE";
    return this.proxy;
  }
  setChartType(type: unknown) {
    if (typeof type !== "string" || !CHART_TYPES.has(type))
      throw new Error("Exception: Invalid argument: type");
    this.type = type;
    return this.proxy;
  }
  /** EmbeddedLineChartBuilder.setRange: the value axis's range (only on a line chart's builder). */
  setRange(start: unknown, end: unknown) {
    if (this.type !== "LINE")
      throw new TypeError("EmbeddedChartBuilder.setRange is not a function (a line chart builder's)");
    if (
      typeof start !== "number" ||
      typeof end !== "number" ||
      !Number.isFinite(start) ||
      !Number.isFinite(end)
    )
      throw new Error("Exception: The parameters (start, end) don't match the method signature.");
    this.vRange = [start, end];
    return this.proxy;
  }
  setTransposeRowsAndColumns(transpose: unknown) {
    if (typeof transpose !== "boolean") throw new Error("Exception: Invalid argument: transpose");
    this.transpose = transpose;
    return this.proxy;
  }
  setNumHeaders(headers: unknown) {
    if (!Number.isInteger(headers) || (headers as number) < -1)
      throw new Error("Exception: Invalid argument: headers");
    this.numHeaders = headers as number;
    return this.proxy;
  }
  addRange(range: unknown) {
    const r = unwrap<FakeRange>(range, "Range");
    if (r._sheet !== this._sheet) throw new Error("Exception: The range must be on the chart's sheet.");
    this.ranges.push(r);
    return this.proxy;
  }
  setPosition(row: number, col: number, _ox: number, _oy: number) {
    if (row < 1 || col < 1) throw new Error("Exception: Invalid argument: position");
    if (row > this._sheet._maxRows || col > this._sheet._maxCols) throw new Error(OUTSIDE_MESSAGE);
    this.position = [row, col];
    return this.proxy;
  }
  setOption(key: string, value: unknown) {
    this.options[key] = value;
    return this.proxy;
  }
  build() {
    if (!this.type) throw new Error("Exception: A chart type is required.");
    if (this.ranges.length === 0) throw new Error("Exception: A chart needs at least one range.");
    if (!this.position) throw new Error("Exception: A chart needs a position.");
    return new FakeChart(
      this._log,
      this._sheet,
      this.type,
      this.ranges,
      this.options,
      this.position,
      this.transpose,
      this.numHeaders,
      this.vRange,
    ).proxy;
  }
}

// --- developer metadata -------------------------------------------------------------------------

class FakeMetadataFinder {
  readonly proxy: GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  private key: string | null = null;
  private value: string | null = null;
  constructor(
    readonly _log: CallLog,
    readonly _book: FakeSpreadsheet,
  ) {
    this.proxy = strict(
      "DeveloperMetadataFinder",
      this,
      _log,
    ) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }
  withKey(key: string) {
    this.key = key;
    return this.proxy;
  }
  withValue(value: string) {
    this.value = value;
    return this.proxy;
  }
  find() {
    const out: GoogleAppsScript.Spreadsheet.DeveloperMetadata[] = [];
    for (const sheet of this._book._sheets) {
      for (const md of sheet._metadata) {
        if ((this.key === null || md.key === this.key) && (this.value === null || md.value === this.value)) {
          out.push(new FakeDeveloperMetadata(this._log, sheet, md.key, md.value).proxy);
        }
      }
    }
    return out;
  }
}

class FakeDeveloperMetadata {
  readonly proxy: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  constructor(
    readonly _log: CallLog,
    readonly _sheet: FakeSheet,
    readonly _key: string,
    readonly _value: string,
  ) {
    this.proxy = strict(
      "DeveloperMetadata",
      this,
      _log,
    ) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  }
  getKey() {
    return this._key;
  }
  getValue() {
    return this._value;
  }
  getLocation() {
    const sheet = this._sheet;
    return strict(
      "DeveloperMetadataLocation",
      new (class {
        getLocationType() {
          return "SHEET";
        }
        getSheet() {
          return sheet.proxy;
        }
      })(),
      this._log,
    );
  }
}
