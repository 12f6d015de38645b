/**
 * Official annexes as published (issue #10, "From the annex"), built here: title rows, a header
 * with no score column, Roman or Arabic fields, rule lines on their own rows or in a column, a
 * total row, bonus/penalty, survey items, maxima per unit type. Read with the "annex" profile.
 */
import type { CellValue, Grid } from "../../src/grid/grid";
import { deriveCriteriaSet } from "../../src/criteria-set/derive";
import { indexSet } from "../../src/criteria-set/lookup";
import { readTable } from "../../src/table/read-table";

const meta = { id: "an-hoa-2025", name: "Bộ tiêu chí", year: 2025, unitTypes: ["department"] };

function annex(header: CellValue[], rows: CellValue[][], titles = true): Grid {
  const top: CellValue[][] = titles
    ? [
        ["ỦY BAN NHÂN DÂN TỈNH AN HÒA"],
        ["Phụ lục 01"],
        ["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CỦA CÁC SỞ, BAN, NGÀNH NĂM 2025"],
        ["(Kèm theo Quyết định số 99/QĐ-UBND ngày 10/01/2025 của UBND tỉnh)"],
        [],
      ]
    : [];
  return { sheet: "Phụ lục 01", values: [...top, header, ...rows] };
}

function derive(grid: Grid, unitTypes = meta.unitTypes) {
  const read = readTable(grid, { profile: "annex" });
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join("\n"));
  const { set, issues } = deriveCriteriaSet(read.table, { ...meta, unitTypes });
  return { read, set, issues, idx: indexSet(set) };
}

const DEPARTMENT = () =>
  annex(
    ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Cách tính điểm", "Tài liệu kiểm chứng"],
    [
      ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 6, null, null],
      ["1", "Kế hoạch CCHC", 3, null, null],
      ["1.1", "Ban hành kế hoạch CCHC năm", 1, null, "Kế hoạch CCHC năm"],
      [null, "- Ban hành đúng hạn: 1 điểm", null, null, null],
      [null, "- Ban hành chậm: 0,5 điểm", null, null, null],
      [null, "- Không ban hành: 0 điểm", null, null, null],
      [
        "1.2",
        "Mức độ hoàn thành kế hoạch",
        2,
        "Hoàn thành 100%: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm",
        null,
      ],
      ["2", "Đánh giá qua điều tra xã hội học", 3, null, null],
      ["2.1", "Mức độ hài lòng của người dân", 3, "Điều tra xã hội học", null],
      ["II", "XÂY DỰNG THỂ CHẾ", 4, null, null],
      ["1", "Rà soát văn bản", 4, "Có: 4 điểm; Không: 0 điểm", "Báo cáo rà soát"],
      [null, "Tổng cộng", 10, null, null],
      ["III", "ĐIỂM THƯỞNG, ĐIỂM TRỪ", null, null, null],
      ["1", "Điểm thưởng", 2, null, null],
      ["1.1", "Sáng kiến CCHC được công nhận", 2, "Có: 2 điểm; Không: 0 điểm", null],
      ["2", "Điểm trừ", -2, null, null],
      ["2.1", "Bị phê bình vì chậm trễ", -2, "Bị phê bình: -2 điểm; Không: 0 điểm", null],
    ],
  );

describe("deriving a set from an annex as published", () => {
  it("reads a department annex: Roman fields, rule rows, a total, survey, bonus and penalty", () => {
    const { read, set, issues, idx } = derive(DEPARTMENT());
    expect(read.table.columns.self).toBeUndefined();
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect([...idx.keys()]).toEqual([
      "1",
      "1.1",
      "1.1.1",
      "1.1.2",
      "1.2",
      "1.2.1",
      "2",
      "2.1",
      "3",
      "3.1",
      "3.1.1",
      "3.2",
      "3.2.1",
    ]);
    expect(set.declaredTotal).toBe(10);
    expect(idx.get("1.1.1")).toMatchObject({
      max: 1,
      evidence: "Kế hoạch CCHC năm",
      rule: { kind: "levels" },
      ruleText: "- Ban hành đúng hạn: 1 điểm\n- Ban hành chậm: 0,5 điểm\n- Không ban hành: 0 điểm",
    });
    expect(idx.get("1.1.2")!.rule).toMatchObject({ kind: "thresholds" });
    expect(idx.get("1.2")).toMatchObject({ surveyScored: true });
    expect(idx.get("1.2.1")).toMatchObject({ rule: { kind: "survey" }, surveyScored: true });
    expect(idx.get("2.1")!.rule).toEqual({ kind: "yes-no" });
    expect(idx.get("3")).toMatchObject({ bonus: true });
    expect(idx.get("3.2")).toMatchObject({ penalty: true });
  });

  it("reads a commune annex in another column order, Arabic fields, rules in a column", () => {
    const grid = annex(
      ["Điểm tối đa", "Tiêu chí, tiêu chí thành phần", "TT", "Phương pháp chấm điểm"],
      [
        [5, "Tuyên truyền CCHC", "1", null],
        [5, "Kế hoạch tuyên truyền", "1.1", "Đúng hạn: 5 điểm; Chậm: 2 điểm; Không: 0 điểm"],
        [5, "Cải cách TTHC", "2", null],
        [2.5, "Công khai TTHC", "2.1", "Chấm theo bước 0,25 điểm"],
        [2.5, "Giải quyết đúng hạn", "2.2", "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa"],
        [10, "Tổng số điểm", null, null],
      ],
      false,
    );
    const { set, issues, idx } = derive(grid, ["commune"]);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(set.unitTypes).toEqual(["commune"]);
    expect(set.declaredTotal).toBe(10);
    expect(idx.get("2.1")!.rule).toEqual({ kind: "range", step: 0.25 });
    expect(idx.get("2.2")!.rule).toMatchObject({ kind: "ratio" });
  });

  it("reads maxima per unit type from separate columns", () => {
    const grid = annex(
      ["TT", "Nội dung", "Điểm tối đa Sở", "Điểm tối đa xã", "Tài liệu kiểm chứng"],
      [
        ["1", "Chỉ đạo điều hành", 6, 8, null],
        ["1.1", "Kế hoạch", 3, 4, null],
        ["1.2", "Kiểm tra", 3, 2, null],
        ["1.3", "Tiếp công dân tại xã", "-", 2, null],
        ["2", "Thể chế", 4, 2, null],
        ["2.1", "Rà soát", 4, 2, null],
        [null, "Tổng cộng", 10, 10, null],
      ],
    );
    const { read, set, issues, idx } = derive(grid, ["department"]);
    expect(read.table.unitMaxima?.map((u) => [u.letter, u.unitType])).toEqual([
      ["C", "department"],
      ["D", "commune"],
    ]);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(set.unitTypes).toEqual(["department", "commune"]);
    expect(idx.get("1")).toMatchObject({ max: 6, maxByUnitType: { commune: 8 } });
    expect(idx.get("1.2")).toMatchObject({ max: 3, maxByUnitType: { commune: 2 } });
    expect(idx.get("1.3")).toMatchObject({ max: 2, unitTypes: ["commune"] });
    expect(idx.get("1.3")!.maxByUnitType).toBeUndefined();
    expect(idx.get("1.1")!.unitTypes).toBeUndefined();
  });

  it("names the annex row and cell of every defect it finds", () => {
    const grid = annex(
      ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Cách tính điểm"],
      [
        ["I", "Chỉ đạo điều hành", 20, null],
        ["1", "Kế hoạch", 207, null],
        ["2", "Báo cáo", 13, null],
        ["II", "Thể chế", 5, null],
        ["1", "Rà soát", 5, null],
        ["1", "Kiểm tra", 2, null],
        [null, "Tổng cộng", 100, null],
      ],
    );
    const derived = derive(grid);
    const issues = [...derived.read.issues, ...derived.issues];
    const at = (code: string) => issues.filter((i) => i.code === code).map((i) => [i.criterion, i.cell]);
    // Rows: 5 title rows, the header in row 6, data from row 7.
    expect(at("set-children-sum")).toEqual([
      ["1", "C7"],
      ["2", "C10"],
    ]);
    expect(at("numbering-duplicate")).toEqual([["2.1", "A12"]]);
    expect(at("set-declared-total")).toEqual([[null, "C13"]]);
    for (const i of issues) expect([i.code, i.sheet]).toEqual([i.code, "Phụ lục 01"]);
  });

  it("an annex read as a unit's table asks for the score column; the annex profile does not", () => {
    const r = readTable(DEPARTMENT());
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(["column-missing", "header-nearest"]);
    expect(readTable(DEPARTMENT(), { profile: "annex" }).ok).toBe(true);
  });
});
