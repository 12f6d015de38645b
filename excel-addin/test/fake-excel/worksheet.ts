/** Worksheet-level proxies: the collection, one worksheet, its protection, charts and freeze panes. */
import { fail } from "./errors";
import { parseRect, type SheetModel } from "./model";
import { type FakeContext, FakeObject, type Surface } from "./object";
import { FakeChartCollection } from "./chart";
import { FakeRange } from "./range";

type SheetResolver = () => SheetModel | null;

export class FakeWorksheetCollection
  extends FakeObject
  implements
    Surface<
      Excel.WorksheetCollection,
      "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "add" | "items" | "load"
    >
{
  private readonly cache = new Map<string, FakeWorksheet>();
  private itemList: FakeWorksheet[] | null = null;
  constructor(context: FakeContext) {
    super(context, "WorksheetCollection");
  }
  protected override readScalar(prop: string): unknown {
    throw fail.invalidArgument("WorksheetCollection.load", `Unsupported property '${prop}'.`);
  }
  protected override navigate(prop: string): FakeObject | null {
    return prop === "items" ? (this as FakeObject) : null;
  }
  override loadNow(props: string[]): void {
    this.itemList = this.context.model.sheets.map((s) => this.byId(s.id));
    const sub = props.map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    for (const it of this.itemList) it.loadNow(sub.length ? sub : ["name", "id", "position", "visibility"]);
  }
  get items(): FakeWorksheet[] {
    if (!this.itemList) throw fail.notLoaded("items", "WorksheetCollection.items");
    return this.itemList;
  }
  private byId(id: string): FakeWorksheet {
    let w = this.cache.get(id);
    if (!w)
      this.cache.set(
        id,
        (w = new FakeWorksheet(
          this.context,
          () => this.context.model.sheets.find((s) => s.id === id) ?? null,
          false,
        )),
      );
    return w;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.findSheet(key) ?? null, false);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.context, () => this.context.model.findSheet(key) ?? null, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => this.context.model.sheets.find((s) => s.id === this.context.model.activeId) ?? null,
      false,
    );
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.context.enqueue({
      kind: "write",
      run: () => {
        const model = this.context.model;
        const n = name ?? `Sheet${model.sheets.length + 1}`;
        if (n.length > 31 || /[\\/?*[\]:]/.test(n) || n.startsWith("'") || n.endsWith("'"))
          throw fail.invalidArgument("WorksheetCollection.add");
        if (model.findSheet(n)) throw fail.alreadyExists("WorksheetCollection.add");
        created = model.addSheet(n);
      },
    });
    return new FakeWorksheet(this.context, () => created, false);
  }
}

export class FakeWorksheet
  extends FakeObject
  implements
    Surface<
      Excel.Worksheet,
      | "name"
      | "id"
      | "position"
      | "visibility"
      | "protection"
      | "charts"
      | "freezePanes"
      | "getRange"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "activate"
      | "delete"
      | "load"
      | "isNullObject"
    >
{
  private prot: FakeWorksheetProtection | null = null;
  private chartList: FakeChartCollection | null = null;
  private panes: FakeFreezePanes | null = null;
  constructor(
    context: FakeContext,
    private readonly resolver: SheetResolver,
    private readonly nullable: boolean,
  ) {
    super(context, "Worksheet");
  }
  /** At sync: the sheet, or ItemNotFound. */
  sheet(): SheetModel {
    const s = this.resolver();
    if (!s) throw fail.itemNotFound("WorksheetCollection.getItem");
    return s;
  }
  protected override resolvesToNull(): boolean {
    if (this.nullable) return this.resolver() === null;
    this.sheet();
    return false;
  }
  protected override readScalar(prop: string): unknown {
    const s = this.sheet();
    const model = this.context.model;
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return model.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      default:
        throw fail.invalidArgument("Worksheet.load", `Unsupported property '${prop}'.`);
    }
  }
  protected override navigate(prop: string): FakeObject | null {
    if (prop === "protection") return this.protection;
    if (prop === "charts") return this.charts;
    return null;
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(v: string) {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const s = this.sheet();
        if (this.context.model.findSheet(v) && s.name !== v) throw fail.alreadyExists("Worksheet.name");
        s.name = v;
      },
    });
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get position(): number {
    return this.loadedValue("position");
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(v: string) {
    if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
      throw fail.invalidArgument("Worksheet.visibility");
    this.context.enqueue({
      kind: "write",
      run: () => {
        const s = this.sheet();
        // Excel refuses to hide the last visible sheet.
        if (v !== "Visible" && !this.context.model.sheets.some((o) => o !== s && o.visibility === "Visible"))
          throw fail.invalidArgument("Worksheet.visibility");
        s.visibility = v;
      },
    });
  }
  get protection(): FakeWorksheetProtection {
    return (this.prot ??= new FakeWorksheetProtection(this.context, this));
  }
  get charts(): FakeChartCollection {
    return (this.chartList ??= new FakeChartCollection(this.context, this));
  }
  get freezePanes(): FakeFreezePanes {
    return (this.panes ??= new FakeFreezePanes(this.context, this));
  }
  getRange(address?: string): FakeRange {
    const rect =
      address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : parseRect(address);
    return new FakeRange(
      this.context,
      () => this.sheet(),
      () => {
        if (!rect) throw fail.invalidArgument("Worksheet.getRange");
        return rect;
      },
    );
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.context.requireApi("1.2", "Worksheet.getUsedRange(valuesOnly)");
    return this.getRange().getUsedRange(valuesOnly);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }
  activate(): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        this.context.model.activeId = this.sheet().id;
      },
    });
  }
  delete(): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const s = this.sheet();
        const model = this.context.model;
        model.sheets.splice(model.sheets.indexOf(s), 1);
        model.deletedSheets.push(s.name);
      },
    });
  }
}

export class FakeWorksheetProtection
  extends FakeObject
  implements Surface<Excel.WorksheetProtection, "protected" | "protect" | "unprotect" | "load">
{
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context, "WorksheetProtection");
  }
  protected override readScalar(prop: string): unknown {
    if (prop === "protected") return this.ws.sheet().protected;
    throw fail.invalidArgument("WorksheetProtection.load", `Unsupported property '${prop}'.`);
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
  protect(_options?: unknown, _password?: string): void {
    this.context.requireApi("1.2", "WorksheetProtection.protect");
    this.context.enqueue({
      kind: "write",
      run: () => {
        const s = this.ws.sheet();
        if (s.protected) throw fail.accessDenied("WorksheetProtection.protect");
        s.protected = true;
      },
    });
  }
  unprotect(_password?: string): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const s = this.ws.sheet();
        if (!s.protected) throw fail.accessDenied("WorksheetProtection.unprotect");
        s.protected = false;
      },
    });
  }
}

export class FakeFreezePanes
  extends FakeObject
  implements Surface<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze">
{
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context, "WorksheetFreezePanes");
  }
  protected override readScalar(prop: string): unknown {
    throw fail.invalidArgument("WorksheetFreezePanes.load", `Unsupported property '${prop}'.`);
  }
  freezeRows(count?: number): void {
    this.context.requireApi("1.7", "WorksheetFreezePanes.freezeRows");
    this.context.enqueue({ kind: "write", run: () => (this.ws.sheet().frozenRows = count ?? 1) });
  }
  unfreeze(): void {
    this.context.requireApi("1.7", "WorksheetFreezePanes.unfreeze");
    this.context.enqueue({ kind: "write", run: () => (this.ws.sheet().frozenRows = 0) });
  }
}
