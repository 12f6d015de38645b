/**
 * `cchc rank … --feedback <folder>`: one workbook per ranked unit with exactly the ranking's
 * figures (survey included), its losses with the appraisers' notes and the evidence given, and
 * its issues with short titles. Worker threads and in-line scoring write the same files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { cchc, looksLikeCrash } from "../support/bundle";
import { hashes, put, tempDir } from "../support/files";
import { sampleUnitWorkbook, workbookBytes } from "../support/inputs";
import { RankJsonSchema } from "../../src/json/contract";

const dir = tempDir("cchc-feedback-");
const units = join(dir, "don-vi");
mkdirSync(units);

const HEADER = [
  "STT",
  "Nội dung",
  "Điểm tối đa",
  "Điểm tự đánh giá",
  "Điểm thẩm định lần 1",
  "Ý kiến thẩm định",
  "Tài liệu kiểm chứng",
];
function appraisedUnit(unit: string, self11: number, appraised11: number, note: string): Uint8Array {
  return workbookBytes([
    [
      "Tự chấm",
      XLSX.utils.aoa_to_sheet([
        [`BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025 - ${unit}`],
        HEADER,
        ["I", "Công tác chỉ đạo, điều hành", 3, 3, null, null, null],
        ["1.1", "Kế hoạch CCHC", 1, self11, appraised11, note, "QĐ 12/QĐ-UBND"],
        ["1.2", "Báo cáo CCHC", 2, 2, 1.5, null, null],
        ["II", "Tài chính công", 2, 2, null, null, null],
        ["2.1", "Dự toán", 2, 2, 2, null, "QĐ 30/QĐ-STC"],
      ]),
    ],
  ]);
}

const inputs = [
  put(units, "stp.xlsx", appraisedUnit("Sở Tư pháp", 1, 0.5, "Kế hoạch ban hành muộn")),
  put(units, "syt.xlsx", appraisedUnit("Sở Y tế", 1, 1, "")),
  put(units, "sxd.xlsx", sampleUnitWorkbook({ unit: "Sở Xây dựng", unitType: "department", seed: 7 })),
];
const survey = put(
  dir,
  "dtxhh.xlsx",
  workbookBytes([
    [
      "ĐTXHH",
      XLSX.utils.aoa_to_sheet([
        ["STT", "Đơn vị", "Điểm ĐTXHH"],
        [1, "Sở Tư pháp", 20.5],
        [2, "Sở Y tế", 18.25],
        [3, "Sở Xây dựng", 17],
      ]),
    ],
  ]),
);

const list = put(
  dir,
  "danh-sach.xlsx",
  workbookBytes([
    [
      "Đơn vị",
      XLSX.utils.aoa_to_sheet([
        ["STT", "Đơn vị", "Nhóm", "Loại", "Tệp"],
        [1, "Sở Tư pháp", "Sở, ban, ngành", "department", "stp.xlsx"],
        [2, "Sở Y tế", "Sở, ban, ngành", "department", "syt.xlsx"],
        [3, "Sở Xây dựng", "Sở, ban, ngành", "department", "sxd.xlsx"],
      ]),
    ],
  ]),
);

function sheetRows(path: string, name: string): unknown[][] {
  const wb = XLSX.read(readFileSync(path));
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1, defval: null });
}

describe("cchc rank --feedback", () => {
  const folder = join(dir, "phan-hoi");
  const before = hashes([...inputs, survey]);
  const args = [
    "rank",
    units,
    "--units",
    list,
    "--survey",
    survey,
    "--out",
    join(dir, "xep-hang.xlsx"),
    "--json",
    "--quiet",
  ];
  const run = cchc([...args, "--feedback", folder]);

  it("writes one feedback workbook per unit with exactly the ranking's figures", () => {
    expect(looksLikeCrash(run.stdout + run.stderr)).toBe(false);
    expect(run.status).toBe(0);
    const json = RankJsonSchema.parse(JSON.parse(run.stdout));
    expect(readdirSync(folder).sort()).toEqual([
      "Phản hồi - Sở Tư pháp.xlsx",
      "Phản hồi - Sở Xây dựng.xlsx",
      "Phản hồi - Sở Y tế.xlsx",
    ]);
    for (const u of json.units) {
      const rows = sheetRows(join(folder, `Phản hồi - ${u.unit}.xlsx`), "Kết quả");
      const v = (label: string) => rows.find((r) => r[0] === label)?.[1];
      expect(v("Đơn vị")).toBe(u.unit);
      expect(v("Điểm ĐTXHH")).toBe(u.survey);
      expect(v("Tổng")).toBe(u.final);
      expect(v("Chỉ số (%)")).toBe(u.index);
      expect(v("Hạng")).toBe(`${u.rank}/3`);
    }
    expect(hashes([...inputs, survey])).toEqual(before);
  });

  it("lists losses with the appraiser's note and the evidence given, issues with titles", () => {
    const path = join(folder, "Phản hồi - Sở Tư pháp.xlsx");
    const lost = sheetRows(path, "Điểm bị mất");
    const head = lost.find((r) => r[0] === "Mã")!;
    expect(head).toContain("Ý kiến thẩm định");
    const row11 = lost.find((r) => r[0] === "1.1")!;
    const col = (name: string) => row11[head.indexOf(name)];
    expect(col("Điểm thẩm định")).toBe(0.5);
    expect(col("Ý kiến thẩm định")).toBe("Kế hoạch ban hành muộn");
    expect(col("Tài liệu kiểm chứng")).toBe("QĐ 12/QĐ-UBND");
    const row12 = lost.find((r) => r[0] === "1.2")!;
    expect(row12[head.indexOf("Tài liệu kiểm chứng")]).toBe("Thiếu tài liệu kiểm chứng");
    const summary = sheetRows(path, "Kết quả");
    expect(String(summary.find((r) => r[0] === "Kết luận")![1])).toMatch(
      /^Đã thẩm định 3\/3 tiêu chí \(lần 1\)/,
    );
    const issues = sheetRows(path, "Vấn đề");
    const evidence = issues.find((r) => r[6] === "evidence-missing")!;
    expect(evidence[2]).toBe("Thiếu tài liệu kiểm chứng");
  });

  it("writes the same files in line as with worker threads, and replaces its own files", () => {
    const inline = join(dir, "phan-hoi-2");
    const r = cchc([...args, "--feedback", inline], { CCHC_NO_WORKER: "1" });
    expect(r.status).toBe(0);
    for (const name of readdirSync(folder))
      for (const sheet of ["Kết quả", "Điểm bị mất", "Vấn đề"])
        expect(sheetRows(join(inline, name), sheet)).toEqual(sheetRows(join(folder, name), sheet));
    // A second run into the same folder replaces what cchc wrote there.
    expect(cchc([...args, "--feedback", folder]).status).toBe(0);
  });

  it("refuses a file as the feedback folder, in one line", () => {
    const r = cchc([...args, "--feedback", survey]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(dir, "xep-hang.xlsx"))).toBe(true);
  });
});
