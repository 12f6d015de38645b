import fc from "fast-check";
import { packResults, unpackResults } from "../../src/province/pack-results";
import type { NodeTotals, UnitResult } from "../../src/reports/schemas";

const num = fc.double({ min: 0, max: 100, noNaN: true });
const node: fc.Arbitrary<NodeTotals> = fc.record({
  code: fc.constantFrom("1", "1.1", "1.1.1", "2", "2.1"),
  title: fc.constantFrom("Công tác chỉ đạo", "Kế hoạch CCHC", "=SUM(A1)", ""),
  level: fc.constantFrom("field", "criterion", "subcriterion", "item"),
  section: fc.constantFrom("main", "bonus", "penalty"),
  row: fc.option(fc.integer({ min: 1, max: 500 })),
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
const totals = {
  max: 100,
  applicableMax: 100,
  selfMax: 80,
  surveyMax: 20,
  self: 50,
  appraised: 48,
  survey: 10,
  bonus: 0,
  penalty: 0,
  final: 58,
  index: 58,
  appraisalRound: 1,
  basis: "mixed" as const,
  surveyGiven: true,
};
const unit: fc.Arbitrary<UnitResult> = fc.record({
  unit: fc.string(),
  group: fc.string(),
  unitType: fc.option(fc.string()),
  file: fc.option(fc.string()),
  totals: fc.constant(totals),
  nodes: fc.array(node, { maxLength: 8 }),
  errors: fc.nat(5),
  warnings: fc.nat(5),
});

describe("packResults", () => {
  it("round-trips any results exactly, through JSON", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 6 }), (results) => {
        const wire = JSON.parse(JSON.stringify(packResults(results))) as ReturnType<typeof packResults>;
        expect(unpackResults(wire)).toEqual(JSON.parse(JSON.stringify(results)));
      }),
    );
  });
});
