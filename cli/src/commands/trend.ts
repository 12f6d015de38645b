/**
 * `cchc trend <ranking-2023.xlsx> <ranking-2024.xlsx> … --out xu-huong.xlsx [--renames sap-xep.xlsx] [--json]`:
 * each year's ranking workbook carries its results in a tool sheet; this reads them back and
 * writes the trends (core buildTrends + trendSheets).
 */
import {
  YEAR_RECORD_SHEET,
  buildTrends,
  isYearRecordGrid,
  readRenames,
  readYearRecord,
  trendSheets,
  type Lang,
  type TrendReport,
  type YearRecord,
} from "@cchc/scoring-core";
import { blockSheet, writeWorkbook } from "@cchc/xlsx-grid";
import { parseCommandArgs, requireOpt, stringOpt } from "../args/parse";
import { CliError, EXIT_OK } from "../io/cli-error";
import type { Console } from "../io/console";
import { displayPath } from "../io/display-path";
import { openWorkbookOrThrow } from "../io/read-workbook";
import { assertCanWrite, writeOutput } from "../io/write-output";

const HELP: Record<Lang, string> = {
  vi: `cchc trend <xep-hang-nam-1.xlsx> <xep-hang-nam-2.xlsx>… --out xu-huong.xlsx [tuỳ chọn]

Đọc lại kết quả các năm từ các tệp xếp hạng do "cchc rank" tạo ra (sheet "${YEAR_RECORD_SHEET}")
và ghi xu hướng: chỉ số, hạng, xếp loại từng năm và mức thay đổi; điểm từng lĩnh vực theo tỷ lệ
điểm tối đa; đơn vị giảm nhiều nhất; đơn vị không khớp được giữa các năm.

  --out <tệp.xlsx>        tệp xu hướng sẽ ghi (bắt buộc)
  --renames <tệp.xlsx>    danh sách sắp xếp đơn vị: cột "Tên cũ" và "Tên mới" (sáp nhập, đổi tên)
  --json                  in kết quả dạng JSON
  --lang vi|en            ngôn ngữ
`,
  en: `cchc trend <ranking-year-1.xlsx> <ranking-year-2.xlsx>… --out trends.xlsx [options]

Reads each year's results back from ranking workbooks written by "cchc rank" (sheet
"${YEAR_RECORD_SHEET}") and writes the trends: index, rank and class per year with the change;
field points as a share of the maximum; who fell most; units that match no later year.

  --out <file.xlsx>       the trend workbook to write (required)
  --renames <file.xlsx>   a reorganisation list: an "Old" and a "New" column (mergers, renames)
  --json                  print the result as JSON
  --lang vi|en            language
`,
};

const M = {
  vi: {
    missing: "Thiếu tệp xếp hạng: cần ít nhất một tệp do “cchc rank” tạo ra.",
    noRecord: (f: string) =>
      `Tệp ${f} không có dữ liệu kết quả năm (sheet “${YEAR_RECORD_SHEET}”). Hãy dùng tệp xếp hạng do “cchc rank” của phiên bản này trở lên tạo ra.`,
    unreadable: (f: string, why: string) => `Tệp ${f}: dữ liệu kết quả năm bị hỏng, không đọc được (${why}).`,
    noRenames: (f: string) => `Tệp ${f} không có bảng có cột “Tên cũ” và “Tên mới”.`,
    incomplete: (f: string, rows: string) => `${f}: các dòng ${rows} chỉ có một trong hai tên, đã bỏ qua.`,
    written: (out: string, units: number, years: string, unmatched: number) =>
      `Đã ghi xu hướng ${units} đơn vị qua các năm ${years} vào ${out}` +
      (unmatched > 0 ? `; ${unmatched} đơn vị không khớp được (xem sheet “Đơn vị chưa khớp”).` : "."),
    sameYear: (y: string) => `Hai tệp cùng là kết quả năm ${y}: mỗi năm chỉ đưa một tệp.`,
  },
  en: {
    missing: "No ranking file given: at least one written by “cchc rank” is needed.",
    noRecord: (f: string) =>
      `${f} holds no year results (sheet “${YEAR_RECORD_SHEET}”). Use a ranking workbook written by this version of “cchc rank” or later.`,
    unreadable: (f: string, why: string) => `${f}: the year results are damaged and cannot be read (${why}).`,
    noRenames: (f: string) => `${f} has no table with an “Old” and a “New” column.`,
    incomplete: (f: string, rows: string) =>
      `${f}: rows ${rows} give only one of the two names and were skipped.`,
    written: (out: string, units: number, years: string, unmatched: number) =>
      `Trends of ${units} units over ${years} written to ${out}` +
      (unmatched > 0 ? `; ${unmatched} units could not be matched (see the “Unmatched units” sheet).` : "."),
    sameYear: (y: string) => `Two files hold the results of ${y}: give one file per year.`,
  },
} as const;

/** The year record a ranking workbook carries; a clear error when it has none. */
export function readRankingRecord(file: string, lang: Lang): YearRecord {
  const { grids } = openWorkbookOrThrow(file, lang);
  const grid = grids.find(isYearRecordGrid);
  if (!grid) throw new CliError(M[lang].noRecord(displayPath(file)), 2);
  const read = readYearRecord(grid);
  if (!read.ok) throw new CliError(M[lang].unreadable(displayPath(file), read.detail), 2);
  return read.record;
}

/** The reorganisation list (old name → new name) of --renames; a clear error when it has none. */
export function readRenamesFile(file: string, lang: Lang, io: Console): Map<string, string> {
  const { grids } = openWorkbookOrThrow(file, lang);
  const read = grids.map(readRenames).find((r) => r.found);
  if (!read) throw new CliError(M[lang].noRenames(displayPath(file)), 2);
  if (read.incompleteRows.length > 0)
    io.err(`${M[lang].incomplete(displayPath(file), read.incompleteRows.join(", "))}\n`);
  return read.renames;
}

export function trendJson(t: TrendReport): unknown {
  return {
    units: t.units.map((u) => ({
      unit: u.unit,
      group: u.group,
      years: u.years.map((y) => ({
        year: y.year,
        index: y.index,
        rank: y.rank,
        classification: y.classification,
        // Added after the first contract: appended so existing readers see the same order.
        change: y.change,
        mergedFrom: y.mergedFrom,
      })),
    })),
    unmatched: t.unmatched,
  };
}

export function runTrend(argv: string[], io: Console): number {
  const p = parseCommandArgs("trend", argv, {
    out: { type: "string" },
    renames: { type: "string" },
    json: { type: "boolean" },
  });
  const lang = p.lang;
  if (p.help) {
    io.out(HELP[lang]);
    return EXIT_OK;
  }
  const files = p.positionals;
  if (files.length === 0) throw new CliError(M[lang].missing, 2);
  const out = requireOpt(p, "out", "trend");
  const renamesFile = stringOpt(p, "renames");
  assertCanWrite(out, renamesFile ? [...files, renamesFile] : files, lang, p.values.force === true);

  const records = files.map((f) => readRankingRecord(f, lang));
  const years = new Set<number>();
  for (const r of records) {
    if (r.year === null) continue;
    if (years.has(r.year)) throw new CliError(M[lang].sameYear(String(r.year)), 2);
    years.add(r.year);
  }
  const renames = renamesFile ? readRenamesFile(renamesFile, lang, io) : new Map<string, string>();
  const trends = buildTrends(records, { renames });
  writeOutput(out, writeWorkbook(trendSheets(trends, lang).map((b) => blockSheet(b))), lang);
  if (p.values.json === true) io.out(JSON.stringify(trendJson(trends), null, 2));
  else
    io.out(
      M[lang].written(
        displayPath(out),
        trends.units.length,
        trends.years.map((y) => y ?? "?").join(", "),
        trends.unmatched.length,
      ),
    );
  return EXIT_OK;
}
