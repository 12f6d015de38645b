/**
 * `npx tsx cli/scripts/golden/generate.ts [dir]`: writes the golden province (DỮ LIỆU MẪU) to
 * cli/samples/golden/. Deterministic: the data is in province.ts, nothing random.
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { CriteriaSetSchema } from "@cchc/scoring-core";
import { GOLDEN_EPOCH, SURVEY, TREE, UNITS, type GoldenUnit, type Score } from "@cchc/test-kit/golden";

type Cell = XLSX.CellObject;

function cell(v: Score | undefined): Cell | null {
  if (v === null || v === undefined) return null;
  return typeof v === "number" ? { t: "n", v } : { t: "s", v };
}

const num = (v: Score | undefined): number => (typeof v === "number" ? v : 0);

/** One unit's scoring sheet: title rows, header, fields with SUM formulas (cached as a spreadsheet would). */
export function unitSheet(u: Pick<GoldenUnit, "unit" | "self" | "a1" | "a2">): XLSX.WorkSheet {
  const rows: (Cell | null)[][] = [
    [{ t: "s", v: "UBND TỈNH AN HÒA (DỮ LIỆU MẪU)" }],
    [{ t: "s", v: `Đơn vị: ${u.unit}` }],
    [{ t: "s", v: "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025" }],
    [],
    [
      "STT",
      "Nội dung",
      "Điểm tối đa",
      "Điểm tự đánh giá",
      "Điểm thẩm định lần 1",
      "Điểm thẩm định lần 2",
      "Tài liệu kiểm chứng",
    ].map((v) => ({ t: "s", v }) as Cell),
  ];
  const columns = [u.self, u.a1, u.a2];
  let leaf = 0;
  for (const field of TREE) {
    const fieldRow: (Cell | null)[] = [
      { t: "s", v: field.code },
      { t: "s", v: field.title },
      { t: "n", v: field.max },
    ];
    const first = rows.length + 2; // 1-based row of the first child
    const leafStart = leaf;
    const childRows: (Cell | null)[][] = [];
    for (const c of field.children) {
      const survey = c.code === "3.1";
      const scores = columns.map((col) => (survey ? null : (col?.[leaf] ?? null)));
      const positive = !survey && typeof u.self[leaf] === "number" && (u.self[leaf] as number) > 0;
      childRows.push([
        { t: "s", v: c.code },
        { t: "s", v: c.title },
        { t: "n", v: c.max },
        ...scores.map(cell),
        positive ? { t: "s", v: `Báo cáo số ${10 + leaf}/BC-UBND ngày 15/11/2025` } : null,
      ]);
      if (!survey) leaf++;
    }
    const last = first + childRows.length - 1;
    columns.forEach((col, k) => {
      const letter = "DEF"[k]!;
      const own = field.code === "3" ? [] : (col?.slice(leafStart, leaf) ?? []);
      // A SUM only where the column has a figure; its cached value skips text, as Excel's does.
      if (!own.some((v) => v !== null)) fieldRow.push(null);
      else
        fieldRow.push({
          t: "n",
          v: own.reduce<number>((s, v) => s + num(v), 0),
          f: `SUM(${letter}${first}:${letter}${last})`,
        });
    });
    rows.push(fieldRow, ...childRows);
  }
  const ws: XLSX.WorkSheet = {};
  rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c) ws[XLSX.utils.encode_cell({ r, c: col })] = c;
    }),
  );
  ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: 6 } });
  return ws;
}

function book(sheets: [string, XLSX.WorkSheet][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array;
}

function criteriaSet(id: string, name: string, unitType: string, naAllowed: boolean): unknown {
  const set = {
    schemaVersion: 1,
    id,
    name,
    year: 2025,
    unitTypes: [unitType],
    sample: true,
    source: { decision: "Mẫu để thử nghiệm — không phải văn bản chính thức" },
    declaredTotal: 20,
    fields: TREE.map((f) => ({
      code: f.code,
      title: f.title,
      max: f.max,
      children: f.children.map((c) => ({
        code: c.code,
        title: c.title,
        max: c.max,
        ...(c.code === "3.1" ? { surveyScored: true } : {}),
        ...(c.code === "2.2" && naAllowed ? { mayBeNotApplicable: true } : {}),
      })),
    })),
    classification: {
      preset: "five-level",
      bands: [
        { label: "Xuất sắc", labelEn: "Excellent", min: 90 },
        { label: "Tốt", labelEn: "Good", min: 80 },
        { label: "Khá", labelEn: "Fair", min: 70 },
        { label: "Trung bình", labelEn: "Average", min: 50 },
        { label: "Yếu", labelEn: "Weak", min: 0 },
      ],
    },
    tieRule: { mode: "dense", decimals: 2 },
  };
  CriteriaSetSchema.parse(set);
  return set;
}

/** Gives every unit file its stated modification time (git does not keep them). */
export function setGoldenTimes(dir: string): void {
  for (const u of UNITS) {
    const t = new Date(GOLDEN_EPOCH + u.modifiedDay * 86_400_000);
    utimesSync(join(dir, "don-vi", u.file), t, t);
  }
}

export function generateGolden(dir: string): void {
  rmSync(join(dir, "don-vi"), { recursive: true, force: true });
  mkdirSync(join(dir, "don-vi"), { recursive: true });
  mkdirSync(join(dir, "bo-tieu-chi"), { recursive: true });
  for (const u of UNITS) writeFileSync(join(dir, "don-vi", u.file), book([["Tự chấm", unitSheet(u)]]));
  // Not units: a blank template, an earlier ranking made by the tool, an Excel 2003 file.
  const blank = unitSheet({ unit: "……………", self: [null, null, null, null] });
  writeFileSync(join(dir, "don-vi", "mau-bang-cham-diem.xlsx"), book([["Tự chấm", blank]]));
  const aoa = (rows: unknown[][]) => XLSX.utils.aoa_to_sheet(rows);
  writeFileSync(
    join(dir, "don-vi", "xep-hang-2024.xlsx"),
    book([
      [
        "Sở, ban, ngành",
        aoa([
          ["Hạng", "Đơn vị", "Chỉ số"],
          [1, "Sở Tư pháp", 88.5],
        ]),
      ],
      ["Điểm theo lĩnh vực", aoa([["Mã", "Lĩnh vực"]])],
      ["Điểm bị mất", aoa([["Mã", "Tiêu chí", "Điểm bị mất"]])],
    ]),
  );
  writeFileSync(join(dir, "don-vi", "bao-cao-cu.xls"), "Excel 2003 (DỮ LIỆU MẪU)");
  writeFileSync(
    join(dir, "dieu-tra-xa-hoi-hoc.xlsx"),
    book([
      ["ĐTXHH", aoa([["STT", "Tên đơn vị", "Điểm ĐTXHH"], ...SURVEY.map(([n, p], i) => [i + 1, n, p])])],
    ]),
  );
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  writeFileSync(
    join(dir, "bo-tieu-chi", "golden-so.json"),
    json(
      criteriaSet("golden-department-2025", "Bộ tiêu chí mẫu (golden) — sở, ban, ngành", "department", false),
    ),
  );
  writeFileSync(
    join(dir, "bo-tieu-chi", "golden-xa.json"),
    json(criteriaSet("golden-commune-2025", "Bộ tiêu chí mẫu (golden) — xã, phường", "commune", true)),
  );
  writeFileSync(
    join(dir, "bo-tieu-chi", "golden-huyen.json"),
    json(
      criteriaSet(
        "golden-district-2025",
        "Bộ tiêu chí mẫu (golden) — huyện (không đơn vị nào)",
        "district",
        false,
      ),
    ),
  );
  setGoldenTimes(dir);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir =
    process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "..", "samples", "golden");
  generateGolden(dir);
  process.stdout.write(`Tỉnh golden (DỮ LIỆU MẪU): ${UNITS.length} tệp đơn vị trong ${dir}\n`);
}
