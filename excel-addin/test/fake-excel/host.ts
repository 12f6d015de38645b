/**
 * The fake host: a RequestContext over a WorkbookModel, Excel.run, requirement sets and
 * document settings — the same shape `src/host/office-env.ts` takes from the real Office.js.
 */
import { fail } from "./errors";
import { compareVersions, WorkbookModel, type WorkbookOptions } from "./model";
import { FakeContext, FakeObject, type Surface } from "./object";
import { FakeWorksheetCollection } from "./worksheet";
import type { OfficeEnv } from "../../src/host/office-env";

class FakeApplication
  extends FakeObject
  implements
    Surface<Excel.Application, "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync">
{
  suspended = 0;
  constructor(context: FakeContext) {
    super(context, "Application");
  }
  protected override readScalar(prop: string): unknown {
    throw fail.invalidArgument("Application.load", `Unsupported property '${prop}'.`);
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.requireApi("1.9", "Application.suspendScreenUpdatingUntilNextSync");
  }
}

class FakeWorkbook implements Surface<Excel.Workbook, "worksheets" | "application"> {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = new FakeApplication(context);
  }
}

export class FakeRequestContext implements Surface<Excel.RequestContext, "workbook" | "sync"> {
  readonly workbook: FakeWorkbook;
  private readonly inner: FakeContext;
  constructor(model: WorkbookModel) {
    this.inner = new FakeContext(model);
    this.workbook = new FakeWorkbook(this.inner);
  }
  sync<T>(passThroughValue?: T): Promise<T | undefined> {
    return this.inner.sync().then(() => passThroughValue);
  }
}

/**
 * Office.Settings in memory, as Microsoft's reference describes it: each runtime holds its own
 * copy, loaded when it starts; `set` is local; `saveAsync` writes the whole copy over the
 * document's; `refreshAsync` reloads the copy from the document. Two runtimes (ribbon and
 * pane, or two co-authors) that skip the refresh overwrite each other.
 */
export class FakeSettings implements Surface<
  Office.Settings,
  "get" | "set" | "remove" | "saveAsync" | "refreshAsync"
> {
  private local: Map<string, unknown>;
  saves = 0;
  refreshes = 0;
  failNextSave = false;
  constructor(private readonly model: WorkbookModel) {
    this.local = new Map(model.savedSettings);
  }
  get(name: string): unknown {
    const v = this.local.get(name);
    return v === undefined ? null : JSON.parse(JSON.stringify(v));
  }
  set(name: string, value: unknown): void {
    JSON.stringify(value); // settings must be JSON
    this.local.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.local.delete(name);
  }
  refreshAsync(
    callback?: (result: { status: string; value: unknown; error?: { message: string } }) => void,
  ): void {
    setTimeout(() => {
      this.refreshes++;
      this.local = new Map(this.model.savedSettings);
      callback?.({ status: "succeeded", value: this });
    }, 0);
  }
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void {
    setTimeout(() => {
      if (this.failNextSave) {
        this.failNextSave = false;
        callback?.({ status: "failed", error: { message: "Settings could not be saved." } });
        return;
      }
      this.saves++;
      this.model.savedSettings.clear();
      for (const [k, v] of this.local) this.model.savedSettings.set(k, v);
      callback?.({ status: "succeeded" });
    }, 0);
  }
}

export class FakeExcelHost {
  readonly model: WorkbookModel;
  settings: FakeSettings;
  /** Excel.run calls so far. */
  runs = 0;
  constructor(options: WorkbookOptions = {}) {
    this.model = new WorkbookModel(options);
    this.settings = new FakeSettings(this.model);
  }

  /** What Excel on the web does to an idle task pane: memory is gone, the file stays. */
  reloadPane(): void {
    this.settings = new FakeSettings(this.model);
  }

  /**
   * Another runtime on the same workbook: the ribbon command's (separate from the pane's in
   * Excel unless a shared runtime is declared) or a co-author's Excel. Same cells, its own
   * settings copy.
   */
  otherRuntime(): { env: OfficeEnv; settings: FakeSettings } {
    const settings = new FakeSettings(this.model);
    return {
      settings,
      env: {
        run: (batch) => this.run(batch),
        isSetSupported: (name, version) => this.isSetSupported(name, version),
        settings: () => settings as unknown as Office.Settings,
      },
    };
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== "ExcelApi") return false;
    return compareVersions(this.model.apiVersion, version ?? "1.1") >= 0;
  }

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs++;
    const context = new FakeRequestContext(this.model);
    // The fake is typed against @types/office-js member names; the cast is the one seam.
    return batch(context as unknown as Excel.RequestContext);
  }

  env(): OfficeEnv {
    return {
      run: (batch) => this.run(batch),
      isSetSupported: (name, version) => this.isSetSupported(name, version),
      settings: () => this.settings as unknown as Office.Settings,
    };
  }
}

export { WorkbookModel };
