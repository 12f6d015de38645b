/**
 * The chart's data: unit and index of the first ranked group, two adjacent columns so one
 * ExcelApi 1.1 chart can take them as its source. (The ranking sheets themselves come from the core.)
 */
import type { Lang } from "../messages/lang";
import { neutralise } from "../output/neutralise";
import type { SheetBlock } from "../output/sheet-block";
import type { RankingReport } from "../reports/schemas";
import type { ChartSpec } from "./port";

const TEXT = {
  vi: { sheet: "Biểu đồ CCHC", unit: "Đơn vị", index: "Chỉ số CCHC (%)", title: "Chỉ số CCHC theo đơn vị" },
  en: { sheet: "CCHC chart", unit: "Unit", index: "PAR index (%)", title: "PAR index by unit" },
};

export function chartBlock(
  ranking: RankingReport,
  lang: Lang,
): { block: SheetBlock; chart: ChartSpec } | null {
  const t = TEXT[lang];
  const rows = ranking.groups.flatMap((g) =>
    g.rows.map((r) => ({
      label: ranking.groups.length > 1 ? `${r.unit} (${g.group})` : r.unit,
      index: r.index,
    })),
  );
  const withIndex = rows.filter((r): r is { label: string; index: number } => r.index !== null);
  if (withIndex.length === 0) return null;
  // A bar chart draws its first category at the bottom: list lowest first so the best unit is on top.
  withIndex.reverse();
  const block: SheetBlock = {
    name: t.sheet,
    rows: [[t.unit, t.index], ...withIndex.map((r) => [neutralise(r.label), r.index])],
    headerRows: [0],
    columnWidths: [40, 16],
    numberColumns: [1],
    links: [],
  };
  return {
    block,
    chart: { headerRow: 0, lastRow: withIndex.length, categoryCol: 0, valueCol: 1, title: t.title },
  };
}
