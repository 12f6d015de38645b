import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import { rankUnits } from "../../src/ranking/rank-units";
import { rankingSheetPlan, rankingSheets } from "../../src/output/ranking-sheets";
import { unitResult } from "../ranking/unit-builder";

describe("rankingSheetPlan", () => {
  const units = [
    unitResult("Sở A", 95),
    unitResult("Sở B", 80),
    unitResult("Xã A", 90, { group: "UBND xã, phường" }),
  ];
  const ranking = rankUnits(units, {
    classification: CLASSIFICATION_PRESETS["national"]!,
    failed: [{ file: "x.xlsx", unit: null, error: "Không tìm thấy bảng chấm điểm trong tệp." }],
  });
  const options = {
    units,
    notSubmitted: [{ unit: "Sở D", group: "Sở, ban, ngành", file: "so-d.xlsx" }],
  };

  it("makes rankingSheets' blocks, in its order, under the names it gave up front", () => {
    const plan = rankingSheetPlan(ranking, "vi", options);
    const made = plan.map((p) => p.make());
    expect(made).toEqual(rankingSheets(ranking, "vi", options));
    expect(made.map((b) => b.name)).toEqual(plan.map((p) => p.name));
  });

  it("builds up front only the sheets built anyway (rankings, charts); the rest at their turn", () => {
    const plan = rankingSheetPlan(ranking, "vi", options);
    const kinds = (ready: boolean) => [
      ...new Set(plan.filter((p) => (p.ready !== null) === ready).map((p) => p.make().kind)),
    ];
    expect(kinds(true)).toEqual(["ranking", "chart"]);
    expect(kinds(false)).toEqual([
      "fields",
      "criteria",
      "lost-points",
      "checking",
      "not-submitted",
      "failed",
    ]);
    for (const p of plan) if (p.ready) expect(p.make()).toBe(p.ready);
  });
});
