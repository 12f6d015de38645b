import { checkSheet } from "../../src/check-sheet";
import { ValidationReportSchema } from "../../src/reports/schemas";
import { departmentGrid } from "../fixtures/department-grid";

// The counterexample fast-check found in CI: the largest double typed into a cell.
it.each([1.7976931348623151e308, -1.7976931348623151e308, 1e300, 1e16])(
  "a cell holding %p still gives a valid report",
  (v) => {
    const base = departmentGrid();
    const values = base.values.map((r) => [...r]);
    values[9]![3] = v;
    const report = checkSheet({ ...base, values });
    expect(ValidationReportSchema.safeParse(report).success).toBe(true);
    expect(report.totals.index === null || Number.isFinite(report.totals.index)).toBe(true);
  },
);
