/**
 * Ranking (session 5: #15, 10,000 units under 30 ms) against the code it replaced, frozen in
 * test/reference/ranking/ (rank-units, lost-points, classify, tie-break as at e1eac5c):
 * byte-identical reports on random units — ties at the published decimals, missing and
 * non-finite indexes, Vietnamese names in NFC and NFD, names the collation holds equal, files,
 * survey states, tie-break keys (criteria present, absent, repeated), class conditions and quotas,
 * group orders — and identical lost points over mixed layouts (codes shared by different
 * criteria, a leaf split into items, bonus/penalty sections, N/A leaves, survey items).
 */
import fc from "fast-check";
import { CLASSIFICATION_PRESETS, type Classification, type TieBreakKey } from "../../src/criteria-set/schema";
import type { NodeTotals, UnitResult } from "../../src/reports/schemas";
import { lostPoints } from "../../src/ranking/lost-points";
import { rankUnits, type RankOptions } from "../../src/ranking/rank-units";
import { fromUnits } from "../../src/numbers/decimal";
import { lostPoints as lostPointsReference } from "./ranking/lost-points";
import { rankUnits as rankUnitsReference } from "./ranking/rank-units";

const NAMES = [
  "Sở Tư pháp",
  "Sở Tư pháp".normalize("NFD"),
  "So Tu phap",
  "sở tư pháp",
  "Sở Y tế",
  "Sở Xây dựng",
  "Đơn vị số 1",
  "Đơn vị số 10",
  "Đơn vị số 2",
  "Don vi so 2",
  "UBND xã Ân Hảo",
  "UBND xã Ấn Hảo",
  "UBND xã An Hảo",
  "UBND phường Ơ",
  "UBND phường Ô",
  "UBND phường O",
  "A",
  "a",
  "Ă",
  "",
  " Sở Tư pháp",
  "Sở Tư pháp ",
];
const GROUPS = ["Sở, ban, ngành", "UBND xã, phường", "UBND cấp huyện", "", "sở, ban, ngành"];
const FILES = ["a.xlsx", "b.xlsx", "á.xlsx", "A.xlsx", "Sở Tư pháp.xlsx", "Sở Tư pháp.xlsx".normalize("NFD")];

type Layout = [string, NodeTotals["level"], string?][];
/** Layouts sharing codes: a reordered one, a leaf split into items, a code reused by another criterion. */
const LAYOUTS: Layout[] = [
  [
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.2", "criterion"],
    ["2", "field"],
    ["2.1", "criterion"],
    ["2.2", "criterion"],
  ],
  [
    ["2", "field"],
    ["2.1", "criterion"],
    ["2.2", "criterion"],
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.2", "criterion"],
  ],
  [
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.1.a", "item"],
    ["1.1.b", "item"],
    ["1.2", "criterion"],
    ["2", "field"],
    ["2.1", "criterion"],
  ],
  [
    ["1", "field"],
    ["1.1", "criterion", "Một tiêu chí khác cùng mã"],
    ["1.2", "subcriterion"],
  ],
  [
    ["1", "field"],
    ["1.2", "criterion"],
    ["1.10", "criterion"],
    ["1.9", "criterion"],
    ["1.01", "criterion"],
  ],
  [],
  [["1", "field"]],
  [
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.1", "criterion"],
    ["3", "field"],
  ],
  // As long as the first layout, the same first level, other levels after: other leaves.
  [
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.2", "subcriterion"],
    ["1.2.1", "item"],
    ["2", "field"],
    ["2.1", "criterion"],
  ],
  [
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.2", "criterion"],
    ["2", "criterion"],
    ["2.1", "criterion"],
    ["2.2", "subcriterion"],
  ],
];

const leaf = fc.record({
  max: fc.integer({ min: 0, max: 4000 }).map((q) => fromUnits(q * 250)),
  part: fc.double({ min: 0, max: 1, noNaN: true }),
  section: fc.constantFrom<NodeTotals["section"]>("main", "main", "main", "bonus", "penalty"),
  notApplicable: fc.constantFrom(false, false, false, true),
  survey: fc.constantFrom(0, 0, 1.5),
  surveyScored: fc.boolean(),
});

const unitArb: fc.Arbitrary<UnitResult> = fc
  .record({
    name: fc.constantFrom(...NAMES),
    group: fc.constantFrom(...GROUPS),
    index: fc.option(
      fc.constantFrom(
        87.244,
        87.2449,
        87.245,
        87.2451,
        90,
        90.005,
        100,
        0,
        55.5,
        -1.005,
        NaN,
        Infinity,
        79.999,
      ),
      { nil: null },
    ),
    file: fc.option(fc.constantFrom(...FILES), { nil: null }),
    type: fc.constantFrom(undefined, null, "department" as const, "commune" as const),
    errors: fc.nat(2),
    warnings: fc.nat(2),
    final: fc.constantFrom(50, 87.25, 90),
    self: fc.constantFrom(50, 88),
    appraised: fc.constantFrom(50, 86.5),
    appraisalRound: fc.constantFrom(0, 1, 2),
    bonus: fc.constantFrom(0, 1, 2),
    penalty: fc.constantFrom(0, 0.5),
    surveyGiven: fc.boolean(),
    surveyMax: fc.constantFrom(0, 10),
    layout: fc.integer({ min: 0, max: LAYOUTS.length - 1 }),
    leaves: fc.array(leaf, { minLength: 7, maxLength: 7 }),
  })
  .map((r) => {
    const nodes = LAYOUTS[r.layout]!.map(([code, level, title], k): NodeTotals => {
      const l = r.leaves[k % r.leaves.length]!;
      const final = Math.min(l.max, fromUnits(Math.round(l.max * l.part * 4) * 250_000));
      return {
        code,
        title: title ?? `Tiêu chí ${code}`,
        level,
        section: l.section,
        row: null,
        max: l.max,
        applicableMax: l.notApplicable ? 0 : l.max,
        self: final,
        appraised: final,
        survey: l.survey,
        final,
        notApplicable: l.notApplicable,
        surveyScored: l.surveyScored,
        hasAppraisal: false,
      };
    });
    const u: UnitResult = {
      unit: r.name,
      group: r.group,
      unitType: null,
      file: r.file,
      totals: {
        max: 100,
        applicableMax: 100,
        selfMax: 100,
        surveyMax: r.surveyMax,
        self: r.self,
        appraised: r.appraised,
        survey: 0,
        bonus: r.bonus,
        penalty: r.penalty,
        final: r.final,
        index: r.index,
        appraisalRound: r.appraisalRound,
        basis: "self",
        surveyGiven: r.surveyGiven,
      },
      nodes,
      errors: r.errors,
      warnings: r.warnings,
    };
    if (r.type !== undefined) u.type = r.type;
    return u;
  });

const tieBreak: fc.Arbitrary<TieBreakKey[] | undefined> = fc.option(
  fc.array(
    fc.constantFrom<TieBreakKey>(
      "final",
      "bonus",
      "penalty",
      "appraised",
      "self",
      { criterion: "1.1" },
      { criterion: "2.2" },
      { criterion: "9" },
    ),
    { maxLength: 3 },
  ),
  { nil: undefined },
);

const classification: fc.Arbitrary<Classification> = fc
  .record({
    preset: fc.constantFrom(...Object.keys(CLASSIFICATION_PRESETS)),
    reversed: fc.boolean(),
    tieBreak,
    topQuotaPercent: fc.option(fc.constantFrom(0, 10, 33.333333, 50, 100), { nil: undefined }),
    conditions: fc.constantFrom(0, 1, 2),
  })
  .map(({ preset, reversed, tieBreak, topQuotaPercent, conditions }) => {
    const base = CLASSIFICATION_PRESETS[preset]!;
    const c: Classification = { ...base, bands: reversed ? [...base.bands].reverse() : base.bands };
    if (tieBreak) c.tieBreak = tieBreak;
    if (topQuotaPercent !== undefined) c.topQuotaPercent = topQuotaPercent;
    if (conditions === 1) c.conditions = [{ id: "discipline", lowerBy: 1 }];
    if (conditions === 2)
      c.conditions = [
        { id: "discipline", lowerBy: 2 },
        { id: "late", highest: base.bands[1]!.label },
      ];
    return c;
  });

const options: fc.Arbitrary<RankOptions> = fc.record(
  {
    classification,
    tieRule: fc.option(
      fc.record({
        decimals: fc.constantFrom(0, 1, 2, 3, 6),
        mode: fc.constantFrom("dense" as const, "competition" as const),
      }),
      { nil: undefined },
    ),
    lang: fc.constantFrom("vi" as const, "en" as const),
    groupOrder: fc.option(fc.constantFrom(["UBND xã, phường"], ["", "Sở, ban, ngành"], ["Không có"]), {
      nil: undefined,
    }),
    lostPoints: fc.boolean(),
    surveyProvided: fc.boolean(),
    missingSurvey: fc.constantFrom("hold-out" as const, "provisional" as const),
    flags: fc.option(
      fc.constant({ "Sở Tư pháp": ["discipline"], A: ["discipline", "late"], "Đơn vị số 2": ["late"] }),
      { nil: undefined },
    ),
    failed: fc.constant([{ file: "x.xlsx", unit: null, error: "hỏng" }]),
  },
  { requiredKeys: ["classification"] },
);

describe("ranking against the frozen session-5 reference", () => {
  it("gives byte-identical reports and leaves its input untouched", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 40 }), options, (units, o) => {
        const before = JSON.stringify(units);
        const got = JSON.stringify(rankUnits(units, o));
        expect(JSON.stringify(units)).toBe(before);
        expect(got).toBe(JSON.stringify(rankUnitsReference(units, o)));
      }),
      { seed: 1515, numRuns: 800 },
    );
  });

  it("gives identical lost points over mixed layouts", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 60 }), (units) => {
        expect(JSON.stringify(lostPoints(units))).toBe(JSON.stringify(lostPointsReference(units)));
      }),
      { seed: 15, numRuns: 500 },
    );
  });

  it("ranks many units tied in long runs as the reference does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.nat(3), fc.nat(999)), {
          minLength: 100,
          maxLength: 400,
        }),
        fc.boolean(),
        (specs, shareNodes) => {
          const template = fc.sample(unitArb, { seed: 7, numRuns: 1 })[0]!;
          const units = specs.map(([name, k, n]): UnitResult => ({
            ...template,
            unit: n % 3 === 0 ? `${name} ${n}` : name,
            group: GROUPS[k]!,
            file: `don-vi-${n}.xlsx`,
            totals: { ...template.totals, index: [87.24, 90, 55.5, null][k]!, final: n % 2 },
            nodes: shareNodes ? template.nodes : template.nodes.map((x) => ({ ...x })),
          }));
          const o = { classification: CLASSIFICATION_PRESETS["national"]! };
          expect(JSON.stringify(rankUnits(units, o))).toBe(JSON.stringify(rankUnitsReference(units, o)));
        },
      ),
      { seed: 5, numRuns: 40 },
    );
  });
});
