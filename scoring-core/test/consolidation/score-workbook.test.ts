import { scoreWorkbook, unitFromFileName } from "../../src/consolidation/score-workbook";
import { UnitResultSchema } from "../../src/reports/schemas";
import type { Grid } from "../../src/grid/grid";
import { departmentGrid, DEPARTMENT_EXPECTED } from "../fixtures/department-grid";
import { communeGrid } from "../fixtures/commune-grid";

const notes: Grid = {
  sheet: "Hướng dẫn",
  values: [["Hướng dẫn chấm điểm"], ["Điền điểm vào trang Tự chấm"]],
};

describe("scoreWorkbook", () => {
  it("finds the scoring sheet among others and returns the unit's result", () => {
    const out = scoreWorkbook([notes, departmentGrid({ sheet: "Tự chấm" })], {
      group: "Sở, ban, ngành",
      file: "stp.xlsx",
      unitType: "department",
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(UnitResultSchema.safeParse(out.result).success).toBe(true);
    expect(out.result).toMatchObject({
      unit: "SỞ TƯ PHÁP",
      group: "Sở, ban, ngành",
      unitType: "department",
      file: "stp.xlsx",
      errors: 0,
    });
    expect(out.result.totals.final).toBe(DEPARTMENT_EXPECTED.final);
    expect(out.report.sheet).toBe("Tự chấm");
  });

  it("uses meta.unit over the title rows and the preferred sheet", () => {
    const out = scoreWorkbook([departmentGrid({ sheet: "A" }), communeGrid({ sheet: "B" })], {
      unit: "Sở Tư pháp",
      sheet: "A",
    });
    expect(out.ok && out.result.unit).toBe("Sở Tư pháp");
    expect(out.ok && out.report.sheet).toBe("A");
  });

  it("says so when the preferred sheet is not in the file", () => {
    const out = scoreWorkbook([departmentGrid({ sheet: "Tự chấm" })], { sheet: "Không có" });
    expect(out.ok && out.sheetNote).toBe(
      "Không có trang “Không có” trong tệp; đã tự tìm trang chứa bảng chấm điểm.",
    );
  });

  it("falls back to the file name for the unit and a default group", () => {
    const grid = departmentGrid();
    // Drop the title rows' unit name: keep the sheet from the header on.
    const headerAt = grid.values.findIndex((r) => r.some((c) => c === "STT"));
    const bare: Grid = {
      sheet: grid.sheet,
      values: grid.values.slice(headerAt),
      formulas: grid.formulas?.slice(headerAt),
    };
    const out = scoreWorkbook([bare], { file: "C:\\Nop\\So Y te.xlsx" }, { lang: "en" });
    expect(out.ok).toBe(true);
    if (out.ok) expect([out.result.unit, out.result.group]).toEqual(["So Y te", "All units"]);
  });

  it("returns a clear sentence, never throws, when no table is found or the file is empty", () => {
    expect(scoreWorkbook([notes], { file: "ghi-chu.xlsx" })).toEqual({
      ok: false,
      unit: "ghi-chu",
      error: "Không tìm thấy bảng chấm điểm trong tệp (đã xem các trang “Hướng dẫn”).",
      // What the reader made of the best candidate sheet, for the host to show.
      issues: [expect.objectContaining({ code: "header-not-found", sheet: "Hướng dẫn" })],
    });
    expect(scoreWorkbook([], { unit: "Xã A" }, { lang: "en" })).toEqual({
      ok: false,
      unit: "Xã A",
      error: "The file has no sheets.",
    });
  });

  it("names units from file names", () => {
    expect(unitFromFileName("/tmp/UBND xã Mường Bằng.xlsx")).toBe("UBND xã Mường Bằng");
    expect(unitFromFileName(null)).toBeNull();
  });
});
