import { validateCriteriaSet } from "../../src/criteria-set/validate-set";
import { SAMPLE_SETS } from "../../src/criteria-set/samples/index";
import type { CriteriaSet } from "../../src/criteria-set/schema";

const clone = (s: CriteriaSet): CriteriaSet => JSON.parse(JSON.stringify(s)) as CriteriaSet;

describe("declared split and nested codes", () => {
  it("accepts the samples' declared self/survey split", () => {
    for (const set of SAMPLE_SETS) {
      const codes = validateCriteriaSet(set).map((i) => i.code);
      expect(codes).not.toContain("set-split-mismatch");
      expect(codes).not.toContain("set-code-not-nested");
    }
  });

  it("catches a declared split that the items do not add up to", () => {
    const set = clone(SAMPLE_SETS[0]!);
    set.declaredSelfMax = 80;
    const issues = validateCriteriaSet(set).filter((i) => i.code === "set-split-mismatch");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain("80");
    expect(issues[0]!.params.expected).toBe(SAMPLE_SETS[0]!.declaredSelfMax);
  });

  it("catches a child numbered outside its parent", () => {
    const set = clone(SAMPLE_SETS[0]!);
    const field = set.fields[2]!;
    field.children![0]!.code = "2.9";
    const issues = validateCriteriaSet(set, "en").filter((i) => i.code === "set-code-not-nested");
    expect(issues.map((i) => i.criterion)).toContain("2.9");
    expect(issues.find((i) => i.criterion === "2.9")!.message).toBe(
      `Criteria set: code 2.9 does not belong under its parent ${field.code}.`,
    );
  });
});
