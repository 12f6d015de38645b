import fc from "fast-check";
import { parseRuleText } from "../../src/criteria-set/rule-text";
import type { ScoringRule } from "../../src/criteria-set/schema";
import { describeRule } from "../../src/template/describe-rule";

/** Quarter points between 0 and max (exact in binary). */
const quarters = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((q) => q / 4);

const ruleWithMax: fc.Arbitrary<[ScoringRule, number]> = fc.integer({ min: 1, max: 12 }).chain((q) => {
  const max = q / 2;
  const levels = fc
    .uniqueArray(
      fc.tuple(
        fc.constantFrom("Đúng hạn", "Chậm", "Đầy đủ", "Chưa đầy đủ", "Không thực hiện", "Một phần"),
        quarters(max),
      ),
      {
        minLength: 1,
        maxLength: 4,
        selector: ([label]) => label,
      },
    )
    .map((ls): ScoringRule => {
      const out: { label: string; points: number }[] = ls.map(([label, points]) => ({ label, points }));
      if (!out.some((l) => l.points === 0)) out.push({ label: "Không đạt", points: 0 });
      return { kind: "levels", levels: out };
    })
    .filter((r) => r.kind === "levels" && r.levels.length >= 2);
  const thresholds = fc
    .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 })
    .chain((cuts) => {
      const c = [...cuts].sort((a, b) => b - a);
      return fc
        .array(quarters(max), { minLength: c.length + 1, maxLength: c.length + 1 })
        .map((pts): ScoringRule => ({
          kind: "thresholds",
          bands: [
            { min: c[0]!, points: pts[0]! },
            ...c.slice(1).map((lo, i) => ({ min: lo, max: c[i]!, points: pts[i + 1]! })),
            { min: 0, max: c[c.length - 1]!, points: pts[c.length]! },
          ],
        }));
    });
  const rule = fc.oneof(
    fc.constant<ScoringRule>({ kind: "yes-no" }),
    fc.constant<ScoringRule>({ kind: "ratio" }),
    fc.constant<ScoringRule>({ kind: "survey" }),
    fc
      .constantFrom(0.25, 0.5)
      .filter((s) => Number.isInteger(max / s))
      .map((step): ScoringRule => ({ kind: "range", step })),
    levels,
    thresholds,
  );
  return rule.map((r) => [r, max] as [ScoringRule, number]);
});

describe("describeRule", () => {
  it("words every structured rule so that parseRuleText reads back the same rule", () => {
    fc.assert(
      fc.property(ruleWithMax, ([rule, max]) => {
        const text = describeRule(rule, max);
        const back = parseRuleText(text, max);
        // Two levels worded Có/Không would read as yes-no; levels here never use those labels.
        expect(back).toEqual(rule);
      }),
      { numRuns: 500 },
    );
  });

  it("uses the decimal comma", () => {
    expect(describeRule({ kind: "yes-no" }, 1.5)).toBe("Có: 1,5 điểm; Không: 0 điểm");
    expect(describeRule({ kind: "range", step: 0.25 }, 2)).toBe("Chấm theo bước 0,25 điểm");
  });
});
