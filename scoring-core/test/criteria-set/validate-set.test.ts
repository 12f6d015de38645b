import { validateCriteriaSet } from "../../src/criteria-set/validate-set";
import type { Criterion } from "../../src/criteria-set/schema";
import { makeSet } from "./set-fixtures";

const leaf = (code: string, max: number, extra: Partial<Criterion> = {}): Criterion => ({
  code,
  title: `Tiêu chí ${code}`,
  max,
  ...extra,
});
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("validateCriteriaSet", () => {
  it("finds nothing wrong in a consistent set", () => {
    const set = makeSet([{ code: "1", title: "A", max: 3, children: [leaf("1.1", 1), leaf("1.2", 2)] }], {
      declaredTotal: 3,
      declaredCounts: { fields: 1, criteria: 2, subcriteria: 0 },
    });
    expect(validateCriteriaSet(set)).toEqual([]);
  });

  it("set-children-sum: children that do not add up to their parent", () => {
    const set = makeSet([{ code: "1", title: "A", max: 3, children: [leaf("1.1", 1), leaf("1.2", 1.5)] }]);
    const issues = validateCriteriaSet(set);
    expect(codes(issues)).toEqual(["set-children-sum"]);
    expect(issues[0]).toMatchObject({
      criterion: "1",
      value: 3,
      params: { expected: 2.5 },
      sheet: null,
      severity: "error",
    });
    expect(issues[0]!.message).toBe("Bộ tiêu chí: 1 có điểm tối đa 3 nhưng các tiêu chí con cộng được 2,5.");
    expect(validateCriteriaSet(set, "en")[0]!.message).toBe(
      "Criteria set: 1 has maximum 3 but its children add up to 2.5.",
    );
  });

  it("adds decimals exactly (0,1 + 0,2 = 0,3)", () => {
    const set = makeSet([
      { code: "1", title: "A", max: 0.3, children: [leaf("1.1", 0.1), leaf("1.2", 0.2)] },
    ]);
    expect(validateCriteriaSet(set)).toEqual([]);
  });

  it("set-children-sum per unit type when maxima differ by unit type", () => {
    const set = makeSet(
      [
        {
          code: "1",
          title: "A",
          max: 3,
          maxByUnitType: { commune: 3, district: 3 },
          children: [leaf("1.1", 1, { maxByUnitType: { district: 1.5 } }), leaf("1.2", 2)],
        },
      ],
      { unitTypes: ["commune", "district"] },
    );
    const issues = validateCriteriaSet(set);
    expect(codes(issues)).toEqual(["set-children-sum"]);
    expect(issues[0]).toMatchObject({
      criterion: "1",
      value: 3,
      params: { expected: 3.5, unitType: "district" },
    });
  });

  it("items scored only for some unit types leave the others' sums", () => {
    const set = makeSet(
      [
        {
          code: "1",
          title: "A",
          max: 3,
          maxByUnitType: { commune: 2 },
          children: [leaf("1.1", 2), leaf("1.2", 1, { unitTypes: ["district"] })],
        },
      ],
      { unitTypes: ["commune", "district"] },
    );
    expect(validateCriteriaSet(set)).toEqual([]);
  });

  it("set-declared-total: the 2019 district table, 99,55 under a header of 100", () => {
    const fields = [
      { code: "1", title: "A", max: 50, children: [leaf("1.1", 50)] },
      { code: "2", title: "B", max: 49.55, children: [leaf("2.1", 49.55)] },
    ];
    const issues = validateCriteriaSet(makeSet(fields, { declaredTotal: 100 }));
    expect(codes(issues)).toEqual(["set-declared-total"]);
    expect(issues[0]!.message).toBe(
      "Bộ tiêu chí: các lĩnh vực cộng được 99,55 nhưng tổng điểm công bố là 100.",
    );
  });

  it("bonus and penalty contents are outside the declared total and exempt from summing to their cap", () => {
    const set = makeSet(
      [
        { code: "1", title: "A", max: 100, children: [leaf("1.1", 100)] },
        {
          code: "2",
          title: "Điểm thưởng, điểm trừ",
          max: 2,
          bonus: true,
          children: [
            {
              code: "2.1",
              title: "Điểm thưởng",
              max: 2,
              bonus: true,
              cap: 2,
              // Items above the cap warn (set-bonus-over-cap) unless the decision means it.
              capIntended: true,
              children: [leaf("2.1.1", 1.5), leaf("2.1.2", 1)],
            },
            {
              code: "2.2",
              title: "Điểm trừ",
              max: -2,
              penalty: true,
              cap: 2,
              capIntended: true,
              children: [leaf("2.2.1", -1), leaf("2.2.2", -1.5)],
            },
          ],
        },
      ],
      { declaredTotal: 100, declaredCounts: { fields: 1, criteria: 1 } },
    );
    expect(validateCriteriaSet(set)).toEqual([]);
  });

  it("set-declared-count: the 2017 summary declaring 38 criteria but listing 39", () => {
    const fields = [
      {
        code: "1",
        title: "A",
        max: 39,
        children: Array.from({ length: 39 }, (_, i) => leaf(`1.${i + 1}`, 1)),
      },
    ];
    const issues = validateCriteriaSet(makeSet(fields, { declaredCounts: { fields: 1, criteria: 38 } }));
    expect(codes(issues)).toEqual(["set-declared-count"]);
    expect(issues[0]!.message).toBe("Bộ tiêu chí công bố 38 tiêu chí nhưng có 39.");
    expect(validateCriteriaSet(makeSet(fields, { declaredCounts: { criteria: 38 } }), "en")[0]!.message).toBe(
      "The criteria set declares 38 criteria but lists 39.",
    );
  });

  it("set-code-duplicate", () => {
    const set = makeSet([{ code: "1", title: "A", max: 2, children: [leaf("1.1", 1), leaf("1.1", 1)] }]);
    const issues = validateCriteriaSet(set);
    expect(codes(issues)).toEqual(["set-code-duplicate"]);
    expect(issues[0]!.criterion).toBe("1.1");
  });

  describe("set-rule-invalid", () => {
    const one = (child: Criterion, parentExtra: Partial<Criterion> = {}) =>
      validateCriteriaSet(
        makeSet([{ code: "1", title: "A", max: child.max, ...parentExtra, children: [child] }]),
      );

    it.each<[string, Criterion]>([
      [
        "levels above the maximum",
        leaf("1.1", 1, { rule: { kind: "levels", levels: [{ label: "x", points: 2 }] } }),
      ],
      [
        "overlapping bands",
        leaf("1.1", 2, {
          rule: {
            kind: "thresholds",
            bands: [
              { min: 80, points: 2 },
              { min: 50, max: 90, points: 1 },
            ],
          },
        }),
      ],
      [
        "unsorted bands",
        leaf("1.1", 2, {
          rule: {
            kind: "thresholds",
            bands: [
              { min: 50, max: 80, points: 1 },
              { min: 90, points: 2 },
              { min: 80, max: 90, points: 1.5 },
            ],
          },
        }),
      ],
      ["a step that does not reach the maximum", leaf("1.1", 1, { rule: { kind: "range", step: 0.3 } })],
      [
        "survey rule on an item not marked survey-scored",
        leaf("1.1", 1, { rule: { kind: "survey" }, surveyScored: false }),
      ],
    ])("%s", (_name, child) => {
      const issues = one(child);
      expect(codes(issues)).toEqual(["set-rule-invalid"]);
      expect(issues[0]!.criterion).toBe("1.1");
      expect(issues[0]!.message).toMatch(/^Bộ tiêu chí: cách tính điểm của 1\.1 không hợp lệ \(.+\)\.$/);
    });

    it("yes-no on a penalty", () => {
      const set = makeSet([
        { code: "1", title: "A", max: 1, children: [leaf("1.1", 1)] },
        {
          code: "2",
          title: "Điểm trừ",
          max: -1,
          penalty: true,
          children: [leaf("2.1", -1, { rule: { kind: "yes-no" } })],
        },
      ]);
      const issues = validateCriteriaSet(set, "en");
      expect(codes(issues)).toEqual(["set-rule-invalid"]);
      expect(issues[0]!.message).toContain("a penalty item cannot be a yes/no rule");
    });

    it("a positive maximum inside the penalty part", () => {
      const set = makeSet([
        { code: "1", title: "Điểm trừ", max: -1, penalty: true, children: [leaf("1.1", 1), leaf("1.2", -2)] },
      ]);
      // The items (1 + 2) also exceed the content's cap of 1: a warning beside the error.
      expect(codes(validateCriteriaSet(set))).toEqual(["set-bonus-over-cap", "set-rule-invalid"]);
    });

    it("a survey-scored parent with a self-scored child", () => {
      const issues = one(leaf("1.1", 1, { rule: { kind: "yes-no" } }), { surveyScored: true });
      expect(codes(issues)).toEqual(["set-rule-invalid"]);
      expect(issues[0]!.criterion).toBe("1");
    });

    it("checks a rule against every unit type's maximum", () => {
      const set = makeSet(
        [
          {
            code: "1",
            title: "A",
            max: 2,
            maxByUnitType: { commune: 1 },
            children: [leaf("1.1", 2, { maxByUnitType: { commune: 1 }, rule: { kind: "yes-no" } })],
          },
        ],
        { unitTypes: ["department", "commune"] },
      );
      expect(validateCriteriaSet(set)).toEqual([]);
      const bad = makeSet(
        [
          {
            code: "1",
            title: "A",
            max: 2,
            maxByUnitType: { commune: 1 },
            children: [
              leaf("1.1", 2, {
                maxByUnitType: { commune: 1 },
                rule: { kind: "levels", levels: [{ label: "x", points: 2 }] },
              }),
            ],
          },
        ],
        { unitTypes: ["department", "commune"] },
      );
      expect(codes(validateCriteriaSet(bad))).toEqual(["set-rule-invalid"]);
    });
  });
});
