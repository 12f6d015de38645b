import fc from "fast-check";
import { resolveNotApplicable, splitEqually, type PolicyChild } from "../../src/criteria-set/not-applicable";
import type { NotApplicablePolicy } from "../../src/criteria-set/schema";
import { computeTotals } from "../../src/totals/compute-totals";
import { makeSet } from "./set-fixtures";
import type { ScoringTable } from "../../src/table/types";

const M = 1_000_000;
const kid = (max: number, score: number, na = false, policy?: NotApplicablePolicy): PolicyChild => ({
  max: max * M,
  applicableMax: na ? 0 : max * M,
  self: na ? 0 : score * M,
  appraised: na ? 0 : score * M,
  notApplicable: na,
  policy,
});
const inPoints = (r: { applicableMax: number; appraised: number }) => [r.applicableMax / M, r.appraised / M];

describe("N/A policies", () => {
  it("exclude: the item leaves the maximum", () => {
    expect(inPoints(resolveNotApplicable([kid(2, 1), kid(2, 2), kid(1, 0, true, "exclude")]))).toEqual([
      4, 3,
    ]);
  });
  it("full-marks: the item counts as achieved", () => {
    expect(inPoints(resolveNotApplicable([kid(2, 1), kid(2, 2), kid(1, 0, true, "full-marks")]))).toEqual([
      5, 4,
    ]);
  });
  it("rescale: the remaining items are scaled to the parent's full maximum", () => {
    expect(inPoints(resolveNotApplicable([kid(2, 1), kid(2, 2), kid(1, 0, true, "rescale")]))).toEqual([
      5, 3.75,
    ]);
  });
  it("share: the item's maximum is split equally among its siblings", () => {
    // 1 + 0,5 → max 2,5 (score 1 → 1,25); 3 + 0,5 → max 3,5 (score 3 → 3,5).
    expect(inPoints(resolveNotApplicable([kid(2, 1), kid(3, 3), kid(1, 0, true, "share")]))).toEqual([
      6, 4.75,
    ]);
  });
  it("leaves the parent's maximum whole and its points within it, for every policy mix", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            q: fc.integer({ min: 1, max: 20 }),
            frac: fc.integer({ min: 0, max: 4 }),
            na: fc.boolean(),
            policy: fc.constantFrom<NotApplicablePolicy>("exclude", "rescale", "full-marks", "share"),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (spec) => {
          const kids = spec.map((s) => kid(s.q / 4, ((s.q / 4) * s.frac) / 4, s.na, s.policy));
          const r = resolveNotApplicable(kids);
          const full = kids.reduce((a, k) => a + k.max, 0);
          const excluded = kids.filter((k) => k.notApplicable && (k.policy ?? "exclude") === "exclude");
          expect(r.appraised).toBeGreaterThanOrEqual(0);
          expect(r.appraised).toBeLessThanOrEqual(r.applicableMax);
          expect(Number.isInteger(r.appraised) && Number.isInteger(r.applicableMax)).toBe(true);
          const live = kids.some((k) => !k.notApplicable);
          if (live && excluded.length === 0) expect(r.applicableMax).toBe(full);
        },
      ),
    );
  });
  it("splitEqually adds up exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 9 }), (t, n) => {
        expect(splitEqually(t, n).reduce((a, b) => a + b, 0)).toBe(t);
      }),
    );
  });
});

describe("totals with a set's N/A policy", () => {
  const num = (value: number) => ({ raw: value, text: String(value), parsed: { kind: "number", value } });
  const na = { raw: "KAD", text: "KAD", parsed: { kind: "not-applicable" } };
  const node = (code: string, max: number, self: unknown, children: unknown[] = []) => ({
    code,
    title: code,
    level: code.includes(".") ? "criterion" : "field",
    section: "main",
    row: 1,
    max: num(max),
    self,
    declared: null,
    appraisals: [],
    ruleText: [],
    children,
  });
  const table = {
    fields: [node("1", 5, null, [node("1.1", 2, num(1)), node("1.2", 2, num(2)), node("1.3", 1, na)])],
  } as unknown as ScoringTable;

  it.each([
    ["exclude", 4, 3],
    ["full-marks", 5, 4],
    ["rescale", 5, 3.75],
  ] as const)("%s", (policy, applicableMax, appraised) => {
    const set = makeSet([
      {
        code: "1",
        title: "1",
        max: 5,
        children: [
          { code: "1.1", title: "a", max: 2 },
          { code: "1.2", title: "b", max: 2 },
          { code: "1.3", title: "c", max: 1, mayBeNotApplicable: true, notApplicablePolicy: policy },
        ],
      },
    ]);
    const { totals } = computeTotals(table, { set });
    expect([totals.applicableMax, totals.appraised]).toEqual([applicableMax, appraised]);
  });

  it("holds the total within the set's declared range", () => {
    const full = {
      fields: [node("1", 5, null, [node("1.1", 2, num(2)), node("1.2", 2, num(2)), node("1.3", 1, num(1))])],
    } as unknown as ScoringTable;
    const fields = [
      {
        code: "1",
        title: "1",
        max: 5,
        children: [
          { code: "1.1", title: "a", max: 2 },
          { code: "1.2", title: "b", max: 2 },
          { code: "1.3", title: "c", max: 1 },
        ],
      },
    ];
    const open = computeTotals(full, { set: makeSet(fields) }).totals;
    expect(open.final).toBe(5);
    const capped = computeTotals(full, {
      set: makeSet(fields, {
        classification: {
          bands: [{ label: "Tốt", labelEn: "Good", min: 80 }],
          totalRange: { min: 0, max: 4.5 },
        },
      }),
    }).totals;
    expect([capped.final, capped.index]).toEqual([4.5, 90]);
  });
});
