/**
 * "Xu hướng" in the consolidating hosts: the user gives past ranking workbooks (Excel: files
 * picked from disk; Sheets: past ranking spreadsheets by URL/ID), each carrying its year record;
 * the core matches units across the years (and a reorganisation list) and the host writes the
 * tool-owned trend sheets. A workbook without a record, with a damaged one or of a year already
 * given is skipped and named, never guessed at; the rest still make the trend.
 */
import type { Grid } from "../grid/grid";
import { inspectionList } from "../inspection/inspection-list";
import { inspectionSheet } from "../inspection/inspection-sheet";
import type { Lang } from "../messages/lang";
import type { SheetBlock } from "../output/sheet-block";
import { readRenames } from "../years/read-renames";
export { lineChartSource, type LineChartSource } from "../years/trend-chart-sheets";
import { retiredChartSheets } from "../years/trend-chart-sheets";
import { trendSheets } from "../years/trend-sheets";
import { buildTrends, type TrendReport, type UnmatchedUnit } from "../years/trends";
import { isYearRecordGrid, readYearRecord } from "../years/year-record-sheet";
import type { YearRecord } from "../years/year-record";
import { step, type Flow } from "./awaitable";
import type { WorkbookPort } from "./port";
import { ServiceError, type UnitFile } from "./service-contract";

export type TrendRequest =
  /** Excel: past ranking workbooks picked from disk, and the reorganisation list. */
  | { source: "files"; files: UnitFile[]; renamesFile?: UnitFile | null }
  /** Google Sheets: past ranking spreadsheets by URL or ID, and a reorganisation list's. */
  | { source: "spreadsheets"; refs: string[]; renamesRef?: string | null };

export type TrendSkipReason = "unreadable-file" | "no-record" | "damaged-record" | "same-year" | "no-renames";

export interface TrendSkip {
  /** The file name, URL or ID the user gave. */
  file: string;
  reason: TrendSkipReason;
  message: string;
}

export interface TrendReply {
  years: (number | null)[];
  units: number;
  unmatched: UnmatchedUnit[];
  /** Up to five units whose index fell most from the previous year. */
  fellMost: TrendReport["fellMost"];
  /**
   * The latest year's first five units proposed for inspection (the "Đề xuất kiểm tra" sheet, as
   * `cchc plan --previous` writes it), each reason with its figure.
   */
  inspect: { unit: string; group: string; reasons: string[] }[];
  sheets: string[];
  skipped: TrendSkip[];
}

/** One given workbook as the host read it: its sheets, or why it could not be read. */
export type TrendSource = { name: string; grids: Grid[] } | { name: string; error: string };

const M = {
  vi: {
    "no-record": (f: string) =>
      `${f}: không có dữ liệu kết quả năm (sheet “Dữ liệu CCHC (máy đọc)”) — không phải tệp xếp hạng do công cụ tạo ra, hoặc do phiên bản cũ tạo ra; đã bỏ qua.`,
    "damaged-record": (f: string, d: string) => `${f}: dữ liệu kết quả năm bị hỏng (${d}); đã bỏ qua.`,
    "same-year": (f: string, y: string) => `${f}: cùng là kết quả năm ${y} với một tệp khác; đã bỏ qua.`,
    "unreadable-file": (f: string, d: string) => `${f}: không đọc được (${d}); đã bỏ qua.`,
    "no-renames": (f: string) =>
      `${f}: không có bảng có cột “Tên cũ” và “Tên mới”; xu hướng được tính không có danh sách sắp xếp.`,
    none: "Không có tệp nào mang dữ liệu kết quả năm: hãy chọn các tệp xếp hạng do công cụ tạo ra.",
    noneHint: "Tệp xếp hạng do “cchc rank” hoặc công cụ này tạo ra có sheet “Dữ liệu CCHC (máy đọc)”.",
  },
  en: {
    "no-record": (f: string) =>
      `${f}: holds no year results (sheet “Dữ liệu CCHC (máy đọc)”) — not a ranking written by the tool, or by an older version; skipped.`,
    "damaged-record": (f: string, d: string) => `${f}: the year results are damaged (${d}); skipped.`,
    "same-year": (f: string, y: string) => `${f}: holds the ${y} results like another file; skipped.`,
    "unreadable-file": (f: string, d: string) => `${f}: cannot be read (${d}); skipped.`,
    "no-renames": (f: string) =>
      `${f}: has no table with an “Old” and a “New” column; the trend is computed without a reorganisation list.`,
    none: "No file holds year results: pick ranking workbooks written by the tool.",
    noneHint: "Ranking workbooks written by “cchc rank” or this tool have a “Dữ liệu CCHC (máy đọc)” sheet.",
  },
} as const;

export interface TrendBuild {
  report: TrendReport | null;
  /** Whom to inspect in the latest year (its previous year for the index jump). */
  inspection: ReturnType<typeof inspectionList>;
  /**
   * The sheets to write: the trend workbook's, the cli's own, with a chart sheet per group whose
   * block carries the line chart's description (`lineChart`); each host draws it natively. Then
   * whom to inspect (the "Đề xuất kiểm tra" sheet `cchc plan --previous` writes).
   */
  blocks: SheetBlock[];
  skipped: TrendSkip[];
}

/** Pure: the year records of the given workbooks → the trend and its sheets, with what was skipped. */
export function buildTrendSheets(
  sources: readonly TrendSource[],
  renames: TrendSource | null,
  lang: Lang,
): TrendBuild {
  const m = M[lang];
  const skipped: TrendSkip[] = [];
  const records: YearRecord[] = [];
  const years = new Set<number>();
  for (const s of sources) {
    if ("error" in s) {
      skipped.push({
        file: s.name,
        reason: "unreadable-file",
        message: m["unreadable-file"](s.name, s.error),
      });
      continue;
    }
    const grid = s.grids.find(isYearRecordGrid);
    if (!grid) {
      skipped.push({ file: s.name, reason: "no-record", message: m["no-record"](s.name) });
      continue;
    }
    const read = readYearRecord(grid);
    if (!read.ok) {
      skipped.push({
        file: s.name,
        reason: "damaged-record",
        message: m["damaged-record"](s.name, read.detail),
      });
      continue;
    }
    const y = read.record.year;
    if (y !== null && years.has(y)) {
      skipped.push({ file: s.name, reason: "same-year", message: m["same-year"](s.name, String(y)) });
      continue;
    }
    if (y !== null) years.add(y);
    records.push(read.record);
  }
  let mapping = new Map<string, string>();
  if (renames) {
    const found = "error" in renames ? undefined : renames.grids.map(readRenames).find((r) => r.found);
    if (found) mapping = found.renames;
    else if ("error" in renames)
      skipped.push({
        file: renames.name,
        reason: "unreadable-file",
        message: m["unreadable-file"](renames.name, renames.error),
      });
    else skipped.push({ file: renames.name, reason: "no-renames", message: m["no-renames"](renames.name) });
  }
  if (records.length === 0) return { report: null, inspection: [], blocks: [], skipped };
  const report = buildTrends(records, { renames: mapping });
  // Whom to inspect: the latest year against the one before, as `cchc plan --previous` lists them.
  const sorted = [...records].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const inspection = inspectionList(sorted[sorted.length - 1]!, {
    previous: sorted.length > 1 ? sorted[sorted.length - 2]! : null,
    renames: mapping,
  });
  const blocks = [...trendSheets(report, lang), inspectionSheet(inspection, lang)];
  return { report, inspection, blocks, skipped };
}

/** The flow: builds the trend and writes its tool-owned sheets ("Xu hướng …") in one port call. */
export function* writeTrends(
  port: WorkbookPort,
  sources: readonly TrendSource[],
  renames: TrendSource | null,
  lang: Lang,
): Flow<TrendReply> {
  const built = buildTrendSheets(sources, renames, lang);
  // Nothing usable: the same error in every host, naming each file and why it was skipped.
  if (!built.report)
    throw new ServiceError(
      M[lang].none,
      [M[lang].noneHint, ...built.skipped.map((x) => x.message)].join("\n"),
      "trends-none",
    );
  const names = built.blocks.map((b) => b.name);
  const written = yield* step(
    port.writeToolSheets(
      "trends",
      built.blocks.map((block) => ({ block })),
      // A group's chart sheet from an earlier run whose group has no data now: cleared, and says so.
      { retire: (owned) => retiredChartSheets(owned, names, lang).map((block) => ({ block })) },
    ),
  );
  const r = built.report;
  return {
    years: r.years,
    units: r.units.length,
    unmatched: r.unmatched,
    fellMost: r.fellMost.slice(0, 5),
    inspect: built.inspection
      .slice(0, 5)
      .map((c) => ({ unit: c.unit, group: c.group, reasons: c.reasons.map((x) => x.text) })),
    sheets: written.slice(0, built.blocks.length).map((w) => w.name),
    skipped: built.skipped,
  };
}
