/** The mistakes real published sets contain, each with its code and — for a derived set — its annex row/cell. */
import { validateCriteriaSet, gluedFootnote } from "../../src/criteria-set/validate-set";
import { makeSet } from "./set-fixtures";

const leaf = (code: string, max: number, extra: Record<string, unknown> = {}) => ({
  code,
  title: `Tiêu chí ${code}`,
  max,
  ...extra,
});

describe("validateCriteriaSet on published-set mistakes", () => {
  it("names the annex row and cell of the node an issue is about", () => {
    const set = makeSet([
      {
        ...leaf("1", 10, { source: { sheet: "PL01", row: 12, cell: "C12" } }),
        children: [leaf("1.1", 4, { source: { row: 13, cell: "C13" } }), leaf("1.2", 5)],
      },
    ]);
    const issue = validateCriteriaSet(set).find((i) => i.code === "set-children-sum")!;
    expect(issue).toMatchObject({ criterion: "1", sheet: "PL01", row: 12, cell: "C12", column: "C" });
  });

  it("flags a footnote digit glued to a maximum (207 where the parent implies 20)", () => {
    const set = makeSet(
      [
        {
          ...leaf("1", 30),
          children: [leaf("1.1", 207, { source: { row: 9, cell: "C9" } }), leaf("1.2", 10)],
        },
        leaf("2", 70),
      ],
      { declaredTotal: 100 },
    );
    const issues = validateCriteriaSet(set, "en");
    const foot = issues.find((i) => i.code === "set-max-footnote")!;
    expect(foot).toMatchObject({ criterion: "1.1", value: 207, row: 9, cell: "C9" });
    expect(foot.params.expected).toBe(20);
    expect(issues.map((i) => i.code)).toContain("set-children-sum");
  });

  it("flags a field whose maximum has a footnote digit against the declared total", () => {
    const set = makeSet([leaf("1", 301), leaf("2", 70)], { declaredTotal: 100 });
    const foot = validateCriteriaSet(set).filter((i) => i.code === "set-max-footnote");
    expect(foot.map((i) => [i.criterion, i.params.expected])).toEqual([["1", 30]]);
  });

  it("gluedFootnote only matches digits appended to the implied value", () => {
    expect(gluedFootnote(207, 20)).toBe(true);
    expect(gluedFootnote(2.57, 2.5)).toBe(true);
    expect(gluedFootnote(25, 20)).toBe(false);
    expect(gluedFootnote(20, 20)).toBe(false);
    expect(gluedFootnote(2071, 2)).toBe(false);
  });

  it("flags a maximum no rule option reaches", () => {
    const set = makeSet([
      {
        ...leaf("1", 5),
        children: [
          leaf("1.1", 2, {
            rule: {
              kind: "levels",
              levels: [
                { label: "Đúng hạn", points: 1 },
                { label: "Chậm", points: 0.5 },
              ],
            },
          }),
          leaf("1.2", 2, { rule: { kind: "per-count", each: 0.25, maxCount: 4 } }),
          leaf("1.3", 1, { rule: { kind: "vs-average", atOrAbove: 1, below: 0 } }),
        ],
      },
    ]);
    const issues = validateCriteriaSet(set).filter((i) => i.code === "set-max-unreachable");
    expect(issues.map((i) => [i.criterion, i.value, i.params.expected])).toEqual([
      ["1.1", 2, 1],
      ["1.2", 2, 1],
    ]);
  });

  it("warns when bonus items add up above their cap", () => {
    const set = makeSet([
      leaf("1", 100),
      {
        ...leaf("2", 0),
        children: [
          { ...leaf("2.1", 5, { bonus: true, cap: 5 }), children: [leaf("2.1.1", 3), leaf("2.1.2", 3)] },
          { ...leaf("2.2", -5, { penalty: true, cap: 5 }), children: [leaf("2.2.1", -2), leaf("2.2.2", -2)] },
        ],
      },
    ]);
    const issues = validateCriteriaSet(set).filter((i) => i.code === "set-bonus-over-cap");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ criterion: "2.1", value: 5, severity: "warning" });
    expect(issues[0]!.params.expected).toBe(6);
  });

  it("flags class bands that overlap, leave a gap or repeat a bound", () => {
    const bands = (b: unknown[]) =>
      validateCriteriaSet(makeSet([leaf("1", 100)], { classification: { bands: b } } as never), "en")
        .filter((i) => i.code === "set-class-bands")
        .map((i) => i.params.reason);
    expect(
      bands([
        { label: "A", labelEn: "A", min: 90 },
        { label: "B", labelEn: "B", min: 80, max: 92 },
      ]),
    ).toEqual(["“A” and “B” overlap"]);
    expect(
      bands([
        { label: "A", labelEn: "A", min: 90 },
        { label: "B", labelEn: "B", min: 80, max: 89 },
      ]),
    ).toEqual(["a gap between “B” and “A”"]);
    expect(
      bands([
        { label: "A", labelEn: "A", min: 90 },
        { label: "B", labelEn: "B", min: 90 },
      ]),
    ).toEqual(["“A” and “B” have the same lower bound"]);
    expect(
      bands([
        { label: "A", labelEn: "A", min: 90 },
        { label: "B", labelEn: "B", min: 80, max: 90 },
      ]),
    ).toEqual([]);
  });

  it("flags class rules that name a class or item the set does not have", () => {
    const set = makeSet([leaf("1", 100)], {
      classification: {
        bands: [{ label: "Tốt", labelEn: "Good", min: 80 }],
        conditions: [{ id: "discipline", highest: "Xuất sắc" }, { id: "late" }],
        tieBreak: ["final", { criterion: "9.9" }],
        totalRange: { min: 100, max: 0 },
      },
    });
    expect(validateCriteriaSet(set).filter((i) => i.code === "set-class-rule-invalid")).toHaveLength(4);
  });

  it("names a duplicate code at its second occurrence", () => {
    const set = makeSet([
      {
        ...leaf("1", 10),
        children: [leaf("1.1", 5, { source: { row: 5 } }), leaf("1.1", 5, { source: { row: 6 } })],
      },
    ]);
    const dup = validateCriteriaSet(set).find((i) => i.code === "set-code-duplicate")!;
    expect(dup).toMatchObject({ criterion: "1.1", row: 6 });
  });
});
