/** The "several sheets look alike" note, with sheet detection stubbed to give close scores. */
import { departmentGrid } from "../fixtures/department-grid";

jest.mock("../../src/table/detect-sheet", () => ({
  rankCandidateSheets: () => [
    { sheet: "Tự chấm 2025", score: 0.9, headerRow: 11 },
    { sheet: "Tự chấm (cũ)", score: 0.85, headerRow: 11 },
    { sheet: "Ghi chú", score: 0.1, headerRow: null },
  ],
}));

import { scoreWorkbook } from "../../src/consolidation/score-workbook";

it("says which of several close sheets was used and why", () => {
  const grids = [
    departmentGrid({ sheet: "Tự chấm (cũ)" }),
    departmentGrid({ sheet: "Tự chấm 2025" }),
    { sheet: "Ghi chú", values: [["x"]] },
  ];
  const out = scoreWorkbook(grids, {});
  expect(out.ok).toBe(true);
  if (!out.ok) return;
  expect(out.report.sheet).toBe("Tự chấm 2025");
  expect(out.sheetNote).toBe(
    "Tệp có nhiều trang giống bảng chấm điểm (“Tự chấm 2025”, “Tự chấm (cũ)”); đã dùng trang “Tự chấm 2025” vì giống nhất, dòng tiêu đề 11. Chọn trang khác nếu cần.",
  );
});
