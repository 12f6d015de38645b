/**
 * The golden province (cli/samples/golden, DỮ LIỆU MẪU) through the core's reference adapter:
 * consolidateFiles over the in-memory workbook, and each unit's own check, against the table
 * worked out by hand (test-kit/src/golden/expected.ts). Every host's golden test compares with
 * the same table.
 */
import { memoryHost } from "@cchc/test-kit";
import {
  GOLDEN_CHECKS,
  GOLDEN_FAILED,
  GOLDEN_NO_SET,
  GOLDEN_SKIPPED,
  GOLDEN_WITH_SETS,
  goldenChecks,
  goldenConsolidation,
  goldenSetJson,
  readGolden,
  type GoldenConsolidate,
} from "@cchc/test-kit/golden";
import { CriteriaSetSchema, DEFAULT_SETTINGS, type Settings } from "../../src";
import { consolidateFiles, MemoryWorkbook, runAsync } from "../../src/workflow";

const sets = goldenSetJson().map((j) => CriteriaSetSchema.parse(j));

function memoryConsolidate(settings: Partial<Settings> = {}): GoldenConsolidate {
  return async ({ files, survey, sets: chosen }) => {
    const port = new MemoryWorkbook([{ sheet: "Tổng hợp", values: [] }], { active: "Tổng hợp" });
    const { ranking } = await runAsync(
      consolidateFiles(port, {
        files,
        surveyFile: survey,
        settings: { ...DEFAULT_SETTINGS, ...settings },
        set: null,
        ...(chosen ? { sets: chosen } : {}),
        read: readGolden,
        onProgress: () => undefined,
        signal: { aborted: false },
      }),
    );
    return ranking;
  };
}

describe("the golden province on the core's in-memory workbook", () => {
  it("ranks every unit once, as worked out by hand; skips and failures as the cli says", async () => {
    const out = await goldenConsolidation(memoryConsolidate());
    expect(out.rows).toEqual(GOLDEN_NO_SET);
    expect(out.skipped).toEqual(GOLDEN_SKIPPED);
    expect(out.failed).toEqual(GOLDEN_FAILED);
    expect(out.issues).toContainEqual({ code: "survey-missing", value: "Sở Y tế" });
    expect(out.issues).toContainEqual({ code: "unit-duplicate-file", value: "Sở Tài chính" });
  });

  it("with one set per unit type, the communes' N/A shrinks the maximum; the unmatched set is an error", async () => {
    const out = await goldenConsolidation(memoryConsolidate(), sets);
    expect(out.rows).toEqual(GOLDEN_WITH_SETS);
    expect(out.issues.map((i) => i.code)).toContain("criteria-set-unmatched");
  });

  it("by the setting, the unit missing from the survey is ranked and marked provisional", async () => {
    const out = await goldenConsolidation(memoryConsolidate({ missingSurvey: "provisional" }));
    const yTe = out.rows.find((r) => r.unit === "Sở Y tế")!;
    expect([yTe.status, yTe.rank, yTe.survey]).toEqual(["provisional", 5, null]);
  });

  it("each unit's own check gives its table's numbers", async () => {
    expect(await goldenChecks(memoryHost())).toEqual(GOLDEN_CHECKS);
  });
});
