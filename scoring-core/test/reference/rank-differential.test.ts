/**
 * rankUnits (session 4: standings kept with each unit, no per-unit tie-break list without keys)
 * against the implementation it replaced (test/reference/rank-units.ts): byte-identical reports
 * on random units — ties at the published decimals, missing indexes, repeated and canonically
 * equal names, survey states, tie-break keys, class conditions and quotas, group orders.
 */
import fc from "fast-check";
import { CLASSIFICATION_PRESETS, type Classification, type TieBreakKey } from "../../src/criteria-set/schema";
import type { UnitResult } from "../../src/reports/schemas";
import { rankUnits, type RankOptions } from "../../src/ranking/rank-units";
import { node, unitResult } from "../ranking/unit-builder";
import { rankUnits as rankUnitsReference } from "./rank-units";

const NAMES = [
  "Sở Tư pháp",
  "So Tu phap",
  "Sở Tư pháp".normalize("NFD"),
  "UBND xã A",
  "UBND xã B",
  "Sở Y tế",
  "A",
  "a",
];
const GROUPS = ["Sở, ban, ngành", "UBND xã, phường", ""];

const unit: fc.Arbitrary<UnitResult> = fc
  .record({
    name: fc.constantFrom(...NAMES),
    group: fc.constantFrom(...GROUPS),
    index: fc.option(fc.constantFrom(87.244, 87.2449, 87.245, 90, 90.005, 100, 0, 55.5, 87.24), {
      nil: null,
    }),
    file: fc.option(fc.constantFrom("a.xlsx", "b.xlsx", "á.xlsx"), { nil: null }),
    errors: fc.nat(2),
    warnings: fc.nat(2),
    bonus: fc.constantFrom(0, 1, 2),
    surveyGiven: fc.boolean(),
    surveyMax: fc.constantFrom(0, 10),
    item: fc.option(fc.constantFrom(0.5, 1, 2), { nil: null }),
  })
  .map((r) => {
    const u = unitResult(r.name, r.index, {
      group: r.group,
      file: r.file,
      errors: r.errors,
      warnings: r.warnings,
      nodes: r.item === null ? [] : [node("1", "field", 2, r.item), node("1.1", "criterion", 2, r.item)],
    });
    u.totals = { ...u.totals, bonus: r.bonus, surveyGiven: r.surveyGiven, surveyMax: r.surveyMax };
    return u;
  });

const tieBreak: fc.Arbitrary<TieBreakKey[] | undefined> = fc.option(
  fc.array(
    fc.constantFrom<TieBreakKey>("final", "bonus", "penalty", { criterion: "1.1" }, { criterion: "9" }),
    {
      maxLength: 3,
    },
  ),
  { nil: undefined },
);

const classification: fc.Arbitrary<Classification> = fc
  .record({
    preset: fc.constantFrom(...Object.keys(CLASSIFICATION_PRESETS)),
    tieBreak,
    topQuotaPercent: fc.option(fc.constantFrom(0, 10, 50), { nil: undefined }),
    conditions: fc.boolean(),
  })
  .map(({ preset, tieBreak, topQuotaPercent, conditions }) => {
    const c: Classification = { ...CLASSIFICATION_PRESETS[preset]! };
    if (tieBreak) c.tieBreak = tieBreak;
    if (topQuotaPercent !== undefined) c.topQuotaPercent = topQuotaPercent;
    if (conditions) c.conditions = [{ id: "discipline", lowerBy: 1 }];
    return c;
  });

const options: fc.Arbitrary<RankOptions> = fc.record({
  classification,
  tieRule: fc.option(
    fc.record({
      decimals: fc.constantFrom(0, 2, 3),
      mode: fc.constantFrom("dense" as const, "competition" as const),
    }),
    { nil: undefined },
  ),
  lang: fc.constantFrom("vi" as const, "en" as const),
  groupOrder: fc.option(fc.constantFrom(["UBND xã, phường"], ["", "Sở, ban, ngành"]), { nil: undefined }),
  lostPoints: fc.boolean(),
  surveyProvided: fc.boolean(),
  missingSurvey: fc.constantFrom("hold-out" as const, "provisional" as const),
  flags: fc.option(fc.constant({ "Sở Tư pháp": ["discipline"], A: ["discipline"] }), { nil: undefined }),
});

describe("rankUnits against the reference implementation", () => {
  it("gives byte-identical reports", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), options, (units, o) => {
        expect(JSON.stringify(rankUnits(units, o))).toBe(JSON.stringify(rankUnitsReference(units, o)));
      }),
      { seed: 15, numRuns: 600 },
    );
  });
});
