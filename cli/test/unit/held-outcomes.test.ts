/**
 * What `cchc rank` holds of each scored file until every file is read: taken back, each outcome
 * has the same keys in the same order and the same values (-0, NaN, undefined, nulls), shared
 * objects are the same objects, and a kept result's packed tree reads back as scored.
 */
import fc from "fast-check";
import type { UnitResult } from "@cchc/scoring-core";
import type { UnitOutcome } from "@cchc/scoring-core/workflow";
import { HeldOutcomes } from "../../src/pool/held-outcomes";
import { ResultPacker } from "../../src/pool/compact-result";
import type { FileMeta, ScoredFile } from "../../src/pool/score-file";

const num = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, Number.NaN, 2 ** 31, -(2 ** 31) - 1, 0.1),
);
const scalar = fc.oneof(num, fc.constantFrom(null, true, false, undefined), fc.string({ maxLength: 8 }));

const node = (code: string) =>
  fc.record({
    code: fc.constant(code),
    title: fc.constant("Tiêu chí"),
    level: fc.constant("item" as const),
    section: fc.constant("main" as const),
    row: fc.option(fc.nat(300), { nil: null }),
    max: num,
    applicableMax: num,
    self: num,
    appraised: num,
    survey: num,
    final: num,
    notApplicable: fc.boolean(),
    surveyScored: fc.boolean(),
    hasAppraisal: fc.boolean(),
  });

const resultArb = fc.record({
  unit: fc.constantFrom("Xã An Bình", "Sở Tư pháp", " khác "),
  group: fc.constantFrom("UBND cấp xã", "Sở, ban, ngành"),
  unitType: fc.option(fc.constantFrom("commune", "department"), { nil: null }),
  file: fc.option(fc.constantFrom("a.xlsx", "b.xlsx"), { nil: null }),
  totals: fc.record({
    max: num,
    applicableMax: num,
    self: num,
    index: fc.option(num, { nil: null }),
    basis: fc.constantFrom("self", "mixed"),
    surveyGiven: fc.boolean(),
  }),
  nodes: fc.oneof(fc.tuple(node("1"), node("1.1")), fc.constant([])),
  errors: fc.nat(),
  warnings: fc.nat(),
  averageItems: fc.option(fc.array(fc.record({ code: fc.string(), value: num })), { nil: undefined }),
}) as unknown as fc.Arbitrary<UnitResult>;

const okArb = fc.record({
  ok: fc.constant(true as const),
  result: resultArb,
  sheetNote: fc.option(fc.string(), { nil: null }),
  surveyKey: fc.option(fc.string(), { nil: null }),
  issueCodes: fc.dictionary(
    fc.constantFrom("score-missing", "evidence-missing", "a\u0001b", "__proto__"),
    fc.nat(),
  ),
  year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
  setId: fc.option(fc.constantFrom("set-a", "set-b"), { nil: null }),
  appraisal: fc.option(
    fc.record({
      status: fc.constantFrom("none", "closed"),
      openItems: fc.nat(3),
      flaggedItems: fc.nat(3),
      notAppraised: fc.nat(3),
    }),
    { nil: null },
  ),
  extra: fc.option(fc.dictionary(fc.string({ maxLength: 3 }), scalar), { nil: undefined }),
});
const failedArb = fc.record({
  ok: fc.constant(false as const),
  unit: fc.option(fc.string(), { nil: null }),
  error: fc.string(),
  surveyKey: fc.constant(null),
});

const metaArb: fc.Arbitrary<FileMeta> = fc.record({
  file: fc.constantFrom("a.xlsx", "b.xlsx"),
  unit: fc.option(fc.constantFrom("Xã An Bình", "Sở Tư pháp"), { nil: null }),
  group: fc.constant(null),
  unitType: fc.constant(null),
  listedSurvey: fc.constant(null),
});

/** Same keys in the same order, same values by Object.is, all the way down (getters read). */
function expectSame(a: unknown, b: unknown): void {
  if (typeof a !== "object" || a === null) {
    expect(Object.is(a, b)).toBe(true);
    return;
  }
  expect(typeof b).toBe("object");
  expect(Object.keys(b as object)).toEqual(Object.keys(a));
  for (const k of Object.keys(a))
    expectSame((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
}

describe("HeldOutcomes", () => {
  it("gives back every outcome as it was held, packed results and shared objects included", () => {
    // Held in any order (the order the threads finish the files), taken in file order.
    const filesArb = fc
      .array(
        fc.record({
          outcome: fc.oneof(okArb, failedArb),
          modified: fc.option(num, { nil: null }),
          meta: metaArb,
        }),
        { minLength: 1, maxLength: 12 },
      )
      .chain((files) =>
        fc.tuple(
          fc.constant(files),
          fc.shuffledSubarray([...files.keys()], { minLength: files.length, maxLength: files.length }),
        ),
      );
    fc.assert(
      fc.property(filesArb, ([files, order]) => {
        const packer = new ResultPacker();
        const metas = files.map((f) => f.meta);
        const given: ScoredFile[] = [];
        for (const i of order)
          given[i] = {
            outcome: packer.keepOutcome(files[i]!.outcome as unknown as UnitOutcome, metas[i]!),
            modified: files[i]!.modified,
          };
        const held = new HeldOutcomes((i) => metas[i]!, packer);
        for (const i of order) held.hold(i, given[i]!);
        given.forEach((g, i) => {
          const back = held.take(i);
          expectSame(g, back);
          expect(JSON.stringify(back)).toBe(JSON.stringify(g));
          if (g.outcome.ok && back.outcome.ok) {
            // Shared objects come back as themselves; the unit name as the list's string.
            expect(back.outcome.appraisal).toBe(g.outcome.appraisal);
            expect(Object.keys({ ...back.outcome.result })).toEqual(Object.keys(g.outcome.result));
          }
        });
      }),
      { numRuns: 50 },
    );
  });

  it("holds thousands of outcomes across the store's pieces", () => {
    const [sample] = fc.sample(okArb, { numRuns: 1, seed: 3 });
    const packer = new ResultPacker();
    const meta: FileMeta = { file: "a.xlsx", unit: null, group: null, unitType: null, listedSurvey: null };
    const given: ScoredFile[] = Array.from({ length: 6000 }, (_, i) => ({
      outcome: packer.keepOutcome(
        {
          ...sample!,
          result: { ...sample!.result, errors: i, totals: { ...sample!.result.totals, self: i / 7 } },
        } as unknown as UnitOutcome,
        meta,
      ),
      modified: i * 1.5,
    }));
    const held = new HeldOutcomes(() => meta, packer);
    // Odd files first, then even ones: each file's values are read from where they were put.
    given.forEach((g, i) => i % 2 === 1 && held.hold(i, g));
    given.forEach((g, i) => i % 2 === 0 && held.hold(i, g));
    given.forEach((g, i) => {
      expect(JSON.stringify(held.take(i))).toBe(JSON.stringify(g));
    });
  });

  it("keeps a unit's name and file as the units list's strings", () => {
    const packer = new ResultPacker();
    const meta: FileMeta = {
      file: "x.xlsx",
      unit: "Xã Tân Lập",
      group: null,
      unitType: null,
      listedSurvey: null,
    };
    const result = {
      unit: "Xã Tân Lập",
      group: "G",
      unitType: null,
      file: "x.xlsx",
      totals: {},
      nodes: [],
      errors: 0,
      warnings: 0,
    } as unknown as UnitResult;
    const outcome = {
      ok: true,
      result,
      issueCodes: {},
      appraisal: null,
      setId: null,
    } as unknown as UnitOutcome;
    const held = new HeldOutcomes(() => meta, packer);
    held.hold(0, { outcome: packer.keepOutcome(outcome, meta), modified: 1.5 });
    const back = held.take(0);
    expect(back.modified).toBe(1.5);
    if (!back.outcome.ok) throw new Error("held an ok outcome as failed");
    expect(back.outcome.result.unit).toBe(meta.unit);
    expect(back.outcome.result.file).toBe(meta.file);
  });
});
