/** `cchc validate --appraisal` on a small workbook with round 1, the flag, answers and round 2. */
import { rmSync } from "node:fs";
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
    const out = scoreFile(file, meta, { lang: "vi", sets: [], survey: new Map() });
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
