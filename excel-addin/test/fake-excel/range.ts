/** Range-level proxies: Range, RangeAreas, formats, conditional formats, data validation. */
import type { CellValue } from "@cchc/scoring-core";
import { fail } from "./errors";
import {
  type ConditionalFormatModel,
  intersects,
  parseRect,
  qualify,
  type Rect,
  type SheetModel,
  type ValidationRuleModel,
} from "./model";
import { type FakeContext, FakeObject, jsonBytes, type Surface } from "./object";

export type SheetRef = () => SheetModel;
export type RectRef = () => Rect | null;

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const MAX_CELL_CHARS = 32767;

export class FakeRange
  extends FakeObject
  implements
    Surface<
      Excel.Range,
      | "address"
      | "rowCount"
      | "columnCount"
      | "rowIndex"
      | "columnIndex"
      | "values"
      | "formulas"
      | "numberFormat"
      | "format"
      | "conditionalFormats"
      | "dataValidation"
      | "worksheet"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "getMergedAreasOrNullObject"
      | "getCell"
      | "getResizedRange"
      | "getRow"
      | "getColumn"
      | "select"
      | "clear"
      | "load"
      | "isNullObject"
    >
{
  private fmt: FakeRangeFormat | null = null;
  private cfs: FakeConditionalFormats | null = null;
  private dv: FakeDataValidation | null = null;

  constructor(
    context: FakeContext,
    readonly sheetRef: SheetRef,
    readonly rectRef: RectRef,
    private readonly nullable = false,
  ) {
    super(context, "Range");
  }

  /** Resolves at sync: an empty used range is a null object (…OrNullObject) or A1 (getUsedRange). */
  rect(): Rect {
    const r = this.rectRef();
    if (r) return r;
    return { top: 0, left: 0, bottom: 0, right: 0 };
  }

  protected override resolvesToNull(): boolean {
    this.sheetRef();
    return this.nullable && this.rectRef() === null;
  }

  protected override readScalar(prop: string): unknown {
    const sheet = this.sheetRef();
    const r = this.rect();
    switch (prop) {
      case "address":
        return qualify(sheet.name, r);
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "values":
        return this.grid(sheet, r, (c) => (c ? (c.value ?? "") : ""));
      case "formulas":
        return this.grid(sheet, r, (c) => (c ? (c.formula ?? c.value ?? "") : ""));
      default:
        throw fail.invalidArgument(`Range.load`, `Unknown or unsupported property '${prop}' in the fake.`);
    }
  }

  protected override navigate(prop: string): FakeObject | null {
    if (prop === "format") return this.format;
    if (prop === "conditionalFormats") return this.conditionalFormats;
    return null;
  }

  private grid(sheet: SheetModel, r: Rect, pick: (c: ReturnType<SheetModel["get"]>) => unknown): unknown[][] {
    const out: unknown[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const row: unknown[] = [];
      for (let j = r.left; j <= r.right; j++) row.push(pick(sheet.get(i, j)));
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(v: unknown[][]) {
    this.write("values", v);
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v);
  }

  set numberFormat(v: unknown[][]) {
    this.context.enqueue({
      kind: "write",
      bytes: jsonBytes(v),
      run: () => {
        const r = this.rect();
        if (
          !Array.isArray(v) ||
          v.length !== r.bottom - r.top + 1 ||
          v.some((row) => !Array.isArray(row) || row.length !== r.right - r.left + 1)
        )
          throw fail.invalidArgument(
            "Range.numberFormat",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        this.sheetRef().assertFormattable("Range.numberFormat");
      },
    });
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }

  /** Writes as Excel does: a text starting with "=" is a formula; a leading apostrophe makes text. */
  private write(kind: "values" | "formulas", data: unknown[][]): void {
    this.remember(kind, data);
    this.context.enqueue({
      kind: "write",
      bytes: jsonBytes(data),
      run: () => {
        const sheet = this.sheetRef();
        const r = this.rect();
        const where = `Range.${kind}`;
        const rows = r.bottom - r.top + 1;
        const cols = r.right - r.left + 1;
        if (
          !Array.isArray(data) ||
          data.length !== rows ||
          data.some((row) => !Array.isArray(row) || row.length !== cols)
        )
          throw fail.invalidArgument(
            where,
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        sheet.assertWritable(r, where);
        data.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null || v === undefined) return; // null leaves the cell as it is
            // Excel: a cell holds at most 32 767 characters; a longer string fails the request.
            if (typeof v === "string" && v.length > MAX_CELL_CHARS)
              throw fail.invalidArgument(where, "The cell text is longer than 32767 characters.");
            if (typeof v === "string" && v.startsWith("="))
              sheet.set(r.top + i, r.left + j, { value: null, formula: v });
            else if (typeof v === "string" && v.startsWith("'"))
              sheet.set(r.top + i, r.left + j, { value: v.slice(1), formula: null, text: true });
            else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
              sheet.set(r.top + i, r.left + j, { value: v as CellValue, formula: null });
            else throw fail.invalidArgument(where, "Cell values must be strings, numbers or booleans.");
          }),
        );
      },
    });
  }

  get format(): FakeRangeFormat {
    return (this.fmt ??= new FakeRangeFormat(this.context, this));
  }
  get conditionalFormats(): FakeConditionalFormats {
    return (this.cfs ??= new FakeConditionalFormats(this.context, this));
  }
  get dataValidation(): FakeDataValidation {
    return (this.dv ??= new FakeDataValidation(this.context, this));
  }
  get worksheet(): never {
    throw fail.invalidArgument("Range.worksheet", "Not used by the add-in; not in the fake.");
  }

  private derived(rect: (base: Rect) => Rect | null, nullable = false): FakeRange {
    return new FakeRange(
      this.context,
      this.sheetRef,
      () => {
        const base = this.rectRef();
        return base ? rect(base) : null;
      },
      nullable,
    );
  }

  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return this.derived(
      (base) =>
        clip(this.sheetRef().usedRect(), base) ?? {
          top: base.top,
          left: base.left,
          bottom: base.top,
          right: base.left,
        },
    );
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.context.requireApi("1.4", "Range.getUsedRangeOrNullObject");
    return this.derived((base) => clip(this.sheetRef().usedRect(), base), true);
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived((b) => cell(b.top + row, b.left + column));
  }
  getRow(row: number): FakeRange {
    return this.derived((b) => ({ top: b.top + row, bottom: b.top + row, left: b.left, right: b.right }));
  }
  getColumn(column: number): FakeRange {
    return this.derived((b) => ({
      top: b.top,
      bottom: b.bottom,
      left: b.left + column,
      right: b.left + column,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((b) => {
      const r = { ...b, bottom: b.bottom + deltaRows, right: b.right + deltaColumns };
      if (r.bottom < r.top || r.right < r.left || r.bottom >= MAX_ROWS || r.right >= MAX_COLS)
        throw fail.invalidArgument("Range.getResizedRange");
      return r;
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.context, this);
  }
  select(): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const sheet = this.sheetRef();
        const model = this.context.model;
        model.activeId = sheet.id;
        model.selection = { sheet: sheet.name, address: rectString(this.rect()) };
      },
    });
  }
  clear(applyTo?: string): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const sheet = this.sheetRef();
        const r = this.rect();
        sheet.assertWritable(r, "Range.clear");
        for (const [row, cols] of sheet.cells)
          if (row >= r.top && row <= r.bottom)
            for (const c of [...cols.keys()]) if (c >= r.left && c <= r.right) cols.delete(c);
        if (applyTo === undefined || applyTo === "All" || applyTo === "Formats") {
          for (let row = r.top; row <= Math.min(r.bottom, r.top + 100000); row++) sheet.boldRows.delete(row);
          sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, r));
        }
      },
    });
  }
}

function cell(r: number, c: number): Rect {
  return { top: r, left: c, bottom: r, right: c };
}

function rectString(r: Rect): string {
  return qualify("x", r).slice(2);
}

function clip(used: Rect | null, base: Rect): Rect | null {
  if (!used) return null;
  const r = {
    top: Math.max(used.top, base.top),
    left: Math.max(used.left, base.left),
    bottom: Math.min(used.bottom, base.bottom),
    right: Math.min(used.right, base.right),
  };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

export class FakeRangeAreas
  extends FakeObject
  implements Surface<Excel.RangeAreas, "address" | "areaCount" | "load" | "isNullObject">
{
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context, "RangeAreas");
  }
  private merges(): Rect[] {
    const base = this.range.rect();
    const found = this.range.sheetRef().merges.filter((m) => intersects(m, base));
    // Documented: "if the merged areas count in this range is more than 512, then this method will fail".
    if (found.length > 512)
      throw fail.general(
        "Range.getMergedAreasOrNullObject",
        "This operation is not supported for more than 512 merged areas.",
      );
    return found;
  }
  protected override resolvesToNull(): boolean {
    return this.merges().length === 0;
  }
  protected override readScalar(prop: string): unknown {
    const sheet = this.range.sheetRef();
    if (prop === "address")
      return this.merges()
        .map((m) => qualify(sheet.name, m))
        .join(",");
    if (prop === "areaCount") return this.merges().length;
    throw fail.invalidArgument("RangeAreas.load", `Unsupported property '${prop}' in the fake.`);
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
}

export class FakeRangeFormat
  extends FakeObject
  implements
    Surface<Excel.RangeFormat, "columnWidth" | "font" | "fill" | "protection" | "wrapText" | "autofitColumns">
{
  readonly font: { bold: boolean; color: string };
  readonly fill: { color: string };
  readonly protection: { locked: boolean };
  wrapText = false;
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context, "RangeFormat");
    const ctx = context;
    const target = () => this.range;
    this.font = {
      set bold(v: boolean) {
        ctx.enqueue({
          kind: "write",
          run: () => {
            const r = target().rect();
            const s = target().sheetRef();
            s.assertFormattable("RangeFont.bold");
            for (let i = r.top; i <= r.bottom; i++)
              if (v) s.boldRows.add(i);
              else s.boldRows.delete(i);
          },
        });
      },
      get bold(): boolean {
        throw fail.notLoaded("bold", "RangeFont.bold");
      },
      set color(_v: string) {
        ctx.enqueue({ kind: "write", run: () => target().sheetRef().assertFormattable("RangeFont.color") });
      },
      get color(): string {
        throw fail.notLoaded("color", "RangeFont.color");
      },
    };
    this.fill = {
      set color(_v: string) {
        ctx.enqueue({ kind: "write", run: () => target().sheetRef().assertFormattable("RangeFill.color") });
      },
      get color(): string {
        throw fail.notLoaded("color", "RangeFill.color");
      },
    };
    this.protection = {
      set locked(v: boolean) {
        ctx.enqueue({
          kind: "write",
          run: () => {
            const s = target().sheetRef();
            s.assertFormattable("FormatProtection.locked");
            const r = target().rect();
            if (!v) s.unlocked.push(r);
          },
        });
      },
      get locked(): boolean {
        throw fail.notLoaded("locked", "FormatProtection.locked");
      },
    };
  }
  protected override readScalar(prop: string): unknown {
    throw fail.invalidArgument("RangeFormat.load", `Unsupported property '${prop}' in the fake.`);
  }
  set columnWidth(points: number) {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const r = this.range.rect();
        const s = this.range.sheetRef();
        s.assertFormattable("RangeFormat.columnWidth");
        for (let c = r.left; c <= r.right; c++) s.columnWidths.set(c, points);
      },
    });
  }
  get columnWidth(): number {
    return this.loadedValue("columnWidth");
  }
  autofitColumns(): void {
    this.context.requireApi("1.2", "RangeFormat.autofitColumns");
  }
}

let cfCounter = 0;

export class FakeConditionalFormats
  extends FakeObject
  implements Surface<Excel.ConditionalFormatCollection, "add" | "clearAll" | "getItem" | "items" | "load">
{
  private readonly byId = new Map<string, FakeConditionalFormat>();
  private itemList: FakeConditionalFormat[] | null = null;
  constructor(
    context: FakeContext,
    readonly range: FakeRange,
  ) {
    super(context, "ConditionalFormatCollection");
  }
  protected override readScalar(prop: string): unknown {
    throw fail.invalidArgument("ConditionalFormatCollection.load", `Unsupported property '${prop}'.`);
  }
  protected override navigate(prop: string): FakeObject | null {
    return prop === "items" ? (this as FakeObject) : null;
  }
  override loadNow(props: string[]): void {
    if (!this.context.model.supports("1.6")) throw fail.apiNotFound("ConditionalFormatCollection.load");
    const r = this.range.rect();
    const found = this.range.sheetRef().conditionalFormats.filter((cf) => intersects(cf.rect, r));
    this.itemList = found.map((cf) => this.item(cf.id));
    const sub = props.map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    for (const it of this.itemList) it.loadNow(sub.length ? sub : ["id", "type"]);
  }
  get items(): FakeConditionalFormat[] {
    if (!this.itemList) throw fail.notLoaded("items", "ConditionalFormatCollection.items");
    return this.itemList;
  }
  private item(id: string): FakeConditionalFormat {
    let it = this.byId.get(id);
    if (!it) this.byId.set(id, (it = new FakeConditionalFormat(this.context, this, () => id)));
    return it;
  }
  add(type: string): FakeConditionalFormat {
    this.context.requireApi("1.6", "ConditionalFormatCollection.add");
    let id: string | null = null;
    const cf = new FakeConditionalFormat(this.context, this, () => {
      if (!id) throw fail.general("ConditionalFormat");
      return id;
    });
    this.context.enqueue({
      kind: "write",
      run: () => {
        const sheet = this.range.sheetRef();
        sheet.assertFormattable("ConditionalFormatCollection.add");
        id = `{${++cfCounter}-CF}`;
        sheet.conditionalFormats.push({
          id,
          rect: this.range.rect(),
          type,
          formula: null,
          fill: null,
          fontColor: null,
        });
      },
    });
    return cf;
  }
  getItem(id: string): FakeConditionalFormat {
    this.context.requireApi("1.6", "ConditionalFormatCollection.getItem");
    return this.item(id);
  }
  clearAll(): void {
    this.context.requireApi("1.6", "ConditionalFormatCollection.clearAll");
    this.context.enqueue({
      kind: "write",
      run: () => {
        const sheet = this.range.sheetRef();
        sheet.assertFormattable("ConditionalFormatCollection.clearAll");
        const r = this.range.rect();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, r));
      },
    });
  }
}

export class FakeConditionalFormat
  extends FakeObject
  implements Surface<Excel.ConditionalFormat, "id" | "type" | "custom" | "delete" | "load">
{
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  constructor(
    context: FakeContext,
    private readonly owner: FakeConditionalFormats,
    private readonly idRef: () => string,
  ) {
    super(context, "ConditionalFormat");
    const edit = (where: string, apply: (m: ConditionalFormatModel) => void) =>
      context.enqueue({
        kind: "write",
        run: () => {
          const m = this.model(where);
          if (m.type !== "Custom") throw fail.invalidArgument(where);
          apply(m);
        },
      });
    this.custom = {
      rule: {
        set formula(v: string) {
          edit("ConditionalRangeFormatRule.formula", (m) => (m.formula = v));
        },
        get formula(): string {
          throw fail.notLoaded("formula", "ConditionalFormatRule.formula");
        },
      },
      format: {
        fill: {
          set color(v: string) {
            edit("ConditionalFillFormat.color", (m) => (m.fill = v));
          },
          get color(): string {
            throw fail.notLoaded("color", "ConditionalFillFormat.color");
          },
        },
        font: {
          set color(v: string) {
            edit("ConditionalRangeFont.color", (m) => (m.fontColor = v));
          },
          get color(): string {
            throw fail.notLoaded("color", "ConditionalRangeFont.color");
          },
        },
      },
    };
  }
  private model(where: string): ConditionalFormatModel {
    const id = this.idRef();
    const m = this.owner.range.sheetRef().conditionalFormats.find((cf) => cf.id === id);
    if (!m) throw fail.itemNotFound(where);
    return m;
  }
  protected override readScalar(prop: string): unknown {
    const m = this.model(`ConditionalFormat.${prop}`);
    if (prop === "id") return m.id;
    if (prop === "type") return m.type;
    throw fail.invalidArgument("ConditionalFormat.load", `Unsupported property '${prop}'.`);
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  delete(): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const sheet = this.owner.range.sheetRef();
        sheet.assertFormattable("ConditionalFormat.delete");
        const m = this.model("ConditionalFormat.delete");
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== m);
      },
    });
  }
}

export class FakeDataValidation
  extends FakeObject
  implements Surface<Excel.DataValidation, "rule" | "clear" | "errorAlert" | "ignoreBlanks">
{
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context, "DataValidation");
  }
  protected override readScalar(prop: string): unknown {
    throw fail.invalidArgument("DataValidation.load", `Unsupported property '${prop}'.`);
  }
  set rule(rule: ValidationRuleModel) {
    this.context.requireApi("1.8", "DataValidation.rule");
    this.context.enqueue({
      kind: "write",
      run: () => {
        const sheet = this.range.sheetRef();
        sheet.assertFormattable("DataValidation.rule");
        const keys = Object.keys(rule);
        if (keys.length !== 1)
          throw fail.invalidArgument("DataValidation.rule", "Exactly one rule type must be set.");
        const r = this.range.rect();
        sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, r));
        sheet.validations.push({ rect: r, rule });
      },
    });
  }
  get rule(): ValidationRuleModel {
    return this.loadedValue("rule");
  }
  set errorAlert(_v: unknown) {
    this.context.requireApi("1.8", "DataValidation.errorAlert");
  }
  get errorAlert(): unknown {
    return this.loadedValue("errorAlert");
  }
  set ignoreBlanks(_v: boolean) {
    this.context.requireApi("1.8", "DataValidation.ignoreBlanks");
  }
  get ignoreBlanks(): boolean {
    return this.loadedValue("ignoreBlanks");
  }
  clear(): void {
    this.context.requireApi("1.8", "DataValidation.clear");
    this.context.enqueue({
      kind: "write",
      run: () => {
        const s = this.range.sheetRef();
        const r = this.range.rect();
        s.validations = s.validations.filter((v) => !intersects(v.rect, r));
      },
    });
  }
}

export function parseAddressOrThrow(address: string, where: string): Rect {
  const r = parseRect(address);
  if (!r) throw fail.invalidArgument(where);
  return r;
}
