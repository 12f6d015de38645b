import { improvementPlan } from "../../src/improvement/improvement-plan";
import { fieldNumber } from "../../src/improvement/field-owners";
import { record, unitYear } from "../years/records";

const leaf = (code: string, max: number, final: number, self = final, appraised: number | null = final) => ({
  code,
  title: `Tiêu chí ${code}`,
  max,
  self,
  appraised,
  final,
  surveyScored: false,
});

describe("improvement plan", () => {
  const rec = record(2025, [
    unitYear({
      unit: "Sở A",
      fields: [
        { code: "2", title: "Thể chế", points: 3, max: 5 },
        { code: "6", title: "Tài chính công", points: 4, max: 4 },
      ],
      leaves: [leaf("2.1", 3, 1), leaf("2.2", 2, 2), leaf("6.1", 4, 4)],
    }),
    unitYear({
      unit: "Sở B",
      fields: [
        { code: "2", title: "Thể chế", points: 4.5, max: 5 },
        { code: "6", title: "Tài chính công", points: 2.75, max: 4 },
      ],
      leaves: [leaf("2.1", 3, 2.5), leaf("2.2", 2, 2), leaf("6.1", 4, 2.75)],
    }),
    // Same code, other group: never summed with the departments' 2.1.
    unitYear({
      unit: "UBND xã C",
      group: "Xã, phường",
      fields: [{ code: "2", title: "Thể chế", points: 0, max: 2 }],
      leaves: [leaf("2.1", 2, 0)],
    }),
  ]);

  it("sums lost points per group and criterion, with the field's owner (hand-checked)", () => {
    const plan = improvementPlan(rec);
    const dep = plan.criteria.filter((c) => c.group === "Sở, ban, ngành");
    expect(dep.map((c) => [c.code, c.units, c.unitsLosing, c.lost, c.max, c.lostShare, c.owner])).toEqual([
      ["2.1", 2, 2, 2.5, 6, 41.6667, "Sở Tư pháp"],
      ["6.1", 2, 1, 1.25, 8, 15.625, "Sở Tài chính"],
      ["2.2", 2, 0, 0, 4, 0, "Sở Tư pháp"],
    ]);
    expect(dep[0]!.losingUnits).toEqual(["Sở A", "Sở B"]);
    const xa = plan.criteria.find((c) => c.group === "Xã, phường")!;
    expect([xa.code, xa.lost, xa.units]).toEqual(["2.1", 2, 1]);
  });

  it("gives each unit its weakest criteria and a task table with the deadline left to the Sở", () => {
    const plan = improvementPlan(rec, { weakestPerUnit: 1 });
    expect(plan.weakest.find((w) => w.unit === "Sở B")!.criteria).toEqual([
      { code: "6.1", title: "Tiêu chí 6.1", lost: 1.25, max: 4 },
    ]);
    const task = plan.tasks.find((t) => t.group === "Sở, ban, ngành" && t.code === "2.1")!;
    expect(task.lead).toBe("Sở Tư pháp");
    expect(task.partners).toBe("Sở A, Sở B");
    expect(task.task).toContain("2/2 đơn vị");
    expect(task.task).toContain("2,5 điểm");
    expect(task.deadline).toBe("");
    expect(plan.tasks.some((t) => t.code === "2.2")).toBe(false);
  });

  it("compares field shares with last year when given, and takes a province's own owners", () => {
    const prev = record(2024, [
      unitYear({ unit: "Sở A", fields: [{ code: "2", title: "Thể chế", points: 5, max: 5 }] }),
      unitYear({ unit: "Sở B", fields: [{ code: "2", title: "Thể chế", points: 5, max: 5 }] }),
    ]);
    const plan = improvementPlan(rec, { previous: prev, owners: { "2": "Sở Tư pháp tỉnh Mẫu" } });
    const f2 = plan.fields.find((f) => f.group === "Sở, ban, ngành" && f.code === "2")!;
    expect(f2.shareChange).toBe(-25);
    expect(f2.owner).toBe("Sở Tư pháp tỉnh Mẫu");
    expect(plan.fields.find((f) => f.code === "6")!.owner).toBeNull();
  });

  it("reads Roman field numbers for owners", () => {
    expect(["I", "IV", "VII", "VIII", "IX", "7", "7."].map(fieldNumber)).toEqual([
      "1",
      "4",
      "7",
      "8",
      "9",
      "7",
      "7",
    ]);
  });
});

describe("survey items in the plan", () => {
  const survey = (code: string, final: number) => ({
    code,
    title: `Khảo sát ${code}`,
    max: 5,
    self: 0,
    appraised: null,
    final,
    surveyScored: true,
  });
  it("are planned against only where the survey was given per criterion", () => {
    const rec = record(2025, [
      // Survey given as one total: its items hold 0 and are no loss.
      unitYear({ unit: "Sở Tổng", survey: 8, leaves: [survey("8.1", 0)] }),
      // Survey missing: nothing to plan against.
      unitYear({ unit: "Sở Thiếu", survey: null, leaves: [survey("8.1", 0)] }),
      // Survey per criterion.
      unitYear({ unit: "Sở Chi tiết", survey: 3, leaves: [survey("8.1", 3)] }),
    ]);
    const c = improvementPlan(rec).criteria.find((x) => x.code === "8.1")!;
    expect([c.units, c.unitsLosing, c.lost, c.losingUnits]).toEqual([1, 1, 2, ["Sở Chi tiết"]]);
  });

  it("a survey field given as a total counts that total; per criterion, its points; missing, nothing", () => {
    const survey = (final: number) => ({ ...leaf("3.1", 8, final), surveyScored: true });
    const plan = improvementPlan(
      record(2025, [
        // The survey came as one total (7): the survey field's own points stay 0.
        unitYear({
          unit: "UBND xã A",
          group: "Xã",
          survey: 7,
          fields: [
            { code: "1", title: "Chỉ đạo", points: 3, max: 6 },
            { code: "3", title: "Đánh giá của người dân", points: 0, max: 8 },
          ],
          leaves: [leaf("1.1", 6, 3), survey(0)],
        }),
        // Missing (held out): no loss to plan against on the survey field.
        unitYear({
          unit: "UBND xã C",
          group: "Xã",
          survey: null,
          fields: [
            { code: "1", title: "Chỉ đạo", points: 6, max: 6 },
            { code: "3", title: "Đánh giá của người dân", points: 0, max: 8 },
          ],
          leaves: [leaf("1.1", 6, 6), survey(0)],
        }),
        // Per criterion: 6 of 8, a loss of 2 to plan against.
        unitYear({
          unit: "UBND xã B",
          group: "Xã",
          survey: 6,
          fields: [
            { code: "1", title: "Chỉ đạo", points: 6, max: 6 },
            { code: "3", title: "Đánh giá của người dân", points: 6, max: 8 },
          ],
          leaves: [leaf("1.1", 6, 6), survey(6)],
        }),
      ]),
    );
    // Field 3: (8 − 7) + (8 − 6) of 16; xã C's missing survey is not 8 points lost.
    expect(plan.fields.map((f) => [f.code, f.lost, f.max])).toEqual([
      ["1", 3, 18],
      ["3", 3, 16],
    ]);
  });
});
