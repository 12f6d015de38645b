import {
  flattenSet,
  isLeaf,
  isSurveyScored,
  mainFields,
  maxFor,
  sectionOfPath,
  appraiserOf,
} from "../../src/criteria-set/lookup";
import { parseRuleText } from "../../src/criteria-set/rule-text";
import { CriteriaSetSchema, type Criterion, type CriteriaSet } from "../../src/criteria-set/schema";
import { getSampleSet, SAMPLE_SETS } from "../../src/criteria-set/samples";
import { validateCriteriaSet } from "../../src/criteria-set/validate-set";
import { sum } from "../../src/numbers/decimal";

function leaves(set: CriteriaSet): { node: Criterion; path: Criterion[] }[] {
  const out: { node: Criterion; path: Criterion[] }[] = [];
  const walk = (nodes: Criterion[], path: Criterion[]) => {
    for (const n of nodes) {
      if (isLeaf(n)) out.push({ node: n, path: [...path, n] });
      else walk(n.children!, [...path, n]);
    }
  };
  walk(set.fields, []);
  return out;
}

describe.each(SAMPLE_SETS.map((s) => [s.id, s] as const))("sample set %s", (id, set) => {
  it("is found by id, parses, and is clearly labelled a sample", () => {
    expect(getSampleSet(id)).toBe(set);
    expect(CriteriaSetSchema.parse(JSON.parse(JSON.stringify(set)))).toEqual(set);
    expect(set.sample).toBe(true);
    expect(set.name.endsWith("(mẫu — không phải văn bản chính thức)")).toBe(true);
    expect(set.year).toBe(2025);
  });

  it("has no validation issue at all", () => {
    expect(validateCriteriaSet(set)).toEqual([]);
  });

  it("has 8 main fields summing to 100, split self + survey as declared, plus a bonus/penalty content", () => {
    const main = mainFields(set);
    expect(main).toHaveLength(8);
    expect(sum(main.map((f) => f.max))).toBe(100);
    const mainLeaves = leaves(set).filter((l) => sectionOfPath(l.path) === "main");
    const survey = sum(mainLeaves.filter((l) => isSurveyScored(l.node)).map((l) => l.node.max));
    const self = sum(mainLeaves.filter((l) => !isSurveyScored(l.node)).map((l) => l.node.max));
    expect(survey).toBe(set.declaredSurveyMax);
    expect(self).toBe(set.declaredSelfMax);
    expect(set.fields[8]!.title).toBe("Điểm thưởng, điểm trừ");
    const extra = leaves(set).filter((l) => sectionOfPath(l.path) !== "main");
    expect(extra.some((l) => sectionOfPath(l.path) === "bonus" && l.node.max > 0)).toBe(true);
    expect(extra.some((l) => sectionOfPath(l.path) === "penalty" && l.node.max < 0)).toBe(true);
    expect(set.fields[8]!.children!.every((c) => c.cap !== undefined)).toBe(true);
  });

  it("has about 30–50 sub-criteria with titles, rule texts and evidence requirements", () => {
    const all = leaves(set);
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(all.length).toBeLessThanOrEqual(50);
    for (const { node } of all) {
      expect(node.title.length).toBeGreaterThan(5);
      expect(node.ruleText).toBeTruthy();
      if (!isSurveyScored(node)) expect(node.evidence).toBeTruthy();
    }
  });

  it("covers every scoring kind, not-applicable items, and per-field appraisers", () => {
    const kinds = new Set(leaves(set).map((l) => l.node.rule?.kind));
    for (const k of ["range", "yes-no", "levels", "thresholds", "ratio", "survey"])
      expect(kinds).toContain(k);
    expect(leaves(set).some((l) => l.node.rule?.kind === "range" && l.node.rule.step === 0.25)).toBe(true);
    expect(set.fields[2]!.mayBeNotApplicable).toBe(true);
    const appraisers = set.fields.map((f) => appraiserOf([f]));
    expect(appraisers.slice(0, 8)).toEqual([
      "Sở Nội vụ",
      "Sở Tư pháp",
      "Sở Tư pháp",
      "Sở Nội vụ",
      "Sở Nội vụ",
      "Sở Tài chính",
      "Sở Khoa học và Công nghệ",
      "Sở Nội vụ",
    ]);
    expect(set.classification.preset).toBe("five-level");
    expect(set.tieRule).toEqual({ mode: "dense", decimals: 2 });
    expect(set.rounding.decimals).toBe(2);
    expect(set.evidencePeriod).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("states each structured rule in its rule text (the parser reads back the same rule)", () => {
    for (const { node } of leaves(set)) {
      if (!node.rule || !node.ruleText) continue;
      // 9.2.1 ("mỗi trường hợp trừ 0,5 điểm, tối đa trừ 2 điểm") included: a per-count rule.
      expect(parseRuleText(node.ruleText, node.max)).toEqual(node.rule);
    }
  });
});

describe("the commune sample", () => {
  const set = getSampleSet("sample-commune-2025")!;
  it("keeps district maxima on one criterion, and still sums for a district", () => {
    const withTypes = flattenSet(set).filter(({ node }) => node.maxByUnitType);
    expect(withTypes.length).toBeGreaterThan(0);
    const c81 = flattenSet(set).find(({ node }) => node.code === "8.1")!.node;
    expect(sum(c81.children!.map((c) => maxFor(c, "district")))).toBe(c81.max);
    expect(maxFor(c81.children![0]!, "district")).not.toBe(maxFor(c81.children![0]!, "commune"));
  });
});
