/**
 * The workflow contract on the demo service: the same scenarios as every host (see
 * @cchc/test-kit) must give exactly the outcomes of the core's reference adapter.
 */
import { ServiceError } from "@cchc/scoring-core/workflow";
import { memoryHost, runScenarios, type ContractHost } from "@cchc/test-kit";
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
