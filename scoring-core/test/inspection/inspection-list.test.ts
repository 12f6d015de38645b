import { inspectionList } from "../../src/inspection/inspection-list";
import { record, unitYear } from "../years/records";

describe("whom to inspect", () => {
  const leaf = (code: string, self: number, appraised: number) => ({
    code,
    title: `Tiêu chí ${code}`,
    max: 5,
    self,
    appraised,
    final: appraised,
    surveyScored: false,
  });
  const fields = [
    { code: "1", title: "Chỉ đạo điều hành", points: 0, max: 10 },
    { code: "2", title: "Thể chế", points: 0, max: 10 },
  ];
  const now = record(2025, [
    unitYear({
      unit: "Sở A",
      self: 90,
      appraised: 80,
      index: 80,
      fields,
      leaves: [leaf("1.1", 5, 4), leaf("2.1", 5, 1)],
      issueCodes: { "evidence-missing": 3 },
      errors: 1,
      warnings: 2,
    }),
    unitYear({ unit: "Sở B", self: 81, appraised: 80, index: 95, fields, leaves: [leaf("1.1", 5, 4)] }),
    unitYear({ unit: "Sở C", self: 70, appraised: 70, index: 70 }),
    unitYear({ unit: "Sở D", self: 60, appraised: null, index: null, rank: null }),
  ]);
  const before = record(2024, [unitYear({ unit: "Sở B", index: 75 }), unitYear({ unit: "Sở A", index: 85 })]);

  it("gives every reason with its figure, ordered by configurable weights (hand-checked)", () => {
    const list = inspectionList(now, { previous: before });
    expect(list.map((c) => c.unit)).toEqual(["Sở A", "Sở B"]);
    const a = list[0]!;
    expect(Object.fromEntries(a.reasons.map((r) => [r.kind, r.value]))).toEqual({
      "self-appraised-gap": 10,
      "field-gap": 4,
      "unsupported-claims": 3,
      "submission-issues": 3,
    });
    expect(a.reasons.find((r) => r.kind === "field-gap")!.text).toContain("Lĩnh vực 2 “Thể chế”");
    const b = list[1]!;
    expect(b.reasons.map((r) => [r.kind, r.value])).toEqual([
      ["index-jump", 20],
      ["self-appraised-gap", 1],
      ["field-gap", 1],
    ]);
    // A: 3 × 10/10 + 1 × 4/4 + 2 × 3/3 + 1 × 3/3 = 7; B: 2 × 20/20 + 3 × 1/10 + 1 × 1/4 = 2,55.
    expect([a.order, b.order]).toEqual([7, 2.55]);
  });

  it("lets a Sở weigh an index jump above everything", () => {
    const list = inspectionList(now, { previous: before, weights: { "index-jump": 20 } });
    expect(list[0]!.unit).toBe("Sở B");
  });
});
