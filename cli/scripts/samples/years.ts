/**
 * Three sample years of the sample province (DỮ LIỆU MẪU — not real results), for `cchc trend`
 * and `cchc plan` across a reorganisation: 2023 and 2024 have departments and district-level
 * units (UBND cấp huyện); in 2025 three pairs of departments merge and districts give way to
 * communes, mapped old → new by `sap-xep-don-vi-2025.xlsx`. One district is left out of the
 * mapping on purpose (it must be listed as unmatched, not dropped), one department is new in
 * 2025, and one name is typed differently in 2023 (matched by name variants). Each year has its
 * own criteria sets (the core's sample sets re-dated), units list and survey points.
 * Deterministic from YEARS_SEED.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { roundTo, SAMPLE_SETS, type CriteriaSet, type Criterion } from "@cchc/scoring-core";
import { slug } from "./names";
import { rng } from "./prng";
import { unitSheet } from "./unit-sheet";
import { PLAIN, workbookBytes } from "./unit-workbook";

export const YEARS_SEED = 20251217;
export const SAMPLE_YEARS = [2023, 2024, 2025] as const;
export const YEARS_DIR = "nhieu-nam";
export const MAPPING_FILE = "sap-xep-don-vi-2025.xlsx";

const DEPT = "Sở, ban, ngành";
const DISTRICT = "UBND cấp huyện";
const COMMUNE = "UBND xã, phường";

interface YearUnit {
  unit: string;
  group: string;
  unitType: "department" | "district" | "commune";
}

const before2025: YearUnit[] = [
  { unit: "Sở Nội vụ", group: DEPT, unitType: "department" },
  { unit: "Sở Lao động - Thương binh và Xã hội", group: DEPT, unitType: "department" },
  { unit: "Sở Tài chính", group: DEPT, unitType: "department" },
  { unit: "Sở Kế hoạch và Đầu tư", group: DEPT, unitType: "department" },
  { unit: "Sở Tài nguyên và Môi trường", group: DEPT, unitType: "department" },
  { unit: "Sở Nông nghiệp và Phát triển nông thôn", group: DEPT, unitType: "department" },
  { unit: "Sở Tư pháp", group: DEPT, unitType: "department" },
  { unit: "Sở Y tế", group: DEPT, unitType: "department" },
  { unit: "UBND huyện Hòa Bình", group: DISTRICT, unitType: "district" },
  { unit: "UBND thị xã An Khánh", group: DISTRICT, unitType: "district" },
  { unit: "UBND huyện Tân Phú", group: DISTRICT, unitType: "district" },
  { unit: "UBND huyện Phú Lộc", group: DISTRICT, unitType: "district" },
];

const in2025: YearUnit[] = [
  { unit: "Sở Nội vụ", group: DEPT, unitType: "department" },
  { unit: "Sở Tài chính", group: DEPT, unitType: "department" },
  { unit: "Sở Nông nghiệp và Môi trường", group: DEPT, unitType: "department" },
  { unit: "Sở Tư pháp", group: DEPT, unitType: "department" },
  { unit: "Sở Y tế", group: DEPT, unitType: "department" },
  { unit: "Sở Dân tộc và Tôn giáo", group: DEPT, unitType: "department" },
  { unit: "UBND xã Hòa Bình", group: COMMUNE, unitType: "commune" },
  { unit: "UBND phường An Khánh", group: COMMUNE, unitType: "commune" },
  { unit: "UBND xã Tân Phú", group: COMMUNE, unitType: "commune" },
  { unit: "UBND xã Long Hưng", group: COMMUNE, unitType: "commune" },
];

/** The 2025 reorganisation, old name → new name; "UBND huyện Phú Lộc" is missing on purpose. */
export const REORGANISATION: readonly (readonly [string, string, string])[] = [
  ["Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ", "Hợp nhất vào Sở Nội vụ"],
  ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Hợp nhất với Sở Tài chính"],
  ["Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường", "Hợp nhất thành sở mới"],
  ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường", "Hợp nhất thành sở mới"],
  ["UBND huyện Hòa Bình", "UBND xã Hòa Bình", "Không tổ chức cấp huyện; tiếp nhận tại xã"],
  ["UBND thị xã An Khánh", "UBND phường An Khánh", "Không tổ chức cấp huyện; tiếp nhận tại phường"],
  ["UBND huyện Tân Phú", "UBND xã Tân Phú", "Không tổ chức cấp huyện; tiếp nhận tại xã"],
];

/** The units of a year, with the 2023 spelling variant ("Sở Y Tế"). */
export function unitsOf(year: number): YearUnit[] {
  if (year >= 2025) return in2025;
  return before2025.map((u) => (year === 2023 && u.unit === "Sở Y tế" ? { ...u, unit: "Sở Y Tế" } : u));
}

/** The core's sample set re-dated to `year` (and, for districts, the commune set's items). */
function setFor(unitType: YearUnit["unitType"], year: number): CriteriaSet {
  const base = SAMPLE_SETS.find((s) => s.unitTypes.includes(unitType === "district" ? "commune" : unitType))!;
  const kind = unitType === "district" ? "district" : unitType;
  const name =
    unitType === "district"
      ? `Bộ tiêu chí Chỉ số CCHC UBND cấp huyện năm ${year} (mẫu — không phải văn bản chính thức)`
      : base.name.replace(/\d{4}/, String(year));
  return {
    ...base,
    id: `sample-${kind}-${year}`,
    name,
    year,
    unitTypes: [kind],
    evidencePeriod: { from: `${year}-01-01`, to: `${year}-12-31` },
  };
}

function surveyMax(nodes: readonly Criterion[], unitType: string): number {
  let total = 0;
  for (const n of nodes) {
    if (n.unitTypes && !n.unitTypes.includes(unitType)) continue;
    if (n.children && n.children.length > 0) total += surveyMax(n.children, unitType);
    else if (n.surveyScored || n.rule?.kind === "survey") total += n.maxByUnitType?.[unitType] ?? n.max;
  }
  return total;
}

/** Evidence references of the sample sheet are dated 2025: date them in the sheet's own year. */
function redate(ws: XLSX.WorkSheet, year: number): void {
  if (year === 2025) return;
  for (const [key, cell] of Object.entries(ws)) {
    if (key.startsWith("!")) continue;
    const c = cell as XLSX.CellObject;
    if (c.t === "s" && typeof c.v === "string") c.v = c.v.replace(/\/2025\b/g, `/${year}`);
  }
}

const key = (u: string) => u.replace(/^Sở Y Tế$/, "Sở Y tế");

/** Writes cli/samples/nhieu-nam/; returns the files written (relative to `dir`). */
export function generateYears(dir: string): string[] {
  const r = rng(YEARS_SEED);
  const root = join(dir, YEARS_DIR);
  rmSync(root, { recursive: true, force: true });
  const written: string[] = [];
  const write = (rel: string, bytes: Uint8Array | string) => {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, bytes);
    written.push(`${YEARS_DIR}/${rel}`);
  };
  // Each unit's level and its yearly drift, drawn once so a unit keeps its character.
  const profile = new Map<string, { base: number; drift: number }>();
  const profileOf = (unit: string) => {
    let p = profile.get(key(unit));
    if (!p) profile.set(key(unit), (p = { base: 0.6 + r.next() * 0.3, drift: -0.08 + r.next() * 0.16 }));
    return p;
  };
  for (const u of [...before2025, ...in2025]) profileOf(u.unit);

  for (const year of SAMPLE_YEARS) {
    const units = unitsOf(year);
    const sets = new Map<string, CriteriaSet>();
    for (const u of units) if (!sets.has(u.unitType)) sets.set(u.unitType, setFor(u.unitType, year));
    for (const set of sets.values())
      write(`${year}/bo-tieu-chi/${set.id}.json`, `${JSON.stringify(set, null, 2)}\n`);
    const listRows: (string | number)[][] = [];
    const surveyRows: (string | number)[][] = [];
    units.forEach((u, i) => {
      const p = profileOf(u.unit);
      const quality = Math.min(0.97, Math.max(0.4, p.base + p.drift * (year - 2023)));
      const set = sets.get(u.unitType)!;
      const ws = unitSheet({
        unit: u.unit,
        unitType: u.unitType,
        set,
        year,
        quality,
        variation: { ...PLAIN, appraisal: r.chance(0.5), missingEvidence: r.chance(0.3) ? r.int(1, 2) : 0 },
        rng: r,
      });
      redate(ws, year);
      const file = `${slug(u.unit)}.xlsx`;
      write(`${year}/don-vi/${file}`, workbookBytes([["Bảng chấm điểm", ws]]));
      listRows.push([i + 1, u.unit, u.group, u.unitType, file]);
      const sMax = surveyMax(set.fields, u.unitType);
      surveyRows.push([i + 1, u.unit, roundTo(sMax * Math.min(0.98, quality + 0.05), 2)]);
    });
    const list = XLSX.utils.aoa_to_sheet([
      [`DANH SÁCH ĐƠN VỊ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM ${year} (DỮ LIỆU MẪU)`],
      [],
      ["STT", "Đơn vị", "Nhóm", "Loại", "Tệp"],
      ...listRows,
    ]);
    list["!cols"] = [{ wch: 5 }, { wch: 45 }, { wch: 18 }, { wch: 12 }, { wch: 45 }];
    write(`${year}/danh-sach-don-vi.xlsx`, workbookBytes([["Danh sách đơn vị", list]]));
    const survey = XLSX.utils.aoa_to_sheet([
      [`KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC NĂM ${year} (DỮ LIỆU MẪU)`],
      [],
      ["STT", "Đơn vị", "Điểm ĐTXHH"],
      ...surveyRows,
    ]);
    survey["!cols"] = [{ wch: 5 }, { wch: 45 }, { wch: 14 }];
    write(`${year}/dieu-tra-xa-hoi-hoc.xlsx`, workbookBytes([["ĐTXHH", survey]]));
  }

  const mapping = XLSX.utils.aoa_to_sheet([
    ["DANH SÁCH SẮP XẾP ĐƠN VỊ NĂM 2025 (DỮ LIỆU MẪU)"],
    [],
    ["STT", "Tên cũ", "Tên mới", "Ghi chú"],
    ...REORGANISATION.map(([from, to, note], i) => [i + 1, from, to, note]),
  ]);
  mapping["!cols"] = [{ wch: 5 }, { wch: 42 }, { wch: 32 }, { wch: 42 }];
  write(MAPPING_FILE, workbookBytes([["Sắp xếp đơn vị", mapping]]));
  return written;
}
