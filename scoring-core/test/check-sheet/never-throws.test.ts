import fc from "fast-check";
import { checkSheet } from "../../src/check-sheet";
import type { CellValue, Grid } from "../../src/grid/grid";
import { ValidationReportSchema } from "../../src/reports/schemas";
import { departmentGrid } from "../fixtures/department-grid";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 20 }),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "STT",
    "Nội dung",
    "Điểm tối đa",
    "Điểm tự đánh giá",
    "Tài liệu kiểm chứng",
    "1",
    "1.1",
    "I",
    "a)",
    "7,5",
    "#REF!",
    "Không áp dụng",
    "Tổng cộng",
    "=SUM(D5:D9)",
    "-",
    "+ dòng",
  ),
);

describe("checkSheet never throws", () => {
  it("on random grids, and its report always matches the schema", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), (values) => {
        const report = checkSheet({ sheet: "Ngẫu nhiên", values });
        expect(ValidationReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("on a real sheet with random cells overwritten", () => {
    const base = departmentGrid();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(90), fc.nat(10), cell), { maxLength: 30 }), (edits) => {
        const values = base.values.map((r) => [...r]);
        for (const [r, c, v] of edits) if (values[r]) values[r]![c] = v;
        const grid: Grid = { ...base, values };
        const report = checkSheet(grid);
        expect(ValidationReportSchema.safeParse(report).success).toBe(true);
        if (report.totals.index !== null) expect(Number.isFinite(report.totals.index)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
