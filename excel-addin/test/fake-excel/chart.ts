/**
 * Charts on a worksheet, as Office.js exposes them (ExcelApi 1.1: add, title, axes, position,
 * delete; 1.8: displayBlanksAs). At `add` the fake lays the source out the way Excel does, so a
 * test sees what would be drawn: the series, their names and points, and the categories. A cell
 * holding text plots as 0 and only an empty cell is a gap, as in Excel.
 */
import type { CellValue } from "@cchc/scoring-core";
import { fail } from "./errors";
import { parseRect, type ChartModel, type ChartSeriesModel, type Rect, type SheetModel } from "./model";
import { type FakeContext, FakeObject, type Surface } from "./object";
import type { FakeRange } from "./range";
import type { FakeWorksheet } from "./worksheet";

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/** The values of Excel.ChartType (ExcelApi 1.1 charts.add refuses any other). */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "Pie",
  "PieExploded",
  "XYScatter",
  "XYScatterLines",
  "Area",
  "AreaStacked",
  "Doughnut",
  "Radar",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);
const BLANKS_AS = new Set(["NotPlotted", "Zero", "Interplotted"]);

/**
 * What Excel makes of typed input: a text that reads as a number is one, unless it was entered as
 * text (a leading apostrophe). The fake keeps the typed text, so charts read it back like Excel.
 */
function cellKind(sheet: SheetModel, r: number, c: number): { blank: boolean; number: number | null } {
  const cell = sheet.get(r, c);
  const v: CellValue | undefined = cell?.formula ? null : cell?.value;
  if (v === null || v === undefined || v === "") return { blank: true, number: null };
  if (typeof v === "number") return { blank: false, number: v };
  if (typeof v === "string" && !cell?.text && v.trim() !== "" && Number.isFinite(Number(v)))
    return { blank: false, number: Number(v) };
  return { blank: false, number: null };
}

/**
 * Excel's layout of a source range: with series by rows, the first row holds the categories only
 * when its top-left cell is blank or every other cell in it is text (a row of numbers — years
 * typed as numbers — is plotted as one more series); the first column holds the series names when
 * its cells below are text. Each point is its cell's number; an empty cell is a gap (null); a text
 * cell is 0. Series by columns is the same, transposed; Auto takes the longer side as categories.
 */
export function layoutChart(
  sheet: SheetModel,
  rect: Rect,
  seriesBy: string,
): { categories: (string | number)[] | null; series: ChartSeriesModel[] } {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && cols > rows);
  // (i, j): i runs over series, j over points, whatever the orientation.
  const at = (i: number, j: number) =>
    byRows ? cellKind(sheet, rect.top + i, rect.left + j) : cellKind(sheet, rect.top + j, rect.left + i);
  const value = (i: number, j: number) =>
    byRows ? sheet.get(rect.top + i, rect.left + j)?.value : sheet.get(rect.top + j, rect.left + i)?.value;
  const nSeries = byRows ? rows : cols;
  const nPoints = byRows ? cols : rows;
  const isText = (k: { blank: boolean; number: number | null }) => !k.blank && k.number === null;
  const firstIsCategories =
    nSeries > 1 &&
    (at(0, 0).blank || Array.from({ length: nPoints - 1 }, (_, j) => at(0, j + 1)).every(isText));
  const firstIsNames =
    nPoints > 1 &&
    Array.from({ length: nSeries - (firstIsCategories ? 1 : 0) }, (_, i) =>
      at(i + (firstIsCategories ? 1 : 0), 0),
    ).every((k) => isText(k) || k.blank);
  const s0 = firstIsCategories ? 1 : 0;
  const p0 = firstIsNames ? 1 : 0;
  const categories = firstIsCategories
    ? Array.from({ length: nPoints - p0 }, (_, j) => {
        const v = value(0, j + p0);
        return typeof v === "number" || typeof v === "string" ? v : "";
      })
    : null;
  const series = Array.from({ length: nSeries - s0 }, (_, i) => {
    const name = firstIsNames ? value(i + s0, 0) : null;
    return {
      name: typeof name === "string" || typeof name === "number" ? String(name) : null,
      values: Array.from({ length: nPoints - p0 }, (_, j) => {
        const k = at(i + s0, j + p0);
        return k.blank ? null : (k.number ?? 0);
      }),
    };
  });
  return { categories, series };
}

export class FakeChartCollection
  extends FakeObject
  implements Surface<Excel.ChartCollection, "add" | "items" | "getItem" | "load">
{
  private itemList: FakeChart[] | null = null;
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context, "ChartCollection");
  }
  protected override readScalar(prop: string): unknown {
    throw fail.invalidArgument("ChartCollection.load", `Unsupported property '${prop}'.`);
  }
  protected override navigate(prop: string): FakeObject | null {
    return prop === "items" ? (this as FakeObject) : null;
  }
  override loadNow(props: string[]): void {
    const sheet = this.ws.sheet();
    this.itemList = sheet.charts.map(
      (c) =>
        new FakeChart(
          this.context,
          () => this.ws.sheet(),
          () => c.name,
        ),
    );
    const sub = props.map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    for (const it of this.itemList) it.loadNow(sub.length ? sub : ["name"]);
  }
  get items(): FakeChart[] {
    if (!this.itemList) throw fail.notLoaded("items", "ChartCollection.items");
    return this.itemList;
  }
  getItem(name: string): FakeChart {
    return new FakeChart(
      this.context,
      () => this.ws.sheet(),
      () => name,
    );
  }
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let name: string | null = null;
    this.context.enqueue({
      kind: "write",
      run: () => {
        const sheet = this.ws.sheet();
        // Like Excel, an unknown type or orientation fails the batch at sync.
        if (!CHART_TYPES.has(type))
          throw fail.invalidArgument("ChartCollection.add", `Unknown chart type '${type}'.`);
        if (!SERIES_BY.has(seriesBy))
          throw fail.invalidArgument("ChartCollection.add", `Unknown seriesBy '${seriesBy}'.`);
        const rect = source.rect();
        if (rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS)
          throw fail.invalidArgument("ChartCollection.add", "The source range is outside the sheet.");
        if (source.sheetRef() !== sheet)
          throw fail.invalidArgument(
            "ChartCollection.add",
            "The fake draws from the chart's own sheet only.",
          );
        sheet.assertFormattable("ChartCollection.add");
        name = `Chart ${sheet.charts.length + 1}`;
        while (sheet.charts.some((c) => c.name === name)) name += "'";
        const layout = layoutChart(sheet, rect, seriesBy);
        sheet.charts.push({ name, type, source: rect, title: null, seriesBy, ...layout });
      },
    });
    return new FakeChart(
      this.context,
      () => this.ws.sheet(),
      () => {
        if (!name) throw fail.general("Chart");
        return name;
      },
    );
  }
}

/** The value axis's bounds (ExcelApi 1.1: a number, or "" for automatic). */
class FakeValueAxis {
  constructor(
    private readonly context: FakeContext,
    private readonly chart: () => ChartModel,
  ) {}
  private bound(which: "axisMin" | "axisMax", v: unknown): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        if (v !== "" && (typeof v !== "number" || !Number.isFinite(v)))
          throw fail.invalidArgument(`ChartAxis.${which === "axisMin" ? "minimum" : "maximum"}`);
        const c = this.chart();
        if (v === "") delete c[which];
        else c[which] = v as number;
      },
    });
  }
  set minimum(v: unknown) {
    this.bound("axisMin", v);
  }
  set maximum(v: unknown) {
    this.bound("axisMax", v);
  }
}

export class FakeChart
  extends FakeObject
  implements
    Surface<Excel.Chart, "name" | "title" | "axes" | "displayBlanksAs" | "delete" | "setPosition" | "load">
{
  readonly title: { text: string };
  readonly axes: { valueAxis: FakeValueAxis };
  constructor(
    context: FakeContext,
    private readonly sheetRef: () => SheetModel,
    private readonly nameRef: () => string,
  ) {
    super(context, "Chart");
    const chart = () => this.chart();
    this.title = {
      set text(v: string) {
        context.enqueue({ kind: "write", run: () => (chart().title = v) });
      },
      get text(): string {
        throw fail.notLoaded("text", "ChartTitle.text");
      },
    };
    this.axes = { valueAxis: new FakeValueAxis(context, chart) };
  }
  private chart() {
    const c = this.sheetRef().charts.find((x) => x.name === this.nameRef());
    if (!c) throw fail.itemNotFound("ChartCollection.getItem");
    return c;
  }
  protected override readScalar(prop: string): unknown {
    if (prop === "name") return this.chart().name;
    throw fail.invalidArgument("Chart.load", `Unsupported property '${prop}'.`);
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get displayBlanksAs(): string {
    return this.loadedValue("displayBlanksAs");
  }
  /** ExcelApi 1.8: an older host fails the batch with ApiNotFound. */
  set displayBlanksAs(v: string) {
    this.context.requireApi("1.8", "Chart.displayBlanksAs");
    this.context.enqueue({
      kind: "write",
      run: () => {
        if (!BLANKS_AS.has(v)) throw fail.invalidArgument("Chart.displayBlanksAs");
        this.chart().displayBlanksAs = v;
      },
    });
  }
  setPosition(start: unknown, end?: unknown): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        // A Range or an address on the chart's sheet.
        const address = (r: unknown): Rect => {
          const rect = typeof r === "string" ? parseRect(r) : (r as FakeRange).rect?.();
          if (!rect) throw fail.invalidArgument("Chart.setPosition");
          return rect;
        };
        const from = address(start);
        const to = end === undefined ? null : address(end);
        if (to && (to.bottom < from.top || to.right < from.left))
          throw fail.invalidArgument("Chart.setPosition");
        this.chart().position = { from, to };
      },
    });
  }
  delete(): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const s = this.sheetRef();
        const c = this.chart();
        s.charts = s.charts.filter((x) => x !== c);
      },
    });
  }
}
