/**
 * The workflow contract on the demo service: the same scenarios as every host (see
 * @cchc/test-kit) must give exactly the outcomes of the core's reference adapter.
 */
import { consolidateFiles, ServiceError } from "@cchc/scoring-core/workflow";
import { memoryHost, runScenarios, type ContractHost } from "@cchc/test-kit";
import {
  GOLDEN_CHECKS,
  GOLDEN_FAILED,
  GOLDEN_NO_SET,
  GOLDEN_SKIPPED,
  goldenChecks,
  goldenConsolidation,
  readGolden,
} from "@cchc/test-kit/golden";
import { DemoScoringService } from "../../src/demo";

const demoHost: ContractHost = {
  open(sheets, active) {
    const service = new DemoScoringService({ latencyMs: 0, perFileMs: 0, workbook: { sheets, active } });
    return {
      validate: (settings) => service.validate(settings),
      writeResults: (report) => service.writeResults(report),
      activate: (sheet) => service.workbook.activate(sheet),
      errorCode: (e) => (e instanceof ServiceError ? e.code : String(e)),
    };
  },
};

it("the demo gives the reference outcome in every workflow scenario", async () => {
  const expected = await runScenarios(memoryHost());
  expect(await runScenarios(demoHost)).toEqual(expected);
});

describe("the golden province (cli/samples/golden) through the demo service", () => {
  it("each unit's file, opened in the demo's workbook and checked, gives its table's numbers", async () => {
    expect(await goldenChecks(demoHost)).toEqual(GOLDEN_CHECKS);
  });

  it("consolidating the picked files ranks exactly as worked out by hand", async () => {
    const out = await goldenConsolidation(async ({ files, survey }) => {
      const service = new DemoScoringService({
        latencyMs: 0,
        perFileMs: 0,
        reader: readGolden,
        consolidateFiles,
      });
      const { ranking } = await service.consolidate(
        { source: "files", files, surveyFile: survey },
        () => undefined,
        new AbortController().signal,
      );
      return ranking;
    });
    expect(out.rows).toEqual(GOLDEN_NO_SET);
    expect(out.skipped).toEqual(GOLDEN_SKIPPED);
    expect(out.failed).toEqual(GOLDEN_FAILED);
  });
});
