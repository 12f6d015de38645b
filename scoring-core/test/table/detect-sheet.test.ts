import { rankCandidateSheets } from "../../src/table/detect-sheet";
import { departmentFixture } from "../fixtures/department-grid";
import { communeFixture } from "../fixtures/commune-grid";

describe("rankCandidateSheets", () => {
  it("puts the scoring sheet first and gives unrelated sheets 0", () => {
    const notes = { sheet: "Hướng dẫn", values: [["Hướng dẫn điền bảng"], ["Nhập điểm vào cột E"]] };
    const partial = {
      sheet: "Tổng hợp",
      values: [
        ["STT", "Nội dung", "Tự chấm"],
        ["1", "A", 1],
      ],
    };
    const dept = departmentFixture({ sheet: "Tự chấm" });
    const ranked = rankCandidateSheets([notes, partial, dept.grid, { sheet: "Trống", values: [] }]);
    expect(ranked.map((c) => c.sheet)).toEqual(["Tự chấm", "Tổng hợp", "Hướng dẫn", "Trống"]);
    expect(ranked[0]).toEqual({ sheet: "Tự chấm", score: 1, headerRow: dept.headerRows[1] });
    expect(ranked[1]!.score).toBeGreaterThan(0);
    expect(ranked[1]!.score).toBeLessThan(0.7);
    expect(ranked[2]).toEqual({ sheet: "Hướng dẫn", score: 0, headerRow: null });
  });

  it("scores a complete header at least 0,7 and respects the origin", () => {
    const c = communeFixture({ origin: { row: 3, col: 1 } });
    const [only] = rankCandidateSheets([c.grid]);
    expect(only!.score).toBeGreaterThanOrEqual(0.7);
    expect(only!.headerRow).toBe(c.headerRows[0]);
  });

  it("keeps the workbook order on ties", () => {
    const a = departmentFixture({ sheet: "A" }).grid;
    const b = departmentFixture({ sheet: "B" }).grid;
    expect(rankCandidateSheets([b, a]).map((x) => x.sheet)).toEqual(["B", "A"]);
  });
});
