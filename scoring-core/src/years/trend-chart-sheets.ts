/**
 * One chart sheet per group in the trend workbook: a small table (unit × year index) and a native
 * line chart over it, one line per unit. A group of more than ten units would be an unreadable
 * tangle, so its chart draws the five highest and the five lowest of the last year (the sheet says
 * so, and the full table stays on the index sheet). A year without a figure (a merged unit's past,
 * a unit held out) is a gap in its line, never 0.
 */
import type { Lang } from "../messages/lang";
import { BlockBuilder } from "../output/block-builder";
import type { OutLineChart, SheetBlock } from "../output/sheet-block";
import type { TrendReport, UnitTrend } from "./trends";
import { formatNumber } from "../messages/format-number";
import { candidateName } from "../workflow/tool-sheets";

/** More units than this in a group: the chart draws the top and bottom halves of this many. */
export const MAX_CHART_LINES = 10;

const L = {
  vi: {
    sheet: (g: string) => `Biểu đồ - ${g}`,
    title: (g: string, a: string, b: string) => `CHỈ SỐ CCHC CÁC NĂM ${a}–${b}: ${g.toLocaleUpperCase("vi")}`,
    chart: (g: string) => `Chỉ số CCHC qua các năm (%) — ${g}`,
    all: (n: number) => `Biểu đồ vẽ cả ${n} đơn vị của nhóm.`,
    some: (n: number, k: number, y: string) =>
      `Nhóm có ${n} đơn vị: biểu đồ vẽ ${k} đơn vị có chỉ số năm ${y} cao nhất và ${k} đơn vị thấp nhất; bảng đầy đủ ở sheet “Xu hướng chỉ số”.`,
    unit: "Đơn vị",
    place: "Vị trí năm cuối",
    notes: "Ghi chú",
    merged: (years: string, from: string) => `${years}: sáp nhập từ ${from} (không có chỉ số chung)`,
    top: "Cao nhất",
    bottom: "Thấp nhất",
  },
  en: {
    sheet: (g: string) => `Chart - ${g}`,
    title: (g: string, a: string, b: string) =>
      `ADMINISTRATIVE REFORM INDEX ${a}–${b}: ${g.toLocaleUpperCase("en")}`,
    chart: (g: string) => `Administrative Reform Index by year (%) — ${g}`,
    all: (n: number) => `The chart draws all ${n} units of the group.`,
    some: (n: number, k: number, y: string) =>
      `The group has ${n} units: the chart draws the ${k} with the highest ${y} index and the ${k} with the lowest; the full table is on the “Index trend” sheet.`,
    unit: "Unit",
    place: "Last year",
    notes: "Notes",
    merged: (years: string, from: string) => `${years}: merged from ${from} (no single index)`,
    top: "Highest",
    bottom: "Lowest",
  },
} as const;

const lastIndex = (u: UnitTrend): number | null => u.years[u.years.length - 1]?.index ?? null;

/**
 * The units a group's chart draws, in order: all of them when few; otherwise the top and bottom
 * halves of MAX_CHART_LINES by the last year's index (units without one cannot be placed).
 */
export function chartedUnits(units: readonly UnitTrend[]): {
  units: UnitTrend[];
  limited: boolean;
  place: Map<UnitTrend, "top" | "bottom">;
} {
  const place = new Map<UnitTrend, "top" | "bottom">();
  if (units.length <= MAX_CHART_LINES) return { units: [...units], limited: false, place };
  const k = MAX_CHART_LINES / 2;
  const placed = units
    .filter((u) => lastIndex(u) !== null)
    .sort((a, b) => lastIndex(b)! - lastIndex(a)! || a.unit.localeCompare(b.unit, "vi"));
  const top = placed.slice(0, k);
  const bottom = placed.slice(Math.max(k, placed.length - k));
  for (const u of top) place.set(u, "top");
  for (const u of bottom) place.set(u, "bottom");
  return { units: [...top, ...bottom], limited: true, place };
}

/** Lower bound of the value axis: the lowest index rounded down to ten, so lines do not hug the top. */
function axisMin(values: readonly (number | null)[]): number {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return 0;
  return Math.max(0, Math.floor((Math.min(...present) - 5) / 10) * 10);
}

/**
 * A merged unit has no index for the years before its merger (its line starts later): the note
 * names its predecessors and their figures, so the gap is explained, not hidden.
 */
function mergedNote(
  u: UnitTrend,
  merged: (years: string, from: string) => string,
  fmt: (x: number) => string,
): string | null {
  const byFrom = new Map<string, string[]>();
  u.years.forEach((y) => {
    if (y.mergedFrom.length === 0) return;
    const from = y.mergedFrom.map((m) => `${m.unit}${m.index === null ? "" : ` ${fmt(m.index)}`}`).join("; ");
    byFrom.set(from, [...(byFrom.get(from) ?? []), y.year === null ? "?" : String(y.year)]);
  });
  const notes = [...byFrom].map(([from, ys]) => merged(ys.join(", "), from));
  return notes.length > 0 ? notes.join("\n") : null;
}

export function trendChartSheets(t: TrendReport, lang: Lang): SheetBlock[] {
  const l = L[lang];
  const fmt = (x: number): string => formatNumber(x, lang, 2);
  const years = t.years.map((y) => (y === null ? "?" : String(y)));
  const first = years[0] ?? "?";
  const last = years[years.length - 1] ?? "?";
  const groups: string[] = [];
  for (const u of t.units) if (!groups.includes(u.group)) groups.push(u.group);
  return groups.map((group) => {
    const members = t.units.filter((u) => u.group === group);
    const chosen = chartedUnits(members);
    const b = new BlockBuilder();
    b.title(l.title(group, first, last));
    b.row([chosen.limited ? l.some(members.length, MAX_CHART_LINES / 2, last) : l.all(members.length)]);
    const header = b.header([l.unit, ...years, ...(chosen.limited ? [l.place] : []), l.notes]);
    const series: OutLineChart["series"] = [];
    for (const u of chosen.units) {
      const values = u.years.map((y) => y.index);
      const placeText = chosen.place.get(u);
      const row = b.row([
        u.unit,
        ...values,
        ...(chosen.limited ? [placeText ? l[placeText] : null] : []),
        mergedNote(u, l.merged, fmt),
      ]);
      series.push({ row, name: u.unit, values });
    }
    const block = b.build(
      l.sheet(group),
      [30, ...years.map(() => 9), ...(chosen.limited ? [12] : []), 40],
      years.map((_, i) => 1 + i),
    );
    const lineChart: OutLineChart = {
      title: l.chart(group),
      categoriesRow: header,
      fromCol: 1,
      toCol: years.length,
      categories: years,
      nameCol: 0,
      series,
      axisMin: axisMin(series.flatMap((s) => s.values)),
      axisMax: 100,
    };
    return { ...block, wrapColumns: [0, block.columnWidths.length - 1], lineChart };
  });
}

/** The one cell rectangle (0-based, inclusive) a host's native chart takes as its source. */
export interface LineChartSource {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Where a host's chart reads the description from: the categories row and the name column are
 * the rectangle's first row and column, one series per row below. Office.js (ExcelApi 1.1) and
 * Apps Script each take a single range plotted by rows, so the hosts only translate this; a
 * description whose series rows are not the ones right below the categories would be drawn
 * wrong, and fails here instead. Null when there is nothing to draw.
 */
export function lineChartSource(chart: OutLineChart): LineChartSource | null {
  if (chart.series.length === 0 || chart.toCol < chart.fromCol) return null;
  if (chart.nameCol !== chart.fromCol - 1) throw new Error("line chart: names must be left of the values");
  chart.series.forEach((s, i) => {
    if (s.row !== chart.categoriesRow + 1 + i)
      throw new Error("line chart: series rows must follow the categories");
    if (s.values.length !== chart.toCol - chart.fromCol + 1)
      throw new Error("line chart: one value per category");
  });
  return {
    top: chart.categoriesRow,
    left: chart.nameCol,
    bottom: chart.categoriesRow + chart.series.length,
    right: chart.toCol,
  };
}

/** A group's chart sheet as either language names it ("Biểu đồ - X", "Chart - X"), or a numbered copy. */
const CHART_SHEET = /^(?:biểu đồ|chart) - .+$/iu;
const NUMBERED = /\s\(\d+\)$/;

const RETIRED = {
  vi: {
    title: "KHÔNG CÒN DỮ LIỆU CHO NHÓM NÀY",
    text: "Lần tính xu hướng mới nhất không có đơn vị nào của nhóm này trong kết quả năm cuối, nên nhóm không có biểu đồ; bảng và biểu đồ cũ đã được xoá để không bị hiểu nhầm là số liệu mới. Sheet này do công cụ tạo, có thể xoá.",
  },
  en: {
    title: "NO DATA FOR THIS GROUP ANY MORE",
    text: "The latest trend run has no unit of this group in its last year's results, so the group has no chart; the old table and chart were removed so they are not taken for current figures. The tool made this sheet; you may delete it.",
  },
} as const;

/**
 * The tool's earlier chart sheets this run does not write (their group has no data now): each
 * gets a block saying so, written over it in place, and its old chart is removed — never a stale
 * chart beside the new ones. `owned` are the names the host knows the tool's trend sheets by;
 * `written` the names of this run's blocks. Other trend sheets are always rewritten, so only
 * chart sheets can go stale.
 */
export function retiredChartSheets(
  owned: readonly string[],
  written: readonly string[],
  lang: Lang,
): SheetBlock[] {
  // Every name this run's blocks may have in a host: as given (Sheets' metadata), or as a sheet
  // name within Excel's 31 characters, numbered when a user's sheet had it (candidateName).
  const current = new Set<string>();
  for (const w of written) {
    current.add(w.toLocaleLowerCase("vi"));
    for (let n = 1; n < 100; n++) current.add(candidateName(w, n).toLocaleLowerCase("vi"));
  }
  const seen = new Set<string>();
  const out: SheetBlock[] = [];
  for (const name of owned) {
    const key = name.toLocaleLowerCase("vi");
    if (!CHART_SHEET.test(name.replace(NUMBERED, "")) || current.has(key) || seen.has(key)) continue;
    seen.add(key);
    const b = new BlockBuilder();
    b.title(RETIRED[lang].title);
    b.row([RETIRED[lang].text]);
    const block = b.build(name, [100], []);
    // The block keeps the sheet's own name (a "… (2)" copy too): the host refreshes that sheet.
    out.push({ ...block, name, wrapColumns: [0] });
  }
  return out;
}
