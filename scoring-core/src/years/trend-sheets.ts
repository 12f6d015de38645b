/**
 * The trend workbook's sheets: index, rank and class per year with the change; each field as a
 * share of its maximum per year; who fell most; units that matched no later year.
 */
import type { Lang } from "../messages/lang";
import { BlockBuilder } from "../output/block-builder";
import type { SheetBlock } from "../output/sheet-block";
import { trendChartSheets } from "./trend-chart-sheets";
import type { TrendReport } from "./trends";

const L = {
  vi: {
    index: "Xu hướng chỉ số",
    fields: "Xu hướng lĩnh vực",
    fell: "Giảm nhiều nhất",
    unmatched: "Đơn vị chưa khớp",
    title: (a: string, b: string) => `XU HƯỚNG CHỈ SỐ CCHC CÁC NĂM ${a}–${b}`,
    no: "STT",
    unit: "Đơn vị",
    group: "Nhóm",
    former: "Tên các năm trước",
    indexOf: (y: string) => `Chỉ số ${y} (%)`,
    rankOf: (y: string) => `Hạng ${y}`,
    classOf: (y: string) => `Xếp loại ${y}`,
    merged: (names: string) => `Sáp nhập từ: ${names}`,
    change: "Thay đổi so với năm trước",
    total: "Thay đổi cả kỳ",
    field: "Lĩnh vực",
    shareOf: (y: string) => `${y} (% tối đa)`,
    fieldsTitle: "ĐIỂM TỪNG LĨNH VỰC THEO TỶ LỆ ĐIỂM TỐI ĐA",
    fellTitle: "CÁC ĐƠN VỊ CÓ CHỈ SỐ GIẢM NHIỀU NHẤT SO VỚI NĂM TRƯỚC",
    unmatchedTitle: "ĐƠN VỊ KHÔNG TÌM THẤY Ở NĂM SAU (sáp nhập, đổi tên hoặc giải thể chưa khai báo)",
    year: "Năm",
    none: "Không có",
  },
  en: {
    index: "Index trend",
    fields: "Field trend",
    fell: "Fell most",
    unmatched: "Unmatched units",
    title: (a: string, b: string) => `ADMINISTRATIVE REFORM INDEX ${a}–${b}`,
    no: "No.",
    unit: "Unit",
    group: "Group",
    former: "Earlier names",
    indexOf: (y: string) => `Index ${y} (%)`,
    rankOf: (y: string) => `Rank ${y}`,
    classOf: (y: string) => `Class ${y}`,
    merged: (names: string) => `Merged from: ${names}`,
    change: "Change from previous year",
    total: "Change over the period",
    field: "Field",
    shareOf: (y: string) => `${y} (% of max)`,
    fieldsTitle: "FIELD POINTS AS A SHARE OF THE MAXIMUM",
    fellTitle: "UNITS WHOSE INDEX FELL MOST FROM THE PREVIOUS YEAR",
    unmatchedTitle: "UNITS NOT FOUND IN A LATER YEAR (merged, renamed or dissolved without a mapping)",
    year: "Year",
    none: "None",
  },
} as const;

const yearText = (y: number | null): string => (y === null ? "?" : String(y));

export function trendSheets(t: TrendReport, lang: Lang): SheetBlock[] {
  const l = L[lang];
  const years = t.years.map(yearText);
  const first = years[0] ?? "?";
  const last = years[years.length - 1] ?? "?";

  const idx = new BlockBuilder();
  idx.title(l.title(first, last));
  idx.blank();
  idx.header([
    l.no,
    l.unit,
    l.group,
    ...years.flatMap((y) => [l.indexOf(y), l.rankOf(y), l.classOf(y)]),
    l.change,
    l.total,
    l.former,
  ]);
  const numberCols = years.flatMap((_, i) => [3 + i * 3]);
  t.units.forEach((u, i) => {
    const lastYear = u.years[u.years.length - 1];
    idx.row([
      i + 1,
      u.unit,
      u.group,
      ...u.years.flatMap((y) =>
        y.mergedFrom.length > 0
          ? [null, null, l.merged(y.mergedFrom.map((m) => m.unit).join(", "))]
          : [y.index, y.rank, y.classification],
      ),
      lastYear?.change ?? null,
      u.totalChange,
      u.formerNames.join("; "),
    ]);
  });
  const changeCol = 3 + years.length * 3;
  const index = {
    ...idx.build(
      l.index,
      [5, 34, 18, ...years.flatMap(() => [11, 7, 12]), 12, 12, 30],
      [...numberCols, changeCol, changeCol + 1],
    ),
    wrapColumns: [1, 2, 3 + years.length * 3 + 2],
    centerColumns: [0, ...years.map((_, i) => 4 + i * 3)],
  };

  const fb = new BlockBuilder();
  fb.title(l.fieldsTitle);
  fb.blank();
  fb.header([l.unit, l.group, l.field, ...years.map(l.shareOf)]);
  for (const u of t.units)
    for (const f of u.fields) fb.row([u.unit, u.group, `${f.code}. ${f.title}`, ...f.shares]);
  const fields = {
    ...fb.build(
      l.fields,
      [34, 18, 40, ...years.map(() => 12)],
      years.map((_, i) => 3 + i),
    ),
    wrapColumns: [0, 1, 2],
  };

  const fl = new BlockBuilder();
  fl.title(l.fellTitle);
  fl.blank();
  fl.header([l.no, l.unit, l.group, l.change]);
  t.fellMost.forEach((f, i) => fl.row([i + 1, f.unit, f.group, f.change]));
  if (t.fellMost.length === 0) fl.row([null, l.none]);
  const fell = { ...fl.build(l.fell, [5, 34, 18, 14], [3]), wrapColumns: [1, 2], centerColumns: [0] };

  const um = new BlockBuilder();
  um.title(l.unmatchedTitle);
  um.blank();
  um.header([l.no, l.unit, l.group, l.year]);
  t.unmatched.forEach((u, i) => um.row([i + 1, u.unit, u.group, u.year]));
  if (t.unmatched.length === 0) um.row([null, l.none]);
  const unmatched = {
    ...um.build(l.unmatched, [5, 34, 18, 8], []),
    wrapColumns: [1, 2],
    centerColumns: [0, 3],
  };

  // The chart sheets come after the index table they summarise.
  return [index, ...trendChartSheets(t, lang), fields, fell, unmatched];
}
