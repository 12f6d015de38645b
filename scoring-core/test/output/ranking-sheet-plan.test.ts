import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import { rankUnits } from "../../src/ranking/rank-units";
import { rankingSheetPlan, rankingSheets } from "../../src/output/ranking-sheets";
import { heldBlock, type StreamedSheetBlock } from "../../src/output/sheet-block";
import type { UnitResult } from "../../src/reports/schemas";
import { node, unitResult } from "../ranking/unit-builder";

/** A unit with two fields of criteria, one not applicable, and a long name (wrapped rows). */
function scoredUnit(name: string, index: number, extra: Partial<UnitResult> = {}): UnitResult {
  const k = index / 100;
  return unitResult(name, index, {
    nodes: [
      node("1", "field", 10, 10 * k),
      node("1.1", "criterion", 4, 4 * k, { hasAppraisal: index > 85 }),
      node("1.2", "criterion", 6, 6 * k),
      node("2", "field", 8, 8 * k),
      node("2.1", "criterion", 5, 5 * k),
      node("2.2", "criterion", 3, 0, { notApplicable: index < 85 }),
    ],
    ...extra,
  });
}

describe("rankingSheetPlan", () => {
  const units = [
    scoredUnit("Sở A", 95),
    scoredUnit("Sở B với một tên rất dài, dài hơn cột của nó nhiều lần, để hàng phải cao hơn", 80),
    scoredUnit("=Sở C", 88),
    scoredUnit("Xã A", 90, { group: "UBND xã, phường" }),
  ];
  const ranking = rankUnits(units, {
    classification: CLASSIFICATION_PRESETS["national"]!,
    failed: [{ file: "x.xlsx", unit: null, error: "Không tìm thấy bảng chấm điểm trong tệp." }],
  });
  const options = {
    units,
    notSubmitted: [{ unit: "Sở D", group: "Sở, ban, ngành", file: "so-d.xlsx" }],
    issueCodes: new Map([["Sở A", { "evidence-missing": 2 }]]),
  };

  it("makes rankingSheets' blocks, in its order, under the names it gave up front", () => {
    const plan = rankingSheetPlan(ranking, "vi", options);
    const made = plan.map((p) => p.make());
    expect(made).toEqual(rankingSheets(ranking, "vi", options));
    expect(made.map((b) => b.name)).toEqual(plan.map((p) => p.name));
    expect(made.every((b) => !("body" in b))).toBe(true);
  });

  it("builds up front only the chart sheets; the rest at their turn", () => {
    const plan = rankingSheetPlan(ranking, "vi", options);
    const kinds = (ready: boolean) => [
      ...new Set(plan.filter((p) => (p.ready !== null) === ready).map((p) => p.make().kind)),
    ];
    expect(kinds(true)).toEqual(["chart"]);
    expect(kinds(false)).toEqual([
      "ranking",
      "fields",
      "criteria",
      "lost-points",
      "checking",
      "not-submitted",
      "failed",
    ]);
    for (const p of plan) if (p.ready) expect(p.make()).toBe(p.ready);
  });

  it("streams the large sheets' body rows: held, they are make()'s block", () => {
    const plan = rankingSheetPlan(ranking, "vi", options);
    const streamed = plan.map((p) => p.stream());
    const withBody = streamed.filter((b): b is StreamedSheetBlock => "body" in b);
    expect(withBody.map((b) => b.kind)).toEqual([
      "ranking",
      "ranking",
      "fields",
      "criteria",
      "fields",
      "criteria",
      "checking",
    ]);
    for (const b of withBody) {
      // Only the head is held: a title, headers; one body row per unit.
      expect(b.rows.length).toBe(Math.max(...b.headerRows) + 1);
      expect(b.body.count).toBe(b.kind === "checking" ? units.length : b.name.includes("xã") ? 1 : 3);
      expect([...b.body.rows()].every((r) => r.length === b.body.width)).toBe(true);
    }
    expect(streamed.map(heldBlock)).toEqual(plan.map((p) => p.make()));
    // A row is made each time it is taken, never kept by the block.
    const ranked = withBody[0]!;
    const [a] = ranked.body.rows();
    const [b] = ranked.body.rows();
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    // Texts neutralised as a held block's are.
    expect([...ranked.body.rows()].some((r) => r.includes("'=Sở C"))).toBe(true);
  });

  it("makes a ranking sheet's rows only as they are taken (a unit's nodes read then)", () => {
    let reads = 0;
    const counted = units.map((u) => {
      const copy = { ...u };
      Object.defineProperty(copy, "nodes", {
        get: () => {
          reads++;
          return u.nodes;
        },
      });
      return copy;
    });
    const plan = rankingSheetPlan(ranking, "vi", { ...options, units: counted });
    const sheet = plan[0]!.stream() as StreamedSheetBlock;
    expect(reads).toBe(0);
    const rows = sheet.body.rows()[Symbol.iterator]();
    rows.next();
    expect(reads).toBe(1);
    rows.next();
    expect(reads).toBe(2);
  });

  it("finds each row's unit by group, name and file, whatever units share a name", () => {
    const twins = [
      scoredUnit("Trùng", 70),
      scoredUnit("Trùng", 90, { group: "UBND xã, phường" }),
      scoredUnit("Trùng", 80, { file: "khac.xlsx" }),
    ];
    const ranked = rankUnits(twins, { classification: CLASSIFICATION_PRESETS["national"]!, failed: [] });
    const sheets = rankingSheets(ranked, "vi", { units: twins });
    // Each fields sheet's rows: the unit's points in field 1 (10 × index / 100), then its final.
    const points = (kind: string) =>
      sheets
        .filter((b) => b.kind === kind)
        .map((b) => b.rows.slice(Math.max(...b.headerRows) + 1).map((r) => [r[2], r.at(-2)]));
    expect(points("fields")).toEqual([
      [
        [8, 80],
        [7, 70],
      ],
      [[9, 90]],
    ]);
  });

  it("keeps each row's points when a later unit has criteria the earlier ones lack", () => {
    const first = scoredUnit("Sở Một", 95);
    const later = scoredUnit("Sở Hai", 60);
    later.nodes = [...later.nodes, node("2.3", "criterion", 2, 1.5), node("3", "field", 5, 4)];
    const units = [first, later, scoredUnit("Sở Ba", 50)];
    const ranked = rankUnits(units, { classification: CLASSIFICATION_PRESETS["national"]!, failed: [] });
    const criteria = rankingSheets(ranked, "vi", { units }).find((b) => b.kind === "criteria")!;
    const header = criteria.rows[Math.max(...criteria.headerRows)]!;
    const body = criteria.rows.slice(Math.max(...criteria.headerRows) + 1);
    const at = (code: string) => header.findIndex((h) => typeof h === "string" && h.startsWith(code));
    expect(body.map((r) => [r[1], r[at("1.1")], r[at("2.3")]])).toEqual([
      ["Sở Một", 3.8, null],
      ["Sở Hai", 2.4, 1.5],
      ["Sở Ba", 2, null],
    ]);
    const fields = rankingSheets(ranked, "vi", { units }).find((b) => b.kind === "fields")!;
    expect(fields.rows.slice(Math.max(...fields.headerRows) + 1).map((r) => r.slice(2, 8))).toEqual([
      [9.5, 1, 7.6, 1, null, null],
      [6, 2, 4.8, 2, 4, 1],
      [5, 3, 4, 3, null, null],
    ]);
  });
});
