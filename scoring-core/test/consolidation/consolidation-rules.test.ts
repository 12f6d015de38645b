/** #9 items 2–5 in the core: survey never a silent 0, appraisal status, kinds, duplicates, outputs. */
import fc from "fast-check";
import { chooseNewest, newerFile } from "../../src/consolidation/duplicates";
import { toolOutputKind } from "../../src/consolidation/tool-output";
import { kindFromName } from "../../src/consolidation/unit-kind";
import { UnitNameIndex, unitNameKey } from "../../src/consolidation/unit-names";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import { rankUnits } from "../../src/ranking/rank-units";
import { RankingReportSchema } from "../../src/reports/schemas";
import { unitResult } from "../ranking/unit-builder";

const classification = CLASSIFICATION_PRESETS["national"]!;

describe("unit names match through their variants", () => {
  it.each([
    ["UBND xã Mường Bằng", "Ủy ban nhân dân xã Mường Bằng"],
    ["UBND xã Mường Bằng", "UỶ BAN NHÂN DÂN XÃ MƯỜNG BẰNG"],
    ["Sở Tư pháp", "Sở Tư pháp tỉnh Sơn La"],
    ["Sở Tư pháp", "so tu phap"],
    ["Sở Tư pháp".normalize("NFD"), "Sở Tư pháp".normalize("NFC")],
    ["UBND phường Chiềng Lề.", "Ủy ban nhân dân - phường Chiềng Lề"],
  ])("“%s” finds “%s”", (a, b) => {
    const index = new UnitNameIndex<number>();
    index.add(a, 1);
    expect(index.get(b)).toBe(1);
  });

  it("never guesses between two units", () => {
    const index = new UnitNameIndex<number>();
    index.add("UBND xã Mường Bằng", 1);
    index.add("UBND xã Mường Sại", 2);
    expect(index.get("UBND xã Mường")).toBeUndefined();
    expect(index.get("Sở Tư pháp")).toBeUndefined();
  });

  it("the key ignores case, accents and normal form", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Sở Nội vụ", "UBND phường Tô Hiệu", "Ban Dân tộc"),
        fc.boolean(),
        (n, nfd) => {
          const v = nfd ? n.normalize("NFD").toUpperCase() : n.toLowerCase();
          expect(unitNameKey(v)).toBe(unitNameKey(n));
        },
      ),
    );
  });
});

describe("kinds from names", () => {
  it.each([
    ["Sở Tư pháp", "department"],
    ["Văn phòng UBND tỉnh", "department"],
    ["Thanh tra tỉnh", "department"],
    ["UBND xã Mường Bằng", "commune"],
    ["Ủy ban nhân dân phường Chiềng Lề", "commune"],
    ["UBND đặc khu Cô Tô", "commune"],
    ["UBND thị xã Mộc Châu", "district"],
    ["UBND huyện Mai Sơn", "district"],
    ["Công ty ABC", null],
  ])("%s → %s", (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });
});

describe("survey points are never a silent 0", () => {
  const withSurvey = (unit: string, index: number, survey: number | null) => {
    const u = unitResult(unit, index);
    return {
      ...u,
      totals: {
        ...u.totals,
        surveyMax: 20,
        survey: survey ?? 0,
        surveyGiven: survey !== null,
      },
    };
  };

  it("a unit missing from the survey table is held out with its reason and a warning naming it", () => {
    const r = rankUnits([withSurvey("Sở A", 90, 15), withSurvey("Sở B", 95, null)], {
      classification,
      surveyProvided: true,
    });
    expect(RankingReportSchema.safeParse(r).success).toBe(true);
    const rows = r.groups[0]!.rows;
    expect(rows.map((x) => [x.unit, x.rank, x.status, x.survey])).toEqual([
      ["Sở A", 1, "ranked", 15],
      ["Sở B", null, "held-out", null],
    ]);
    expect(rows[1]!.reason).toMatch(/ĐTXHH/);
    expect(r.issues).toEqual([expect.objectContaining({ code: "survey-missing", value: "Sở B" })]);
  });

  it("is held out even when its own table names no survey item (tables read without a set)", () => {
    // Without a set, a table's survey items may not be recognised (survey maximum 0), while the
    // survey table gives every other unit its points: ranking it would count its survey as 0.
    const bare = (unit: string, survey: number | null) => {
      const u = withSurvey(unit, 70, survey);
      return { ...u, totals: { ...u.totals, surveyMax: 0 } };
    };
    const r = rankUnits([bare("Sở A", 20), bare("Sở B", null)], { classification, surveyProvided: true });
    expect(r.groups[0]!.rows.map((x) => [x.unit, x.status])).toEqual([
      ["Sở A", "ranked"],
      ["Sở B", "held-out"],
    ]);
    // No survey table at all and nothing to score by survey: nothing is missing.
    const none = rankUnits([bare("Sở B", null)], { classification, surveyProvided: false });
    expect(none.groups[0]!.rows[0]!.status).toBe("ranked");
  });

  it("by the setting, it is ranked and marked provisional", () => {
    const r = rankUnits([withSurvey("Sở A", 90, 15), withSurvey("Sở B", 95, null)], {
      classification,
      surveyProvided: true,
      missingSurvey: "provisional",
    });
    expect(r.groups[0]!.rows.map((x) => [x.unit, x.rank, x.status])).toEqual([
      ["Sở B", 1, "provisional"],
      ["Sở A", 2, "ranked"],
    ]);
  });
});

describe("appraisal status", () => {
  it("not appraised is null, never the self score", () => {
    const u = unitResult("Sở A", 80);
    const r = rankUnits(
      [
        u,
        {
          ...unitResult("Sở B", 70),
          totals: { ...unitResult("Sở B", 70).totals, appraisalRound: 2, basis: "appraised" },
        },
      ],
      { classification },
    );
    const rows = r.groups[0]!.rows;
    expect(rows.map((x) => [x.unit, x.appraised, x.appraisalRound, x.basis])).toEqual([
      ["Sở A", null, 0, "self"],
      ["Sở B", 70, 2, "appraised"],
    ]);
  });
});

describe("every file counted once", () => {
  it("keeps the newer file: later modification time, then later name", () => {
    const a = { unit: "Sở Tư pháp", file: "stp.xlsx", modified: 1000 };
    const b = { unit: "SỞ TƯ PHÁP", file: "stp-ban-cu.xlsx", modified: 500 };
    const c = { unit: "Sở Nội vụ", file: "snv.xlsx", modified: null };
    const { kept, dropped } = chooseNewest([b, a, c]);
    expect(kept).toEqual([a, c]);
    expect(dropped).toEqual([{ entry: b, keptFile: "stp.xlsx" }]);
    expect(
      newerFile({ unit: "x", file: "b.xlsx", modified: 5 }, { unit: "x", file: "a.xlsx", modified: 5 }),
    ).toBe(true);
  });

  it("the choice does not depend on the order the files come in", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ unit: fc.constantFrom("A", "B"), file: fc.string(), modified: fc.option(fc.nat()) }),
          { maxLength: 6, selector: (e) => e.file },
        ),
        (entries) => {
          const one = chooseNewest(entries)
            .kept.map((e) => e.file)
            .sort();
          const two = chooseNewest([...entries].reverse())
            .kept.map((e) => e.file)
            .sort();
          expect(one).toEqual(two);
        },
      ),
    );
  });

  it("recognises the tool's own outputs by their sheets", () => {
    expect(toolOutputKind(["Sở, ban, ngành", "Điểm theo lĩnh vực", "Điểm bị mất"])).toBe("ranking");
    expect(toolOutputKind(["Kết quả CCHC"])).toBe("results");
    expect(toolOutputKind(["Tự chấm", "Kết quả CCHC"])).toBeNull();
  });
});
