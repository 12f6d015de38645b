/**
 * Three generated years of the sample province (cli/samples/nhieu-nam, DỮ LIỆU MẪU) with the 2025
 * reorganisation between 2024 and 2025: `cchc rank` for each year → `cchc trend` → `cchc plan`,
 * and the report's "so với năm trước". Every figure is checked against the year's own ranking:
 * units matched across the reorganisation carry their old figures, merged units their
 * predecessors', and the district left out of the mapping is listed as unmatched, not dropped.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import * as XLSX from "@e965/xlsx";
import { YEAR_RECORD_SHEET, readYearRecord, type Grid, type YearRecord } from "@cchc/scoring-core";
import { cchc, looksLikeCrash } from "../support/bundle";
import { tempDir } from "../support/files";

const YEARS_DIR = join(__dirname, "..", "..", "samples", "nhieu-nam");
const MAPPING = join(YEARS_DIR, "sap-xep-don-vi-2025.xlsx");
const YEARS = [2023, 2024, 2025] as const;
const dir = tempDir("cchc-sample-years-");

/** Old name → new name, as in the sample's mapping file (Phú Lộc is missing on purpose). */
const REORG: Record<string, string> = {
  "Sở Lao động - Thương binh và Xã hội": "Sở Nội vụ",
  "Sở Kế hoạch và Đầu tư": "Sở Tài chính",
  "Sở Tài nguyên và Môi trường": "Sở Nông nghiệp và Môi trường",
  "Sở Nông nghiệp và Phát triển nông thôn": "Sở Nông nghiệp và Môi trường",
  "UBND huyện Hòa Bình": "UBND xã Hòa Bình",
  "UBND thị xã An Khánh": "UBND phường An Khánh",
  "UBND huyện Tân Phú": "UBND xã Tân Phú",
  // The 2023 spelling variant, matched by name folding (not by the mapping file).
  "Sở Y Tế": "Sở Y tế",
};
const newName = (old: string): string => REORG[old] ?? old;

interface RankRow {
  unit: string;
  group: string;
  index: number | null;
  rank: number | null;
}

const ranking = (y: number) => join(dir, `xep-hang-${y}.xlsx`);
const ranked = new Map<number, RankRow[]>();

function recordOf(file: string): YearRecord {
  const wb = XLSX.readFile(file);
  const ws = wb.Sheets[YEAR_RECORD_SHEET]!;
  const values = XLSX.utils.sheet_to_json<(string | number | null)[]>(ws, { header: 1, defval: null });
  const read = readYearRecord({ sheet: YEAR_RECORD_SHEET, values } as Grid);
  if (!read.ok) throw new Error(read.detail);
  return read.record;
}

function rankYear(y: number, extra: string[] = []) {
  const sets = readdirSync(join(YEARS_DIR, String(y), "bo-tieu-chi")).flatMap((f) => [
    "--framework",
    join(YEARS_DIR, String(y), "bo-tieu-chi", f),
  ]);
  return cchc([
    "rank",
    join(YEARS_DIR, String(y), "don-vi"),
    "--units",
    join(YEARS_DIR, String(y), "danh-sach-don-vi.xlsx"),
    "--survey",
    join(YEARS_DIR, String(y), "dieu-tra-xa-hoi-hoc.xlsx"),
    ...sets,
    "--year",
    String(y),
    "--out",
    ranking(y),
    "--json",
    "--force",
    ...extra,
  ]);
}

beforeAll(() => {
  for (const y of YEARS) {
    const r = rankYear(y);
    expect(looksLikeCrash(r.stderr)).toBe(false);
    expect(r.status).toBe(0);
    ranked.set(y, (JSON.parse(r.stdout) as { units: RankRow[] }).units);
  }
});

describe("three sample years with a reorganisation", () => {
  it("ranks every unit of every year with no error (sample data)", () => {
    expect(ranked.get(2023)!.map((u) => u.unit)).toContain("Sở Y Tế");
    expect(ranked.get(2023)).toHaveLength(12);
    expect(ranked.get(2024)).toHaveLength(12);
    expect(ranked.get(2025)).toHaveLength(10);
    for (const y of YEARS) for (const u of ranked.get(y)!) expect(u.index).not.toBeNull();
  });

  it("trend matches units across the reorganisation, with every year's figure", () => {
    const r = cchc([
      "trend",
      ...YEARS.map(ranking),
      "--renames",
      MAPPING,
      "--out",
      join(dir, "xu-huong.xlsx"),
      "--json",
      "--force",
    ]);
    expect(looksLikeCrash(r.stderr)).toBe(false);
    expect(r.status).toBe(0);
    const t = JSON.parse(r.stdout) as {
      units: {
        unit: string;
        group: string;
        years: {
          year: number;
          index: number | null;
          rank: number | null;
          change: number | null;
          mergedFrom: { unit: string; index: number | null }[];
        }[];
      }[];
      unmatched: { unit: string; group: string; year: number }[];
    };
    // Exactly the 2025 units, in their 2025 groups.
    expect(t.units.map((u) => `${u.group}|${u.unit}`).sort()).toEqual(
      ranked
        .get(2025)!
        .map((u) => `${u.group}|${u.unit}`)
        .sort(),
    );
    for (const u of t.units) {
      expect(u.years.map((y) => y.year)).toEqual([...YEARS]);
      let previous: number | null = null;
      for (const y of u.years) {
        const before = ranked.get(y.year)!.filter((p) => newName(p.unit) === u.unit);
        if (before.length === 1) {
          expect([u.unit, y.year, y.index === null ? null : Math.round(y.index * 100) / 100]).toEqual([
            u.unit,
            y.year,
            before[0]!.index,
          ]);
          expect(y.rank).toBe(before[0]!.rank);
          expect(y.mergedFrom).toEqual([]);
        } else if (before.length > 1) {
          // A merger: no invented index, the predecessors' own figures instead.
          expect(y.index).toBeNull();
          expect(y.mergedFrom.map((m) => m.unit).sort()).toEqual(before.map((b) => b.unit).sort());
          for (const m of y.mergedFrom)
            expect(Math.round(m.index! * 100) / 100).toBe(before.find((b) => b.unit === m.unit)!.index);
        } else {
          expect([u.unit, y.year, y.index, y.mergedFrom]).toEqual([u.unit, y.year, null, []]);
        }
        if (y.index !== null && previous !== null) expect(y.change).toBeCloseTo(y.index - previous, 8);
        else expect(y.change).toBeNull();
        if (y.index !== null) previous = y.index;
      }
    }
    // The three mergers, the new department and the renamed districts, by name.
    const unit = (n: string) => t.units.find((u) => u.unit === n)!;
    for (const n of ["Sở Nội vụ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường"])
      expect(
        unit(n)
          .years.slice(0, 2)
          .map((y) => y.mergedFrom.length),
      ).toEqual([2, 2]);
    expect(unit("Sở Dân tộc và Tôn giáo").years.map((y) => y.index === null)).toEqual([true, true, false]);
    expect(unit("UBND xã Hòa Bình").years.every((y) => y.index !== null)).toBe(true);
    expect(unit("Sở Y tế").years.every((y) => y.index !== null)).toBe(true);
    // The district missing from the mapping is listed for both years, not dropped.
    expect(t.unmatched).toEqual([
      { unit: "UBND huyện Phú Lộc", group: "UBND cấp huyện", year: 2023 },
      { unit: "UBND huyện Phú Lộc", group: "UBND cấp huyện", year: 2024 },
    ]);
    // The workbook charts each group with one line per unit.
    const wb = XLSX.readFile(join(dir, "xu-huong.xlsx"));
    expect(wb.SheetNames).toEqual(
      expect.arrayContaining(["Biểu đồ - Sở, ban, ngành", "Biểu đồ - UBND xã, phường"]),
    );
    const zip = unzipSync(new Uint8Array(readFileSync(join(dir, "xu-huong.xlsx"))));
    const charts = Object.keys(zip).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(2);
    const series = charts.map((k) => (strFromU8(zip[k]!).match(/<c:ser>/g) ?? []).length).sort();
    expect(series).toEqual([4, 6]);
  });

  it("plan finds last year's units under their new names; a merged unit gets no index jump", () => {
    const r = cchc([
      "plan",
      ranking(2025),
      "--previous",
      ranking(2024),
      "--renames",
      MAPPING,
      "--out",
      join(dir, "ke-hoach.xlsx"),
      "--report",
      join(dir, "ke-hoach.docx"),
      "--json",
      "--force",
    ]);
    expect(looksLikeCrash(r.stderr)).toBe(false);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      plan: {
        year: number;
        fields: { group: string; code: string; lost: number; max: number; shareChange: number | null }[];
        tasks: { group: string; deadline: string; lead: string; task: string }[];
      };
      inspection: { unit: string; reasons: { kind: string; value: number }[] }[];
    };
    expect(out.plan.year).toBe(2025);
    const now = recordOf(ranking(2025));
    const before = recordOf(ranking(2024));
    // Field losses: Σ (maximum − points) over the group's units, and the change of the share kept.
    const share = (rec: YearRecord, group: string, code: string) => {
      let max = 0;
      let lost = 0;
      for (const u of rec.units.filter((x) => x.group === group))
        for (const f of u.fields.filter((x) => x.code === code)) {
          max += f.max;
          lost += Math.max(0, f.max - f.points);
        }
      return { max, lost, kept: max > 0 ? ((max - lost) / max) * 100 : null };
    };
    expect(out.plan.fields.length).toBeGreaterThan(0);
    for (const f of out.plan.fields) {
      const e = share(now, f.group, f.code);
      expect(f.lost).toBeCloseTo(e.lost, 6);
      expect(f.max).toBeCloseTo(e.max, 6);
      const prev = share(before, f.group, f.code).kept;
      if (prev === null) expect(f.shareChange).toBeNull();
      else expect(f.shareChange).toBeCloseTo(e.kept! - prev, 1);
    }
    // The commune group did not exist in 2024 (districts then): no field change is invented.
    expect(
      out.plan.fields.filter((f) => f.group === "UBND xã, phường").every((f) => f.shareChange === null),
    ).toBe(true);
    for (const task of out.plan.tasks) expect(task.deadline).toBe("");
    // The Word Kế hoạch: its task table carries every task, each with its lead agency.
    const doc = strFromU8(
      unzipSync(new Uint8Array(readFileSync(join(dir, "ke-hoach.docx"))))["word/document.xml"]!,
    );
    expect(doc.includes("KẾ HOẠCH")).toBe(true);
    for (const h of ["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả đầu ra", "Thời hạn"])
      expect([h, doc.includes(`>${h}<`)]).toEqual([h, true]);
    expect(out.plan.tasks.length).toBeGreaterThan(0);
    for (const task of out.plan.tasks.slice(0, 3))
      expect(doc.includes(task.task.replace(/&/g, "&amp;").replace(/"/g, "&quot;"))).toBe(true);
    // Index jumps: from the unit's single 2024 predecessor; none for mergers or new units.
    const jump = (unit: string) =>
      out.inspection.find((c) => c.unit === unit)?.reasons.find((x) => x.kind === "index-jump")?.value ??
      null;
    const idx = (y: number, unit: string) => ranked.get(y)!.find((u) => u.unit === unit)!.index!;
    for (const [old, now2025] of [
      ["UBND huyện Hòa Bình", "UBND xã Hòa Bình"],
      ["UBND thị xã An Khánh", "UBND phường An Khánh"],
      ["UBND huyện Tân Phú", "UBND xã Tân Phú"],
      ["Sở Tư pháp", "Sở Tư pháp"],
      ["Sở Y tế", "Sở Y tế"],
    ] as const) {
      const d = idx(2025, now2025) - idx(2024, old);
      if (d > 0) expect(jump(now2025)).toBeCloseTo(d, 1);
      else expect(jump(now2025)).toBeNull();
    }
    for (const n of ["Sở Nội vụ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo"])
      expect(jump(n)).toBeNull();
  });

  it("the report compares with last year from its year record, and says when it must read headers", () => {
    const report = join(dir, "bao-cao-2025.docx");
    const r = rankYear(2025, ["--report", report, "--previous", ranking(2024), "--quiet"]);
    expect(looksLikeCrash(r.stderr)).toBe(false);
    expect(r.stderr).not.toContain("tiêu đề cột");
    const doc = strFromU8(unzipSync(new Uint8Array(readFileSync(report)))["word/document.xml"]!);
    const rec = recordOf(ranking(2024));
    const depts = rec.units.filter((u) => u.group === "Sở, ban, ngành" && u.rank !== null);
    const avg = depts.reduce((s, u) => s + u.index!, 0) / depts.length;
    const vi = (x: number) => x.toFixed(2).replace(".", ",");
    expect(doc.includes(`So với năm trước (${vi(avg)} %)`)).toBe(true);
    // The commune group is new in 2025: one change line only (the departments').
    expect(doc.split("So với năm trước (").length - 1).toBe(1);

    // A ranking without the record (an older version's file): read by headers, and said.
    const wb = XLSX.readFile(ranking(2024));
    wb.SheetNames = wb.SheetNames.filter((n) => n !== YEAR_RECORD_SHEET);
    const older = join(dir, "xep-hang-2024-cu.xlsx");
    XLSX.writeFile(wb, older);
    const r2 = rankYear(2025, ["--report", join(dir, "bao-cao-2.docx"), "--previous", older, "--quiet"]);
    expect(r2.stderr).toContain("không có dữ liệu kết quả năm");
    expect(r2.stderr).toContain("theo tiêu đề cột");
    const doc2 = strFromU8(
      unzipSync(new Uint8Array(readFileSync(join(dir, "bao-cao-2.docx"))))["word/document.xml"]!,
    );
    expect(doc2.includes(`So với năm trước (${vi(avg)} %)`)).toBe(true);
  });
});
