/**
 * "A survey was given" (#9): the input is present — a file picked, a sheet with data rows, or
 * points in the units list — whatever it matches. Answers that match no unit are named, and the
 * units are held out (or provisional by the setting), never all quietly provisional.
 */
import fc from "fast-check";
import { goldenGrids, goldenSurveyFile, goldenUnitFiles } from "@cchc/test-kit/golden";
import {
  fileMeta,
  OutcomeCollector,
  scoreUnitGrids,
  surveyHasPoints,
  surveyPresent,
  unmatchedSurveyIssues,
} from "../../src/workflow";
import { readSurveyGrid } from "../../src";

describe("surveyPresent", () => {
  it("is the input's presence: a picked file, a sheet with rows, or the units list's points", () => {
    expect(surveyPresent([], false)).toBe(false);
    expect(surveyPresent([], true)).toBe(true);
    expect(surveyPresent([{ name: "Câu trả lời biểu mẫu 1", picked: false, rows: 0 }], false)).toBe(false);
    expect(surveyPresent([{ name: "Câu trả lời biểu mẫu 1", picked: false, rows: 3 }], false)).toBe(true);
    expect(surveyPresent([{ name: "dtxhh.xlsx", picked: true, rows: 0 }], false)).toBe(true);
  });

  it("never depends on what the input matched (property)", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat(5), fc.nat(5), fc.boolean(), (picked, rows, matched, listed) => {
        const a = surveyPresent([{ name: "s", picked, rows, matched }], listed);
        const b = surveyPresent([{ name: "s", picked, rows, matched: 0 }], listed);
        expect(a).toBe(b);
      }),
    );
  });
});

describe("unmatchedSurveyIssues", () => {
  it("names each input with data that gave no unit points, in vi and en", () => {
    const inputs = [
      { name: "Câu trả lời biểu mẫu 1", picked: false, rows: 4, matched: 0 },
      { name: "Câu trả lời biểu mẫu 2", picked: false, rows: 4, matched: 2 },
      { name: "trong.xlsx", picked: true, rows: 0 },
    ];
    const vi = unmatchedSurveyIssues(inputs, 0, "vi");
    expect(vi.map((i) => [i.code, i.value])).toEqual([["survey-matches-no-unit", "Câu trả lời biểu mẫu 1"]]);
    expect(vi[0]!.message).toMatch(/^“Câu trả lời biểu mẫu 1” có dữ liệu điều tra xã hội học/);
    expect(unmatchedSurveyIssues(inputs, 0, "en")[0]!.message).toMatch(/has survey data, but no row matches/);
    // An input that does not say is judged by the survey entries the units used.
    expect(unmatchedSurveyIssues([{ name: "f.xlsx", picked: true, rows: 7 }], 3, "vi")).toEqual([]);
  });

  it("an entry made for a listed unit with no forms gives no points", () => {
    expect(surveyHasPoints({})).toBe(false);
    expect(surveyHasPoints({ byCriterion: {} })).toBe(false);
    expect(surveyHasPoints({ total: 0 })).toBe(true);
    expect(surveyHasPoints({ byCriterion: { "2.3.1": 1.5 } })).toBe(true);
  });
});

describe("the golden units with a survey file that matches none of them", () => {
  function rank(missingSurvey: "hold-out" | "provisional") {
    const read = readSurveyGrid(goldenGrids(goldenSurveyFile())[0]!, "vi").byUnit;
    // Another province's survey: the same points under names of no golden unit.
    const survey = new Map([...read.values()].map((v, i) => [`Sở Khác Số ${i + 1} tỉnh Xa`, v]));
    const collector = new OutcomeCollector({
      lang: "vi",
      sets: [],
      surveyProvided: surveyPresent(
        [{ name: "dtxhh-tinh-khac.xlsx", picked: true, rows: survey.size }],
        false,
      ),
      surveyInputs: [{ name: "dtxhh-tinh-khac.xlsx", picked: true, rows: survey.size }],
      missingSurvey,
    });
    for (const f of goldenUnitFiles().filter((x) => x.name.endsWith(".xlsx")))
      collector.add(
        f.name,
        scoreUnitGrids(goldenGrids(f), fileMeta(f.name, undefined), { lang: "vi", sets: [], survey }),
        f.modified,
      );
    return collector.finish().ranking;
  }

  it("holds every unit out and names the file", () => {
    const ranking = rank("hold-out");
    const rows = ranking.groups.flatMap((g) => g.rows);
    expect(rows.length).toBe(8);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["held-out"]));
    expect(ranking.issues).toContainEqual(
      expect.objectContaining({ code: "survey-matches-no-unit", value: "dtxhh-tinh-khac.xlsx" }),
    );
  });

  it("ranks them provisionally by the setting, still naming the file", () => {
    const ranking = rank("provisional");
    expect(new Set(ranking.groups.flatMap((g) => g.rows.map((r) => r.status)))).toEqual(
      new Set(["provisional"]),
    );
    expect(ranking.issues.map((i) => i.code)).toContain("survey-matches-no-unit");
  });
});
