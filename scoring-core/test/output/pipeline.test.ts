/** Workbooks → unit results → ranking → sheets to write, on the fixture sheets. */
import { scoreWorkbook } from "../../src/consolidation/score-workbook";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import { rankUnits } from "../../src/ranking/rank-units";
import { RankingReportSchema, type UnitResult } from "../../src/reports/schemas";
import { rankingSheets } from "../../src/output/ranking-sheets";
import { resultsSheet } from "../../src/output/results-sheet";
import { departmentGrid } from "../fixtures/department-grid";
import { communeGrid } from "../fixtures/commune-grid";

it("scores, ranks and lays out a small province", () => {
  const inputs = [
    {
      grids: [departmentGrid({ sheet: "Tự chấm" })],
      meta: { unit: "Sở Tư pháp", group: "Sở, ban, ngành", file: "stp.xlsx" },
    },
    {
      grids: [departmentGrid({ stage: "appraised" })],
      meta: { unit: "Sở Nội vụ", group: "Sở, ban, ngành", file: "snv.xlsx" },
    },
    { grids: [communeGrid()], meta: { group: "UBND xã, phường", file: "muong-bang.xlsx" } },
    { grids: [{ sheet: "Sheet1", values: [["trống"]] }], meta: { file: "hong.xlsx" } },
  ];
  const units: UnitResult[] = [];
  const failed = [];
  for (const { grids, meta } of inputs) {
    const out = scoreWorkbook(grids, meta);
    if (out.ok) {
      units.push(out.result);
      expect(resultsSheet(out.report).rows.length).toBeGreaterThan(10);
    } else failed.push({ file: meta.file, unit: out.unit, error: out.error });
  }
  const ranking = rankUnits(units, {
    classification: CLASSIFICATION_PRESETS["national"]!,
    failed,
    groupOrder: ["Sở, ban, ngành"],
  });
  expect(RankingReportSchema.safeParse(ranking).success).toBe(true);
  expect(
    ranking.groups.map((g) => [g.group, g.rows.map((r) => [r.unit, r.rank, r.index, r.classification])]),
  ).toEqual([
    [
      "Sở, ban, ngành",
      [
        ["Sở Tư pháp", 1, 88, "Nhóm B"],
        ["Sở Nội vụ", 2, 85.5, "Nhóm B"],
      ],
    ],
    // Its two "Không áp dụng" marks are not allowed without a set: they keep their maximum.
    ["UBND xã, phường", [["UBND xã Mường Bằng", 1, (21.25 / 26) * 100, "Nhóm B"]]],
  ]);
  expect(ranking.failed).toEqual([
    {
      file: "hong.xlsx",
      unit: "hong",
      error: "Không tìm thấy bảng chấm điểm trong tệp (đã xem các trang “Sheet1”).",
    },
  ]);
  expect(ranking.lostPoints.length).toBeGreaterThan(0);
  expect(ranking.lostPoints[0]!.lost).toBeGreaterThanOrEqual(ranking.lostPoints.at(-1)!.lost);
  const blocks = rankingSheets(ranking, "vi", { units });
  expect(blocks.map((b) => b.name)).toEqual([
    "Xếp hạng - Sở, ban, ngành",
    "Xếp hạng - UBND xã, phường",
    "Lĩnh vực - Sở, ban, ngành",
    "Tiêu chí - Sở, ban, ngành",
    "Mất điểm - Sở, ban, ngành",
    "Biểu đồ - Sở, ban, ngành",
    "Lĩnh vực - UBND xã, phường",
    "Tiêu chí - UBND xã, phường",
    "Mất điểm - UBND xã, phường",
    "Biểu đồ - UBND xã, phường",
    "Kiểm tra",
    "Không xử lý được",
  ]);
});
