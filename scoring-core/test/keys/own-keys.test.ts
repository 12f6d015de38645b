/**
 * One test per site where a name users type was read or written as a plain object's key:
 * "constructor", "toString" or "__proto__" are data, never Object.prototype's members.
 */
import { hasOwnKey, ownValue, setOwn } from "../../src/keys/own-keys";
import { readDesignGrids } from "../../src/survey/read-design";
import { scaleNamed } from "../../src/survey/answer-scale";
import { SurveyDesignSchema } from "../../src/survey/design-schema";
import { scoreSurvey } from "../../src/survey/score-survey";
import { surveySheets } from "../../src/survey/survey-sheets";
import { maxFor } from "../../src/criteria-set/lookup";
import type { Criterion } from "../../src/criteria-set/schema";
import {
  classificationFor,
  readProvinceSettings,
  settingsSheetRows,
} from "../../src/province/control-sheets";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import type { CellValue, Grid } from "../../src/grid/grid";
import { loggedSnapshot, type AppraisalLogRow } from "../../src/appraisal/log-sheet";
import { diffSnapshots } from "../../src/appraisal/change-log";

const questions = (scale: string): Grid => ({
  sheet: "Phiếu",
  values: [
    ["Mã câu hỏi", "Nội dung câu hỏi", "Tiêu chí", "Điểm tối đa", "Thang"],
    ["CH1", "Văn bản", "2.3.1", 2, scale],
  ],
});
const scaleSheet = (name: string): Grid => ({
  sheet: "Thang",
  values: [
    ["Thang", "Phương án", "Trọng số"],
    [name, "Đạt", 1],
    [name, "Không đạt", 0],
  ],
});

describe("own keys", () => {
  it("ownValue reads only own properties; setOwn defines even __proto__", () => {
    const o: Record<string, number> = { a: 1 };
    expect(ownValue(o, "a")).toBe(1);
    expect(ownValue(o, "constructor")).toBeUndefined();
    expect(ownValue(o, "__proto__")).toBeUndefined();
    expect(ownValue(undefined, "a")).toBeUndefined();
    expect([hasOwnKey(o, "a"), hasOwnKey(o, "toString"), hasOwnKey(o, "__proto__")]).toEqual([
      true,
      false,
      false,
    ]);
    setOwn(o, "__proto__", 2);
    setOwn(o, "toString", 3);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(["a", "__proto__", "toString"]);
    expect(ownValue(o, "__proto__")).toBe(2);
    expect(JSON.parse(JSON.stringify(o))).toEqual({ a: 1, ["__proto__"]: 2, toString: 3 });
  });

  it("a survey design's scale named “constructor” is read as a scale (it threw a TypeError)", () => {
    const { design, issues } = readDesignGrids([questions("constructor"), scaleSheet("constructor")]);
    expect(issues).toEqual([]);
    expect(Object.keys(design!.scales)).toEqual(["constructor"]);
    expect(scaleNamed(design!, "constructor")).toEqual({
      kind: "options",
      options: [
        { label: "Đạt", weight: 1 },
        { label: "Không đạt", weight: 0 },
      ],
    });
  });

  it("a scale named “__proto__” is refused with its cell, never silently lost", () => {
    const { design, issues } = readDesignGrids([questions("abcd"), scaleSheet("__proto__")]);
    expect(design!.scales).toEqual({});
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["survey-design-invalid", "Thang", "A2"],
      ["survey-design-invalid", "Thang", "A3"],
    ]);
  });

  it("a question's scale “toString” that the design does not define is said to be missing", () => {
    const design = SurveyDesignSchema.parse({
      questions: [{ code: "CH1", text: "", criterion: "2.3.1", max: 2, scale: "toString" }],
    });
    expect(scaleNamed(design, "toString")).toBeNull();
    expect(scaleNamed(design, "constructor")).toBeNull();
    expect(scaleNamed(design, undefined)).not.toBeNull(); // abcd, built in
    const r = scoreSurvey(design, [
      {
        source: "a.xlsx",
        grids: [
          {
            sheet: "S",
            values: [
              ["Đơn vị được đánh giá", "CH1"],
              ["Sở A", "A"],
            ],
          },
        ],
      },
    ]);
    expect(r.issues.map((i) => i.code)).toContain("survey-design-invalid");
  });

  it("respondent groups named “__proto__” and “constructor” keep their counts, in JSON and the sheets", () => {
    const design = SurveyDesignSchema.parse({
      questions: [{ code: "CH1", text: "", criterion: "2.3.1", max: 2 }],
      groups: [
        { code: "__proto__", name: "__proto__" },
        { code: "constructor", name: "constructor" },
      ],
      units: [{ name: "Sở A" }, { name: "Sở B" }],
    });
    const values: CellValue[][] = [
      ["Nhóm đối tượng", "Đơn vị được đánh giá", "CH1"],
      ["__proto__", "Sở A", "A"],
      ["constructor", "Sở A", "B"],
      ["__proto__", "Sở B", "A"],
    ];
    const r = scoreSurvey(design, [{ source: "a.xlsx", grids: [{ sheet: "S", values }] }]);
    const [a, b] = r.units;
    expect(Object.getPrototypeOf(a!.answersByGroup)).toBe(Object.prototype);
    expect(Object.entries(a!.answersByGroup)).toEqual([
      ["__proto__", 1],
      ["constructor", 1],
    ]);
    expect(Object.entries(b!.questions[0]!.byGroup)).toEqual([["__proto__", { answers: 1, mean: 1 }]]);
    const rows = surveySheets(r, "vi")[0]!.rows;
    const h = rows.findIndex((row) => row.includes("Phiếu: constructor"));
    const col = rows[h]!.indexOf("Phiếu: constructor");
    // Sở B has no “constructor” answer: an empty cell, not Object.prototype.constructor.
    expect(rows.slice(h + 1, h + 3).map((row) => [row[1], row[col]])).toEqual([
      ["Sở A", 1],
      ["Sở B", null],
    ]);
  });

  it("a unit type named “constructor” gets the node's own maximum (it read a function)", () => {
    const node = { code: "1", max: 10, maxByUnitType: { commune: 5 } } as unknown as Criterion;
    expect(maxFor(node, "constructor")).toBe(10);
    expect(maxFor(node, "toString")).toBe(10);
    expect(maxFor(node, "commune")).toBe(5);
  });

  it("a province classification typed “constructor” is refused, and never used as a classification", () => {
    const rows = settingsSheetRows(
      {
        year: 2025,
        criteriaSetId: "sample-department-2025",
        selfAssessmentDeadline: null,
        classification: "constructor",
      },
      "vi",
    );
    const r = readProvinceSettings({ sheet: "Cài đặt", values: rows });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(["setting-invalid"]);
    expect(classificationFor({ classification: "constructor" })).toBe(CLASSIFICATION_PRESETS["five-level"]);
    expect(classificationFor({ classification: "national" })).toBe(CLASSIFICATION_PRESETS["national"]);
  });

  it("an appraisal log row whose code cell reads “__proto__” or “constructor” is data (it polluted the prototype)", () => {
    const row = (code: string, round: 1 | 2, value: number): AppraisalLogRow => ({
      at: "2026-01-05T08:00:00+07:00",
      by: "Hội đồng",
      unit: "Sở A",
      action: "score",
      code,
      round,
      old: null,
      new: value,
    });
    const s = loggedSnapshot([row("__proto__", 1, 2), row("constructor", 2, 3), row("1.1", 1, 1)], "Sở A");
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["round1"]).toBeUndefined();
    expect(Object.entries(s)).toEqual([
      ["__proto__", { round1: 2, round2: null }],
      ["constructor", { round1: null, round2: 3 }],
      ["1.1", { round1: 1, round2: null }],
    ]);
    // Codes no longer in the table are logged as cleared, “constructor” included.
    const entries = diffSnapshots(
      s,
      { "1.1": { round1: 1, round2: null } },
      { at: "t", by: "b", unit: "Sở A" },
    );
    expect(entries.map((e) => [e.code, e.round, e.old, e.new])).toEqual([
      ["__proto__", 1, 2, null],
      ["constructor", 2, 3, null],
    ]);
  });
});
