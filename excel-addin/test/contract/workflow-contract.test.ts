/**
 * The workflow contract on Excel: the same scenarios as every host (see @cchc/test-kit), run
 * through the Excel service over Office.js's in-memory fake, must give exactly the outcomes of
 * the core's reference adapter.
 */
import { ServiceError } from "@cchc/scoring-core/workflow";
import { memoryHost, runScenarios, type ContractHost } from "@cchc/test-kit";
import { OfficePort } from "../../src/host/office-port";
import { ExcelScoringService } from "../../src/service/excel-scoring-service";
import { FakeExcelHost } from "../fake-excel";
import { loadGrid } from "../helpers/workbooks";

const excelHost: ContractHost = {
  open(sheets, active) {
    const host = new FakeExcelHost();
    for (const grid of sheets) loadGrid(host.model, grid);
    const activate = (name: string) => {
      host.model.activeId = host.model.sheets.find((s) => s.name === name)!.id;
    };
    activate(active);
    const service = new ExcelScoringService(new OfficePort(host.env()), { displayLanguage: "vi-VN" });
    return {
      validate: (settings) => service.validate(settings),
      writeResults: (report) => service.writeResults(report),
      activate,
      errorCode: (e) => (e instanceof ServiceError ? e.code : String(e)),
    };
  },
};

it("Excel gives the reference outcome in every workflow scenario", async () => {
  const expected = await runScenarios(memoryHost());
  expect(await runScenarios(excelHost)).toEqual(expected);
});
