/**
 * Across the years, end to end: `cchc rank` leaves its results in a machine-readable sheet of the
 * ranking workbook; `cchc trend` reads two years back, `cchc plan` writes the improvement plan and
 * the inspection proposal. The earlier year is the same ranking with its record edited (sample data).
 */
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import {
  YEAR_RECORD_SHEET,
  readYearRecord,
  yearRecordRows,
  type Grid,
  type YearRecord,
} from "@cchc/scoring-core";
import { blockSheet, writeWorkbook } from "@cchc/xlsx-grid";
import { cchc, looksLikeCrash } from "../support/bundle";
import { hashes, put, tempDir } from "../support/files";

const REPO = join(__dirname, "..", "..", "..");
const SAMPLES = join(REPO, "cli", "samples");
const dir = tempDir("cchc-years-");

function recordOf(file: string): YearRecord {
  const wb = XLSX.readFile(file);
  const ws = wb.Sheets[YEAR_RECORD_SHEET];
  if (!ws) throw new Error(`no ${YEAR_RECORD_SHEET} in ${wb.SheetNames.join(", ")}`);
  const values = XLSX.utils.sheet_to_json<(string | number | null)[]>(ws, { header: 1, defval: null });
  const read = readYearRecord({ sheet: YEAR_RECORD_SHEET, values } as Grid);
  if (!read.ok) throw new Error(read.detail);
  return read.record;
}

describe("cchc rank → trend → plan", () => {
  const ranking = join(dir, "xep-hang-2025.xlsx");
  let record: YearRecord;

  beforeAll(() => {
    const r = cchc([
      "rank",
      join(SAMPLES, "don-vi", "so-ban-nganh"),
      join(SAMPLES, "don-vi", "xa-phuong"),
      "--units",
      join(SAMPLES, "danh-sach-don-vi.xlsx"),
      "--survey",
      join(SAMPLES, "dieu-tra-xa-hoi-hoc.xlsx"),
      "--out",
      ranking,
      "--quiet",
    ]);
    expect(looksLikeCrash(r.stderr)).toBe(false);
    record = recordOf(ranking);
  });

  it("the ranking workbook carries every ranked unit's year results", () => {
    expect(record.units.length).toBeGreaterThan(4);
    expect(record.year).not.toBeNull();
    const ranked = record.units.filter((u) => u.rank !== null);
    expect(ranked.length).toBeGreaterThan(0);
    for (const u of record.units) expect(u.fields.length).toBeGreaterThan(0);
  });

  it("trend reads both years back and lists every unit's change (JSON contract)", () => {
    const earlier: YearRecord = {
      ...record,
      year: (record.year ?? 2025) - 1,
      units: record.units.map((u, i) => ({
        ...u,
        index: u.index === null ? null : Math.max(0, u.index - i),
      })),
    };
    const old = put(
      dir,
      "xep-hang-truoc.xlsx",
      writeWorkbook([
        blockSheet({
          name: YEAR_RECORD_SHEET,
          rows: yearRecordRows(earlier),
          headerRows: [],
          columnWidths: [60],
          numberColumns: [],
          links: [],
        }),
      ]),
    );
    const before = hashes([old, ranking]);
    const out = join(dir, "xu-huong.xlsx");
    const r = cchc(["trend", old, ranking, "--out", out, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      units: { unit: string; years: { year: number; index: number | null }[] }[];
      unmatched: unknown[];
    };
    expect(json.unmatched).toEqual([]);
    expect(json.units).toHaveLength(record.units.length);
    const second = record.units[1]!;
    const u = json.units.find((x) => x.unit === second.unit)!;
    expect(u.years.map((y) => y.year)).toEqual([earlier.year, record.year]);
    expect(u.years[1]!.index).toBe(second.index);
    expect(hashes([old, ranking])).toEqual(before);
    const wb = XLSX.readFile(out);
    expect(wb.SheetNames).toEqual([
      "Xu hướng chỉ số",
      "Biểu đồ - Sở, ban, ngành",
      "Biểu đồ - UBND xã, phường",
      "Xu hướng lĩnh vực",
      "Giảm nhiều nhất",
      "Đơn vị chưa khớp",
    ]);
  });

  it("plan writes the task table and the inspection proposal", () => {
    const out = join(dir, "ke-hoach.xlsx");
    const r = cchc(["plan", ranking, "--out", out, "--weights", "index-jump=3"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/nhiệm vụ dự kiến/);
    const wb = XLSX.readFile(out);
    expect(wb.SheetNames).toEqual([
      "Kế hoạch cải thiện",
      "Tiêu chí mất điểm",
      "Lĩnh vực mất điểm",
      "Điểm yếu từng đơn vị",
      "Đề xuất kiểm tra",
    ]);
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets["Kế hoạch cải thiện"]!, { header: 1 });
    expect(rows[2]).toEqual([
      "STT",
      "Nhiệm vụ",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Kết quả đầu ra",
      "Thời hạn",
    ]);
  });

  it("a workbook without year results, or a bad option, gets a clear Vietnamese message", () => {
    const plain = put(dir, "khac.xlsx", writeWorkbook([]));
    const r = cchc(["trend", plain, "--out", join(dir, "x.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/không có dữ liệu kết quả năm/);
    expect(looksLikeCrash(r.stderr)).toBe(false);
    const w = cchc(["plan", ranking, "--out", join(dir, "y.xlsx"), "--weights", "nhay-vot=2"]);
    expect(w.status).toBe(2);
    expect(w.stderr).toMatch(/không có lý do “nhay-vot”/);
  });
});
