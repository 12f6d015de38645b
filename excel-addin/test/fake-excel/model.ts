/** The in-memory workbook behind the fake proxies: plain data that tests seed and inspect. */
import { a1, parseA1 } from "@cchc/scoring-core";
import type { CellValue } from "@cchc/scoring-core";
import { fail } from "./errors";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellModel {
  value: CellValue;
  formula: string | null;
  /** Entered as text (a leading apostrophe): Excel never reads it as a number. */
  text?: true;
}

export interface ConditionalFormatModel {
  id: string;
  rect: Rect;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export type ValidationRuleModel = Record<string, unknown>;

export interface ChartSeriesModel {
  name: string | null;
  /** Each point as Excel plots it: null is a gap (an empty cell). */
  values: (number | null)[];
}

export interface ChartModel {
  name: string;
  type: string;
  source: Rect;
  title: string | null;
  seriesBy?: string;
  /** The source laid out as Excel does at add (see chart.ts): the axis labels, null when none. */
  categories?: (string | number)[] | null;
  series?: ChartSeriesModel[];
  axisMin?: number;
  axisMax?: number;
  /** ExcelApi 1.8; absent: Excel's default for a new chart (gaps). */
  displayBlanksAs?: string;
  position?: { from: Rect; to: Rect | null };
}

export class SheetModel {
  readonly cells = new Map<number, Map<number, CellModel>>();
  merges: Rect[] = [];
  protected = false;
  /** Cells unlocked for editing under protection (locked is Excel's default). */
  unlocked: Rect[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  validations: { rect: Rect; rule: ValidationRuleModel }[] = [];
  charts: ChartModel[] = [];
  columnWidths = new Map<number, number>();
  boldRows = new Set<number>();
  frozenRows = 0;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  get(r: number, c: number): CellModel | undefined {
    return this.cells.get(r)?.get(c);
  }

  set(r: number, c: number, cell: CellModel | null): void {
    if (cell === null || (cell.formula === null && (cell.value === null || cell.value === ""))) {
      this.cells.get(r)?.delete(c);
      return;
    }
    let row = this.cells.get(r);
    if (!row) this.cells.set(r, (row = new Map()));
    row.set(c, cell);
  }

  /** Seeds a block of values (strings starting with "=" are formulas, as when typed). */
  fill(topLeft: string, rows: CellValue[][]): this {
    const at = parseA1(topLeft);
    if (!at) throw new Error(`bad address ${topLeft}`);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const isFormula = typeof v === "string" && v.startsWith("=");
        this.set(at.row + i, at.col + j, { value: isFormula ? null : v, formula: isFormula ? v : null });
      }),
    );
    return this;
  }

  /** The used range (values only): the bounding box of non-empty cells, or null on an empty sheet. */
  usedRect(): Rect | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [r, row] of this.cells) {
      if (row.size === 0) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      for (const c of row.keys()) {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  isLocked(r: number, c: number): boolean {
    return !this.unlocked.some((u) => within(u, r, c));
  }

  /** Throws like Excel when a protected sheet's locked cell would change. */
  assertWritable(rect: Rect, where: string): void {
    if (!this.protected) return;
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) if (this.isLocked(r, c)) throw fail.accessDenied(where);
  }

  /** Formats (marks, validation, protection) cannot change on a protected sheet at all. */
  assertFormattable(where: string): void {
    if (this.protected) throw fail.accessDenied(where);
  }
}

export function within(rect: Rect, r: number, c: number): boolean {
  return r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** "A1" or "A1:C5" (optionally sheet-qualified) → rect; null when malformed. */
export function parseRect(address: string): Rect | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = bare.split(":");
  const a = parseA1(from ?? "");
  const b = parseA1(to ?? "");
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rectA1(r: Rect): string {
  return r.top === r.bottom && r.left === r.right
    ? a1(r.top, r.left)
    : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** Excel quotes sheet names that are not plain identifiers in addresses. */
export function qualify(sheet: string, rect: Rect): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${rectA1(rect)}`;
}

export interface WorkbookOptions {
  /** Highest ExcelApi requirement set the fake host supports ("1.17" = Microsoft 365 today; "1.2" = Office 2016 MSI). */
  apiVersion?: string;
  /** Excel on the web caps a request or a response at 5 MB. */
  payloadLimit?: number | null;
  /** The regional settings' decimal separator ("," for vi-VN): decides how a picked text parses. */
  decimalSeparator?: "." | ",";
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Office.context.document.settings, as saved in the file. */
  readonly savedSettings = new Map<string, unknown>();
  apiVersion: string;
  decimalSeparator: "." | ",";
  payloadLimit: number | null;
  /** Round trips so far. */
  syncs = 0;
  /** Fault injection: the sync with this 1-based number fails before anything applies. */
  failSyncAt: number | null = null;
  /** Sheets deleted (the tool must never delete one: it clears the user's undo stack). */
  deletedSheets: string[] = [];
  private nextId = 1;

  constructor(options: WorkbookOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.decimalSeparator = options.decimalSeparator ?? ".";
    this.payloadLimit = options.payloadLimit === undefined ? 5 * 1024 * 1024 : options.payloadLimit;
  }

  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`sheet ${name} exists`);
    const sheet = new SheetModel(`{${String(this.nextId++).padStart(8, "0")}-FAKE}`, name);
    this.sheets.push(sheet);
    if (!this.activeId) this.activeId = sheet.id;
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /**
   * What a user's pick from a cell's drop-down stores. A list typed into the rule ("1,0.5,0":
   * Office.js takes list sources in the invariant locale) gives the item's text, which Excel
   * then reads as if typed in the regional settings: with a decimal comma "0.5" stays text. A
   * list taken from cells gives the cell's value itself: a number is a number.
   */
  pickFromDropDown(sheetName: string, address: string, index: number): CellValue {
    const sheet = this.sheet(sheetName);
    const at = parseA1(address);
    if (!at) throw new Error(`bad address ${address}`);
    const v = sheet.validations.find((x) => within(x.rect, at.row, at.col));
    const list = (v?.rule as { list?: { source?: string } } | undefined)?.list;
    if (!list?.source) throw new Error(`no drop-down at ${sheetName}!${address}`);
    let picked: CellValue;
    const ref = /^='?([^'!]+)'?!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(list.source);
    if (ref) {
      const src = this.sheet(ref[1]!);
      const top = parseA1(`${ref[2]}${ref[3]}`)!;
      picked = src.get(top.row + index, top.col)?.value ?? null;
    } else {
      const item = list.source.split(",")[index];
      if (item === undefined) throw new Error(`no item ${index}`);
      const re = this.decimalSeparator === "," ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
      picked = re.test(item.trim()) ? Number(item.trim().replace(",", ".")) : item;
    }
    sheet.set(at.row, at.col, { value: picked, formula: null });
    return picked;
  }

  findSheet(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  newId(): string {
    return `{CF-${this.nextId++}}`;
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
