/**
 * The packed results `cchc rank` keeps: every unit reads back exactly as scored (same keys in the
 * same order, same numbers including -0 and nulls), whatever the figures; a tree with a key the
 * packer does not know is kept as it came.
 */
import fc from "fast-check";
import type { NodeTotals, UnitResult } from "@cchc/scoring-core";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import type { UnitOutcome } from "@cchc/scoring-core/workflow";
import { ResultPacker, WirePacker, type Shape } from "../../src/pool/compact-result";

const figure = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.25, 1.5),
);

const nodeArb = (code: string, level: NodeTotals["level"]): fc.Arbitrary<NodeTotals> =>
  fc.record({
    code: fc.constant(code),
    title: fc.constantFrom("Công tác chỉ đạo", "Cải cách TTHC"),
    level: fc.constant(level),
    section: fc.constantFrom("main", "bonus", "penalty"),
    row: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
    max: figure,
    applicableMax: figure,
    self: figure,
    appraised: figure,
    survey: figure,
    final: figure,
    notApplicable: fc.boolean(),
    surveyScored: fc.boolean(),
    hasAppraisal: fc.boolean(),
  });

const unitArb: fc.Arbitrary<UnitResult> = fc.record({
  unit: fc.string(),
  group: fc.constantFrom("Sở, ban, ngành", "UBND xã"),
  unitType: fc.constantFrom(null, "department"),
  file: fc.option(fc.string(), { nil: null }),
  totals: fc.constant({
    max: 100,
    applicableMax: 100,
    selfMax: 90,
    surveyMax: 10,
    self: 80,
    appraised: 78,
    survey: 5,
    bonus: 0,
    penalty: 0,
    final: 83,
    index: 83,
  } as UnitResult["totals"]),
  nodes: fc.tuple(nodeArb("1", "field"), nodeArb("1.1", "criterion"), nodeArb("1.1.1", "subcriterion")),
  errors: fc.nat(),
  warnings: fc.nat(),
});

describe("ResultPacker", () => {
  it("reads every unit back as it was scored, key order included", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 8 }), (units) => {
        const packer = new ResultPacker();
        const kept = units.map((u) => packer.compact(u));
        kept.forEach((k, i) => {
          expect(Object.keys(k)).toEqual(Object.keys(units[i]!));
          expect(k.nodes).toEqual(units[i]!.nodes);
          k.nodes.forEach((n, j) => {
            expect(Object.keys(n)).toEqual(Object.keys(units[i]!.nodes[j]!));
            expect(Object.is(n.final, units[i]!.nodes[j]!.final)).toBe(true);
          });
          expect(JSON.stringify(k)).toBe(JSON.stringify(units[i]));
          expect({ ...k }.nodes).toEqual(units[i]!.nodes);
        });
      }),
      { numRuns: 40 },
    );
  });

  it("reads back columns kept once, as zeros, floats or hundredths: -0, NaN rows and doubles included", () => {
    // Whole columns equal to another (not appraised yet: appraised = self), all zero (no survey),
    // exact floats (maxima) and not (0.1), hundredths in 16 bits (scores) or not (past ±327,67):
    // each way a column is kept.
    const columnArb = fc.constantFrom(
      "zero",
      "negzero",
      "float",
      "double",
      "self",
      "max",
      "cents",
      "bigcents",
    ) as fc.Arbitrary<"zero" | "negzero" | "float" | "double" | "self" | "max" | "cents" | "bigcents">;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ f: fc.double({ noDefaultInfinity: true }), q: fc.integer({ min: -40, max: 40 }) }),
          {
            minLength: 0,
            maxLength: 6,
          },
        ),
        fc.array(columnArb, { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        (values, kinds, nullRows) => {
          const col = (kind: string, i: number, self: number, max: number): number => {
            const { f, q } = values[i]!;
            if (kind === "zero") return 0;
            if (kind === "negzero") return -0;
            if (kind === "float") return q / 4;
            if (kind === "double") return Number.isNaN(f) ? 0.1 : f;
            if (kind === "cents") return (q * 7) / 100;
            if (kind === "bigcents") return (q * 100003 + 1) / 100;
            return kind === "self" ? self : max;
          };
          const nodes: NodeTotals[] = values.map((_, i) => {
            const max = col(kinds[0] === "self" || kinds[0] === "max" ? "float" : kinds[0]!, i, 0, 0);
            const self = col(kinds[2] === "self" ? "double" : kinds[2]!, i, 0, max);
            return {
              code: `1.${i}`,
              title: "Tiêu chí",
              level: "criterion",
              section: "main",
              row: nullRows ? null : i + 7,
              max,
              applicableMax: col(kinds[1]!, i, self, max),
              self,
              appraised: col(kinds[3]!, i, self, max),
              survey: col(kinds[4]!, i, self, max),
              final: col(kinds[5]!, i, self, max),
              notApplicable: i % 2 === 0,
              surveyScored: false,
              hasAppraisal: i % 3 === 0,
            };
          });
          const unit = { unit: "A", group: "G", unitType: null, file: null, nodes } as unknown as UnitResult;
          const back = new ResultPacker().compact(unit).nodes;
          expect(back).toEqual(nodes);
          back.forEach((n, i) => {
            for (const k of ["row", "max", "applicableMax", "self", "appraised", "survey", "final"] as const)
              expect(Object.is(n[k], nodes[i]![k])).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads back units sharing their template's rows and maxima, and units that do not", () => {
    // Row numbers and maxima equal to the first unit of the same shape are kept once per shape.
    const sameTemplate = fc.tuple(unitArb, fc.array(fc.tuple(unitArb, fc.boolean()), { maxLength: 8 }));
    fc.assert(
      fc.property(sameTemplate, ([first, others]) => {
        const units = [
          first,
          ...others.map(([u, same]) =>
            same
              ? {
                  ...u,
                  nodes: u.nodes.map((n, j) => ({
                    ...n,
                    row: first.nodes[j]!.row,
                    max: first.nodes[j]!.max,
                  })),
                }
              : u,
          ),
        ];
        const packer = new ResultPacker();
        const kept = units.map((u) => packer.compact(u));
        kept.forEach((k, i) => {
          expect(JSON.stringify(k)).toBe(JSON.stringify(units[i]));
          k.nodes.forEach((n, j) => {
            expect(Object.keys(n)).toEqual(Object.keys(units[i]!.nodes[j]!));
            for (const key of ["row", "max", "applicableMax", "final"] as const)
              expect(Object.is(n[key], units[i]!.nodes[j]![key])).toBe(true);
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  it("keeps thousands of units apart in its store, none showing where it is kept", () => {
    const [u] = fc.sample(unitArb, { numRuns: 1, seed: 7 });
    const packer = new ResultPacker();
    // Enough units (≈ 100 bytes each) for the store to take two pieces; each with its own figures.
    const units = Array.from({ length: 3000 }, (_, i) => ({
      ...u!,
      nodes: u!.nodes.map((n, j) => ({ ...n, self: (i * 3 + j) / 100, final: i + j / 3, row: i })),
    }));
    const kept = units.map((x) => packer.compact(x));
    expect(JSON.stringify(kept)).toBe(JSON.stringify(units));
    kept.forEach((k, i) => {
      if (i % 100 !== 0) return;
      expect(Object.getOwnPropertyNames(k)).toEqual(Object.keys(units[i]!));
      expect(Object.keys({ ...k })).toEqual(Object.keys(units[i]!));
    });
  });

  it("keeps an outcome's values and key order, sharing the list's strings and equal appraisal states", () => {
    const totalsArb = fc.record({
      max: figure,
      applicableMax: figure,
      selfMax: figure,
      surveyMax: figure,
      self: figure,
      appraised: figure,
      survey: figure,
      bonus: figure,
      penalty: figure,
      final: figure,
      index: fc.option(figure, { nil: null }),
      appraisalRound: fc.nat(2),
      basis: fc.constantFrom("self", "appraised", "mixed"),
      surveyGiven: fc.boolean(),
    }) as fc.Arbitrary<UnitResult["totals"]>;
    const appraisalArb = fc.option(
      fc.record({
        status: fc.constantFrom("none", "round1", "round2", "closed"),
        openItems: fc.constantFrom(0, 1, 2, -0),
        flaggedItems: fc.nat(3),
        notAppraised: fc.nat(3),
      }),
      { nil: null },
    );
    const outcomeArb = fc.record({
      unit: unitArb,
      totals: fc.oneof(totalsArb, fc.constant({ max: 1, extra: 2 } as unknown as UnitResult["totals"])),
      appraisal: appraisalArb,
      issueCodes: fc.dictionary(fc.constantFrom("a-b", "c-d", "e"), fc.nat(9)),
      setId: fc.option(fc.constantFrom("set-1", "set-2"), { nil: null }),
      listed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(outcomeArb, { minLength: 1, maxLength: 12 }), (rows) => {
        const packer = new ResultPacker();
        rows.forEach(({ unit, totals, appraisal, issueCodes, setId, listed }) => {
          const result = { ...unit, totals };
          const outcome: UnitOutcome = {
            ok: true,
            result,
            sheetNote: null,
            surveyKey: null,
            issueCodes,
            year: 2025,
            setId,
            appraisal,
          };
          // The units list's strings: equal text, other string objects.
          const meta = listed
            ? {
                file: result.file === null ? null : `${result.file} `.slice(0, -1),
                unit: `${result.unit} `.slice(0, -1),
                group: null,
                unitType: null,
                listedSurvey: null,
              }
            : null;
          const kept = packer.keepOutcome(outcome, meta as never);
          expect(Object.keys(kept)).toEqual(Object.keys(outcome));
          if (!kept.ok) throw new Error("kept an ok outcome as failed");
          expect(Object.keys(kept.result)).toEqual(Object.keys(result));
          expect(Object.keys(kept.result.totals)).toEqual(Object.keys(totals));
          expect(JSON.stringify(kept)).toBe(JSON.stringify(outcome));
          for (const k of Object.keys(totals) as (keyof typeof totals)[])
            expect(Object.is(kept.result.totals[k], totals[k])).toBe(true);
          expect(kept.appraisal).toEqual(appraisal);
          if (appraisal)
            for (const k of Object.keys(appraisal) as (keyof typeof appraisal)[])
              expect(Object.is(kept.appraisal![k], appraisal[k])).toBe(true);
          expect(kept.issueCodes).toEqual(issueCodes);
          // Equal appraisal states (without -0) are one object.
          const again = packer.keepOutcome({ ...outcome, appraisal: appraisal && { ...appraisal } }, null);
          if (appraisal && !Object.is(appraisal.openItems, -0) && again.ok)
            expect(again.appraisal).toBe(kept.appraisal);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("keeps a tree with an unknown key as it came", () => {
    const packer = new ResultPacker();
    const node = {
      code: "1",
      title: "A",
      level: "field",
      section: "main",
      extra: 1,
    } as unknown as NodeTotals;
    const unit = {
      unit: "A",
      group: "G",
      unitType: null,
      file: null,
      nodes: [node],
    } as unknown as UnitResult;
    expect(packer.compact(unit).nodes[0]).toBe(node);
  });

  it("reads a unit a worker posted packed (figures transferred) back as it was scored", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 8 }), (units) => {
        const { port1, port2 } = new MessageChannel();
        const wire = new WirePacker();
        const packer = new ResultPacker();
        const shapes = new Map<number, Shape>();
        try {
          units.forEach((u) => {
            const outcome = { ok: true, result: u } as UnitOutcome;
            const posted = wire.wire(outcome);
            expect(posted.transfer.length).toBeGreaterThan(0);
            port2.postMessage(posted.outcome, posted.transfer);
            const got = receiveMessageOnPort(port1)!.message as Extract<UnitOutcome, { ok: true }>;
            const k = packer.receive(got.result, shapes);
            expect(Object.keys(k)).toEqual(Object.keys(u));
            expect(JSON.stringify(k)).toBe(JSON.stringify(u));
            k.nodes.forEach((n, j) => {
              expect(Object.keys(n)).toEqual(Object.keys(u.nodes[j]!));
              expect(Object.is(n.final, u.nodes[j]!.final)).toBe(true);
            });
          });
          // Each distinct tree shape crossed once.
          expect(shapes.size).toBeLessThanOrEqual(units.length);
        } finally {
          port1.close();
          port2.close();
        }
      }),
      { numRuns: 50 },
    );
  });

  it("sends a tree's codes and titles with the first unit of that shape only", () => {
    const [u] = fc.sample(unitArb, { numRuns: 1, seed: 1 });
    const wire = new WirePacker();
    const sent = (o: { outcome: UnitOutcome }) =>
      (o.outcome as Extract<UnitOutcome, { ok: true }>).result.nodes as unknown as { shape: Shape | null };
    expect(sent(wire.wire({ ok: true, result: u! } as UnitOutcome)).shape?.codes).toEqual([
      "1",
      "1.1",
      "1.1.1",
    ]);
    expect(sent(wire.wire({ ok: true, result: u! } as UnitOutcome)).shape).toBeNull();
  });
});
