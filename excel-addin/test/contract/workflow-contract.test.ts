/**
 * The workflow contract on Excel: the same scenarios as every host (see @cchc/test-kit), run
 * through the Excel service over Office.js's in-memory fake, must give exactly the outcomes of
 * the core's reference adapter.
 */
import { ServiceError } from "@cchc/scoring-core/workflow";
import { memoryHost, runScenarios, type ContractHost } from "@cchc/test-kit";
import {
  GOLDEN_CHECKS,
  GOLDEN_FAILED,
  GOLDEN_NO_SET,
  GOLDEN_SKIPPED,
  GOLDEN_WITH_SETS,
  goldenChecks,
  goldenSetJson,
  goldenConsolidation,
  type GoldenConsolidate,
} from "@cchc/test-kit/golden";
import { DEFAULT_SETTINGS } from "@cchc/scoring-core";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import * as XLSX from "@e965/xlsx";
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
      appraisalItems: (settings) => service.appraisalItems(settings),
      activate,
      errorCode: (e) => (e instanceof ServiceError ? e.code : String(e)),
    };
  },
};

it("Excel gives the reference outcome in every workflow scenario", async () => {
  const expected = await runScenarios(memoryHost());
  expect(await runScenarios(excelHost)).toEqual(expected);
});

describe("the golden province (cli/samples/golden) through Excel", () => {
  it("each unit's file, loaded into the Office.js fake and checked, gives its table's numbers", async () => {
    expect(await goldenChecks(excelHost)).toEqual(GOLDEN_CHECKS);
  });

  /** The pane's consolidation of the picked files; `withSets`: the three golden sets imported first. */
  const excelConsolidate =
    (withSets: boolean, issues: string[] = []): GoldenConsolidate =>
    async ({ files, survey }) => {
      const host = new FakeExcelHost();
      host.model.addSheet("Tổng hợp");
      const service = new ExcelScoringService(new OfficePort(host.env()), {
        displayLanguage: "vi-VN",
        loadReader: async () => ({ xlsx: XLSX, read: readWorkbookGrids }),
      });
      if (withSets) {
        // As a user would: Cài đặt → Nhập bộ tiêu chí, three times; then the department set chosen.
        for (const json of goldenSetJson()) await service.importCriteriaSet({ source: "json", json });
        await service.saveSettings({
          ...DEFAULT_SETTINGS,
          lang: "vi",
          criteriaSetId: "golden-department-2025",
        });
      }
      const { ranking } = await service.consolidate(
        { source: "files", files, surveyFile: survey },
        () => undefined,
        new AbortController().signal,
      );
      issues.push(...ranking.issues.map((i) => i.code));
      return ranking;
    };

  it("consolidating the picked files ranks exactly as worked out by hand", async () => {
    const out = await goldenConsolidation(excelConsolidate(false));
    expect(out.rows).toEqual(GOLDEN_NO_SET);
    expect(out.skipped).toEqual(GOLDEN_SKIPPED);
    expect(out.failed).toEqual(GOLDEN_FAILED);
  });

  it("with the workbook's three stored sets, each unit is scored on its type's set; the district set is an error", async () => {
    const issues: string[] = [];
    const out = await goldenConsolidation(excelConsolidate(true, issues));
    expect(out.rows).toEqual(GOLDEN_WITH_SETS);
    expect(out.skipped).toEqual(GOLDEN_SKIPPED);
    expect(issues).toContain("criteria-set-unmatched");
  });
});
