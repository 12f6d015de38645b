/**
 * Generates the sample province (cli/samples/) from the core's sample criteria sets: ≥ 20
 * department and ≥ 40 commune workbooks, a few broken files, a survey workbook and a units
 * list. DỮ LIỆU MẪU — sample data, not real units' results. Deterministic from SEED: the same
 * bytes on every run (`npm run samples -w @cchc/cli`).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { roundTo, SAMPLE_SETS, type Criterion } from "@cchc/scoring-core";
import { annexSheet, SAMPLE_ANNEXES } from "./annex-sheet";
import { rng } from "./prng";
import { COMMUNES, DEPARTMENTS, slug } from "./names";
import { unitSheet, type UnitVariation } from "./unit-sheet";
import { sampleSetFor, workbookBytes } from "./unit-workbook";

export const SEED = 20251215;
const YEAR = 2025;
export const GROUP_DEPARTMENT = "Sở, ban, ngành";
export const GROUP_COMMUNE = "UBND xã, phường";

function surveyMax(nodes: Criterion[], unitType: string): number {
  let total = 0;
  for (const n of nodes) {
    if (n.unitTypes && !n.unitTypes.includes(unitType)) continue;
    if (n.children && n.children.length > 0) total += surveyMax(n.children, unitType);
    else if (n.surveyScored || n.rule?.kind === "survey") total += n.maxByUnitType?.[unitType] ?? n.max;
  }
  return total;
}

interface SampleUnit {
  unit: string;
  group: string;
  unitType: string;
  file: string;
  survey: number | null;
}

export function generate(dir: string): { units: SampleUnit[]; files: string[] } {
  const r = rng(SEED);
  rmSync(join(dir, "don-vi"), { recursive: true, force: true });
  const written: string[] = [];
  const write = (rel: string, bytes: Uint8Array | string) => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, bytes);
    written.push(rel);
  };

  const units: SampleUnit[] = [];
  const make = (
    names: readonly string[],
    unitType: string,
    group: string,
    folder: string,
    special: (i: number) => Partial<UnitVariation>,
    rename: (i: number, n: string) => string,
  ) => {
    const set = sampleSetFor(unitType);
    const sMax = surveyMax(set.fields, unitType);
    names.forEach((base, i) => {
      const unit = rename(i, base);
      const variation: UnitVariation = {
        commaText: r.chance(0.3),
        mergedHeader: r.chance(0.35),
        altHeaders: r.chance(0.25),
        roman: r.chance(0.4),
        appraisal: r.chance(0.4),
        missingEvidence: r.chance(0.3) ? r.int(1, 3) : 0,
        notApplicable: r.chance(0.15),
        ...special(i),
      };
      const quality = 0.55 + r.next() * 0.43;
      const ws = unitSheet({ unit, unitType, set, year: YEAR, quality, variation, rng: r });
      const file = `${slug(base)}.xlsx`;
      const sheetName = r.chance(0.5) ? "Tự chấm điểm" : "Bảng chấm điểm";
      const sheets: [string, XLSX.WorkSheet][] = [[sheetName, ws]];
      // Some units keep a cover or notes sheet before the table.
      if (r.chance(0.2))
        sheets.unshift([
          "Hướng dẫn",
          XLSX.utils.aoa_to_sheet([
            ["Hướng dẫn tự chấm điểm (dữ liệu mẫu)"],
            ["Điền điểm vào cột Điểm tự đánh giá."],
          ]),
        ]);
      write(`don-vi/${folder}/${file}`, workbookBytes(sheets));
      const survey = sMax > 0 ? roundTo(sMax * (0.6 + r.next() * 0.35), 2) : null;
      units.push({ unit, group, unitType, file, survey });
    });
  };

  make(
    DEPARTMENTS,
    "department",
    GROUP_DEPARTMENT,
    "so-ban-nganh",
    (i) =>
      ({
        3: { deletedLeaf: 4 },
        5: { formulaErrorLeaf: { leaf: 6, error: "#REF!" as const } },
        8: { overMaxLeaf: 2 },
        10: { hiddenLeaf: 3 },
        14: { commaText: true, mergedHeader: true },
      })[i] ?? {},
    (_i, n) => n,
  );
  make(
    COMMUNES,
    "commune",
    GROUP_COMMUNE,
    "xa-phuong",
    (i) =>
      ({
        7: { formulaErrorLeaf: { leaf: 3, error: "#VALUE!" as const } },
        11: { textScoreLeaf: 5 },
        20: { wrongTotal: 1.5 },
        25: { notApplicable: true },
      })[i] ?? {},
    // One unit name typed with a leading "=": it must stay text everywhere.
    (i, n) => (i === 15 ? `=${n}` : n),
  );

  // Broken files, on purpose.
  const good = workbookBytes([
    ["Bảng chấm điểm", XLSX.utils.aoa_to_sheet([["STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá"]])],
  ]);
  write("don-vi/loi/ubnd-phuong-an-lac.xlsx", good.slice(0, Math.floor(good.length / 2)));
  write(
    "don-vi/loi/ubnd-xa-tan-lap.xlsx",
    "STT;Nội dung;Điểm tối đa;Điểm tự đánh giá\n1;Công tác chỉ đạo, điều hành;10;8,5\n",
  );
  const xls = XLSX.write(
    (() => {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(
        wb,
        XLSX.utils.aoa_to_sheet([["STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá"]]),
        "Sheet1",
      );
      return wb;
    })(),
    { type: "array", bookType: "biff8" },
  ) as ArrayBuffer;
  write("don-vi/loi/ban-dan-toc-excel-2003.xlsx", new Uint8Array(xls));
  write(
    "don-vi/loi/khong-co-bang-cham.xlsx",
    workbookBytes([
      [
        "Ghi chú",
        XLSX.utils.aoa_to_sheet([
          ["Đơn vị gửi nhầm tệp: không có bảng chấm điểm (dữ liệu mẫu)"],
          ["Liên hệ: Văn phòng"],
        ]),
      ],
    ]),
  );
  const broken: SampleUnit[] = [
    {
      unit: "UBND phường An Lạc",
      group: GROUP_COMMUNE,
      unitType: "commune",
      file: "ubnd-phuong-an-lac.xlsx",
      survey: null,
    },
    {
      unit: "UBND xã Tân Lập",
      group: GROUP_COMMUNE,
      unitType: "commune",
      file: "ubnd-xa-tan-lap.xlsx",
      survey: null,
    },
    {
      unit: "Ban Dân tộc tỉnh",
      group: GROUP_DEPARTMENT,
      unitType: "department",
      file: "ban-dan-toc-excel-2003.xlsx",
      survey: null,
    },
  ];

  // Units list: file → unit, group, type.
  const listed = [...units, ...broken];
  const unitsSheet = XLSX.utils.aoa_to_sheet([
    ["DANH SÁCH ĐƠN VỊ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2025 (DỮ LIỆU MẪU)"],
    [],
    ["STT", "Đơn vị", "Nhóm", "Loại", "Tệp"],
    ...listed.map((u, i) => [i + 1, u.unit, u.group, u.unitType, u.file]),
  ]);
  unitsSheet["!cols"] = [{ wch: 5 }, { wch: 50 }, { wch: 18 }, { wch: 12 }, { wch: 40 }];
  write("danh-sach-don-vi.xlsx", workbookBytes([["Danh sách đơn vị", unitsSheet]]));

  // Survey: total ĐTXHH points per unit; two units have no survey yet, one old name matches none.
  const surveyed = units.filter((_, i) => i !== 9 && i !== 30 && _.survey !== null);
  const surveyRows = surveyed.map((u, i) => [i + 1, u.unit, u.survey]);
  surveyRows.push([surveyRows.length + 1, "Sở Kế hoạch và Đầu tư", 15.5]);
  const surveySheet = XLSX.utils.aoa_to_sheet([
    ["KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC NĂM 2025 (DỮ LIỆU MẪU)"],
    [],
    ["STT", "Đơn vị", "Điểm ĐTXHH"],
    ...surveyRows,
  ]);
  surveySheet["!cols"] = [{ wch: 5 }, { wch: 50 }, { wch: 14 }];
  write("dieu-tra-xa-hoi-hoc.xlsx", workbookBytes([["ĐTXHH", surveySheet]]));

  // The sample criteria sets themselves, for --framework and `cchc template`.
  rmSync(join(dir, "bo-tieu-chi"), { recursive: true, force: true });
  for (const set of SAMPLE_SETS) write(`bo-tieu-chi/${set.id}.json`, `${JSON.stringify(set, null, 2)}\n`);

  // The same sets as annexes (phụ lục), as a province publishes them: `cchc framework` reads
  // them back (npm start does), so the annex path runs on every demo.
  rmSync(join(dir, "phu-luc"), { recursive: true, force: true });
  for (const a of SAMPLE_ANNEXES) {
    const set = SAMPLE_SETS.find((s) => s.id === a.setId)!;
    write(`phu-luc/${a.file}`, workbookBytes([[a.sheet, annexSheet(set, a.style)]]));
  }

  return { units: listed, files: written };
}
