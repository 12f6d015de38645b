/**
 * The province-average rule re-totals a unit through the core's totals: property tests that the
 * re-total with some leaves' points replaced equals scoring the unit from scratch with those
 * points — N/A policies (rescale, share, full marks), bonus/penalty caps and a clamped total range
 * included — and a hand-worked case where the additive shortcut would be wrong.
 */
import fc from "fast-check";
import { applyAverageRules } from "../../src/consolidation/average-rules";
import { retotalBasis, retotalUnit } from "../../src/consolidation/retotal";
import type { CriteriaSet, Criterion, NotApplicablePolicy } from "../../src/criteria-set/schema";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import type { TableTotals, UnitResult } from "../../src/reports/schemas";
import { computeDetailed, type SurveyInput } from "../../src/totals/compute-totals";
import { buildTable, type RowSpec } from "../totals/table-builder";

interface LeafSpec {
  max: number;
  na: boolean;
  policy: NotApplicablePolicy | null;
  survey: boolean;
  /** "na" marks it not applicable; null leaves it blank. */
  self: number | "na" | null;
  appraisal: number | null;
  surveyPoints: number;
}

interface Spec {
  fields: LeafSpec[][];
  bonus: { leaves: LeafSpec[]; cap: number } | null;
  penalty: { leaves: LeafSpec[]; cap: number } | null;
  range: { min: number; max: number } | null;
  target: number;
  points: number;
}

const quarter = (lo: number, hi: number) => fc.integer({ min: lo * 4, max: hi * 4 }).map((n) => n / 4);

const leafArb = (sign: 1 | -1, mainItem: boolean): fc.Arbitrary<LeafSpec> =>
  fc
    .record({
      max: fc.constantFrom(0.5, 1, 1.5, 2, 3),
      na: fc.boolean(),
      policy: fc.constantFrom<NotApplicablePolicy | null>(null, "exclude", "rescale", "full-marks", "share"),
      survey: mainItem ? fc.boolean() : fc.constant(false),
      selfKind: fc.constantFrom("number", "number", "number", "na", "blank"),
      fraction: fc.integer({ min: 0, max: 4 }),
      appraisalFraction: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      surveyPoints: fc.integer({ min: 0, max: 4 }),
    })
    .map((r) => {
      const max = sign * r.max;
      const at = (f: number) => (max * f) / 4;
      return {
        max,
        na: r.na,
        policy: r.policy,
        survey: r.survey,
        self: r.selfKind === "na" ? ("na" as const) : r.selfKind === "blank" ? null : at(r.fraction),
        appraisal: r.appraisalFraction === null ? null : at(r.appraisalFraction),
        surveyPoints: (Math.abs(max) * r.surveyPoints) / 4,
      };
    });

const specArb: fc.Arbitrary<Spec> = fc.record({
  fields: fc.array(fc.array(leafArb(1, true), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 3,
  }),
  bonus: fc.option(
    fc.record({ leaves: fc.array(leafArb(1, false), { minLength: 1, maxLength: 3 }), cap: quarter(0, 4) }),
    { nil: null },
  ),
  penalty: fc.option(
    fc.record({ leaves: fc.array(leafArb(-1, false), { minLength: 1, maxLength: 3 }), cap: quarter(0, 3) }),
    { nil: null },
  ),
  range: fc.option(
    quarter(2, 20).map((max) => ({ min: 0, max })),
    { nil: null },
  ),
  target: fc.nat(),
  points: fc.integer({ min: 0, max: 4 }),
});

/** The set and the unit's table (rows) of a spec; survey points per survey leaf. */
function build(spec: Spec) {
  const rows: RowSpec[] = [];
  const fields: Criterion[] = [];
  const survey: Record<string, number> = {};
  const leaves: { code: string; leaf: LeafSpec }[] = [];
  const content = (code: string, list: LeafSpec[], section: "main" | "bonus" | "penalty", cap?: number) => {
    const kids: Criterion[] = list.map((l, j) => {
      const c = `${code}.${j + 1}`;
      const crit: Criterion = { code: c, title: `Mục ${c}`, max: l.max };
      if (l.na) crit.mayBeNotApplicable = true;
      if (l.policy) crit.notApplicablePolicy = l.policy;
      if (l.survey) {
        crit.surveyScored = true;
        crit.rule = { kind: "survey" };
        survey[c] = l.surveyPoints;
      }
      leaves.push({ code: c, leaf: l });
      return crit;
    });
    const max = kids.reduce((s, k) => s + k.max, 0);
    const field: Criterion = { code, title: `Nội dung ${code}`, max, children: kids };
    if (section === "bonus") field.bonus = true;
    if (section === "penalty") field.penalty = true;
    if (cap !== undefined) field.cap = cap;
    fields.push(field);
    rows.push({ code, title: field.title, max, section });
    list.forEach((l, j) => {
      const c = `${code}.${j + 1}`;
      rows.push({
        code: c,
        title: `Mục ${c}`,
        max: l.max,
        section,
        self: l.survey ? null : l.self === "na" ? "Không áp dụng" : l.self,
        a1: l.survey ? null : l.appraisal,
      });
    });
  };
  spec.fields.forEach((list, i) => content(String(i + 1), list, "main"));
  let n = spec.fields.length;
  if (spec.bonus) content(String(++n), spec.bonus.leaves, "bonus", spec.bonus.cap);
  if (spec.penalty) content(String(++n), spec.penalty.leaves, "penalty", spec.penalty.cap);
  const set: CriteriaSet = {
    schemaVersion: 1,
    id: "p",
    name: "p",
    year: 2025,
    unitTypes: ["department"],
    sample: false,
    source: {},
    fields,
    classification: {
      ...CLASSIFICATION_PRESETS["five-level"]!,
      ...(spec.range ? { totalRange: spec.range } : {}),
    },
    tieRule: { mode: "dense", decimals: 2 },
    rounding: { decimals: 2, mode: "half-away-from-zero" },
  };
  return { rows, set, survey: { byCriterion: survey } as SurveyInput, leaves };
}

function score(rows: RowSpec[], set: CriteriaSet, survey: SurveyInput): UnitResult {
  const { totals, nodes, tree } = computeDetailed(buildTable({ rows }), { set, survey });
  return {
    unit: "Sở A",
    group: "Sở",
    unitType: null,
    file: null,
    totals,
    nodes,
    errors: 0,
    warnings: 0,
    retotal: retotalBasis(tree, set),
  };
}

const FIGURES = [
  "max",
  "applicableMax",
  "selfMax",
  "surveyMax",
  "self",
  "appraised",
  "survey",
  "bonus",
  "penalty",
  "final",
  "index",
] as const satisfies readonly (keyof TableTotals)[];

const figures = (u: UnitResult) => ({
  totals: Object.fromEntries(FIGURES.map((k) => [k, u.totals[k]])),
  nodes: u.nodes,
});

describe("re-totalling a unit through the core's totals", () => {
  it("with no points replaced gives the unit back (property)", () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const { rows, set, survey } = build(spec);
        const unit = score(rows, set, survey);
        expect(figures(retotalUnit(unit, new Map()))).toEqual(figures(unit));
      }),
      { numRuns: 150 },
    );
  });

  it("with a leaf's points replaced equals scoring the unit from scratch with them (property)", () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const { rows, set, survey } = build(spec);
        const unit = score(rows, set, survey);
        // A leaf that counts (not N/A, not survey-scored), like a vs-average item.
        const candidates = unit.nodes.filter(
          (n) =>
            !unit.nodes.some((c) => c.code.startsWith(`${n.code}.`)) && !n.notApplicable && !n.surveyScored,
        );
        fc.pre(candidates.length > 0);
        const leaf = candidates[spec.target % candidates.length]!;
        const points = (leaf.max * spec.points) / 4;
        const fresh = rows.map((r) =>
          r.code === leaf.code ? { ...r, self: points, a1: leaf.hasAppraisal ? points : null } : r,
        );
        const expected = score(fresh, set, survey);
        const got = retotalUnit(unit, new Map([[leaf.code, points]]));
        expect(figures(got)).toEqual(figures(expected));
      }),
      { numRuns: 300 },
    );
  });

  it("rescales, caps and clamps where adding the difference would not (hand-worked)", () => {
    // Field 1: 1.1 (vs-average, 2) and 1.2 (N/A, rescale, 2): the parent keeps 4 points of maximum,
    // so 1.1 counts double. Bonus 2.1 is at its cap of 1. Total range 0..3.
    const set: CriteriaSet = {
      schemaVersion: 1,
      id: "h",
      name: "h",
      year: 2025,
      unitTypes: ["department"],
      sample: false,
      source: {},
      fields: [
        {
          code: "1",
          title: "Chỉ đạo",
          max: 4,
          children: [
            {
              code: "1.1",
              title: "So với trung bình",
              max: 2,
              rule: { kind: "vs-average", atOrAbove: 2, below: 0 },
            },
            {
              code: "1.2",
              title: "Không phát sinh",
              max: 2,
              mayBeNotApplicable: true,
              notApplicablePolicy: "rescale",
            },
          ],
        },
        {
          code: "2",
          title: "Điểm thưởng",
          max: 1,
          bonus: true,
          cap: 1,
          children: [{ code: "2.1", title: "Sáng kiến", max: 1 }],
        },
      ],
      classification: { ...CLASSIFICATION_PRESETS["five-level"]!, totalRange: { min: 0, max: 3 } },
      tieRule: { mode: "dense", decimals: 2 },
      rounding: { decimals: 2, mode: "half-away-from-zero" },
    };
    const rows: RowSpec[] = [
      { code: "1", max: 4 },
      { code: "1.1", max: 2, self: 0 },
      { code: "1.2", max: 2, self: "Không áp dụng" },
      { code: "2", max: 1, section: "bonus" },
      { code: "2.1", max: 1, self: 1, section: "bonus" },
    ];
    const unit = { ...score(rows, set, {}), averageItems: [] as UnitResult["averageItems"] };
    expect(unit.totals).toMatchObject({ appraised: 0, bonus: 1, final: 1 });
    const items = [{ code: "1.1", value: 90, atOrAbove: 2, below: 0, better: "higher" as const }];
    const other = { ...unit, unit: "Sở B", averageItems: [{ ...items[0]!, value: 70 }] };
    const [a] = applyAverageRules([{ ...unit, averageItems: items }, other]).units;
    // 1.1 gets 2 of 2 → rescaled to 4 of 4; 4 + bonus 1 = 5, held at 3.
    expect(a!.nodes.find((n) => n.code === "1")).toMatchObject({ self: 4, appraised: 4, applicableMax: 4 });
    expect(a!.totals).toMatchObject({ appraised: 4, bonus: 1, final: 3, index: 75 });
  });
});
