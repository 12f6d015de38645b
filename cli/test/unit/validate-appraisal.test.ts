/** `cchc validate --appraisal` on a small workbook with round 1, the flag, answers and round 2. */
import { readFileSync, rmSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import { put, tempDir } from "../support/files";
import { RankJsonSchema, ValidateJsonSchema } from "../../src/json/contract";
import { runValidate } from "../../src/commands/validate";
import { memoryConsole } from "../../src/io/console";
import { scoreFile } from "../../src/pool/score-file";
import { runRank } from "../../src/commands/rank";

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function workbook(): string {
  const rows = [
    ["BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2025 - Sở A"],
    [
      "STT",
      "Nội dung",
      "Điểm tối đa",
      "Điểm tự đánh giá",
      "Điểm thẩm định lần 1",
      "Cần giải trình / bổ sung tài liệu",
      "Ý kiến thẩm định",
      "Giải trình",
      "Tài liệu kiểm chứng",
      "Điểm thẩm định lần 2",
    ],
    ["I", "Công tác chỉ đạo, điều hành", 3],
    ["1.1", "Kế hoạch CCHC", 1, 1, 0.5, "x", "Thiếu báo cáo", "Đã bổ sung", "QĐ 12/QĐ-UBND", 1],
    ["1.2", "Báo cáo CCHC", 2, 2, 1],
    ["II", "Tài chính công", 2],
    ["2.1", "Dự toán", 2, 1, 1.5, "có"],
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "Bảng chấm điểm");
  return put(dir, "so-a.xlsx", XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Uint8Array);
}

describe("cchc validate --appraisal", () => {
  const file = workbook();
  it("prints the status, the appraisal issues with cells, flagged and open items", () => {
    const io = memoryConsole();
    runValidate([file, "--appraisal"], io);
    const out = io.stdout.join("");
    expect(out).toContain(
      "Trạng thái: đang thẩm định lần 2 · 2 mục cần giải trình · 1 mục chưa có điểm lần 2",
    );
    expect(out).toContain("So với tự chấm: 2 mục thay đổi, cộng 0,5, trừ 1 điểm");
    expect(out).toMatch(/E5 +Ô E5: điểm thẩm định 1 thấp hơn .*\[appraisal-lower-without-note\]/);
    expect(out).toMatch(/H7 .*\[appraisal-answer-missing\]/);
    expect(out).toMatch(/2\.1 +Dự toán +1,5 +— +— +chưa giải trình/);
    expect(out).toContain("Còn mở (chưa có điểm lần 2): 2.1");
  });
  it("adds an appraisal object to the JSON only with --appraisal", () => {
    const io = memoryConsole();
    runValidate([file, "--appraisal", "--json"], io);
    const json = ValidateJsonSchema.parse(JSON.parse(io.stdout.join("")));
    expect(json.appraisal?.state).toEqual({
      status: "round2",
      openItems: 1,
      flaggedItems: 2,
      notAppraised: 0,
    });
    expect(json.appraisal?.flagged.map((f) => f.code)).toEqual(["1.1", "2.1"]);
    const plain = memoryConsole();
    runValidate([file, "--json"], plain);
    expect(ValidateJsonSchema.strict().parse(JSON.parse(plain.stdout.join(""))).appraisal).toBeUndefined();
  });
});

describe("cchc rank: appraisal status per unit", () => {
  const file = workbook();
  it("scoreFile carries the unit's status and open items", () => {
    const meta = { file: "so-a.xlsx", unit: null, group: null, unitType: null, listedSurvey: null };
    const out = scoreFile(file, meta, { lang: "vi", sets: [], survey: new Map() }).outcome;
    expect(out.ok && out.appraisal).toEqual({
      status: "round2",
      openItems: 1,
      flaggedItems: 2,
      notAppraised: 0,
    });
  });
  it("the rank JSON gives each unit's status and open-item count", () => {
    const io = memoryConsole();
    runRank([file, "--out", `${dir}/xep-hang.xlsx`, "--json", "--quiet"], io);
    const json = RankJsonSchema.parse(JSON.parse(io.stdout.join("")));
    expect(json.units.map((u) => u.appraisal)).toEqual([{ status: "round2", openItems: 1 }]);
  });
});

describe("the unit's flagged-items file and the ranking's checking sheet", () => {
  const file = workbook();
  const sheetRows = (path: string, sheet: string): unknown[][] => {
    const wb = XLSX.read(readFileSync(path));
    return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet]!, { header: 1, defval: null });
  };

  it("--flagged writes each flagged item with round 1 and the note, answer columns empty", () => {
    const out = `${dir}/can-giai-trinh.xlsx`;
    const io = memoryConsole();
    expect(runValidate([file, "--flagged", out], io)).toBe(0);
    expect(io.stdout.join("")).toContain("Đã ghi tệp mục cần giải trình (2 mục): ");
    const rows = sheetRows(out, "Mục cần giải trình");
    expect(rows[0]![0]).toBe("DANH SÁCH MỤC CẦN GIẢI TRÌNH / BỔ SUNG TÀI LIỆU");
    expect(rows[1]![0]).toBe("Đơn vị: so-a");
    const header = rows.findIndex((r) => r[0] === "STT");
    expect(rows.slice(header + 1).map((r) => r.slice(0, 8))).toEqual([
      [1, "1.1", "Kế hoạch CCHC", 0.5, "Thiếu báo cáo", null, null, "H4"],
      [2, "2.1", "Dự toán", 1.5, null, null, null, "H7"],
    ]);
  });

  it("--flagged never replaces the table it reads", () => {
    expect(() => runValidate([file, "--flagged", file], memoryConsole())).toThrow();
  });

  it("rank's checking sheet shows each unit's appraisal stage and open items; the ranking sheet does not", () => {
    const out = `${dir}/xep-hang-kiem-tra.xlsx`;
    runRank([file, "--out", out, "--quiet"], memoryConsole());
    const wb = XLSX.read(readFileSync(out));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets["Kiểm tra"]!, { header: 1, defval: null });
    const header = rows.findIndex((r) => r[0] === "STT");
    const col = (name: string) => rows[header]!.indexOf(name);
    expect(col("Giai đoạn thẩm định")).toBeGreaterThan(col("Thẩm định"));
    const unit = rows[header + 1]!;
    expect([
      unit[col("Thẩm định")],
      unit[col("Giai đoạn thẩm định")],
      unit[col("Mục cần giải trình còn mở")],
    ]).toEqual(["Đã thẩm định", "Vòng 2", 1]);
    const published = wb.SheetNames.filter((n) => n !== "Kiểm tra").map((n) =>
      JSON.stringify(XLSX.utils.sheet_to_json(wb.Sheets[n]!, { header: 1 })),
    );
    expect(published.some((t) => t.includes("Giai đoạn thẩm định"))).toBe(false);
  });
});
