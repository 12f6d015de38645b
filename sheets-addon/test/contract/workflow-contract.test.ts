/**
 * The workflow contract on Google Sheets: the same scenarios as every host (see @cchc/test-kit),
 * run through the server's entry points over the Apps Script fakes (synchronously, as Apps Script
 * runs them), must give exactly the outcomes of the core's reference adapter.
 */
import { memoryHost, runScenarios, type ContractHost } from "@cchc/test-kit";
import { GOLDEN_CHECKS, goldenChecks } from "@cchc/test-kit/golden";
import type { ValidationReport } from "@cchc/scoring-core";
import * as main from "../../src/server/main";
import { classifyError } from "../../src/shared/errors";
import { installGlobals, removeGlobals } from "../fixtures/globals";
import { putGrid } from "../fixtures/sheets";

/** The sidebar's codes back to the core's (the server maps them one way for the sidebar). */
const CORE_CODES: Record<string, string> = { "set-invalid": "set-schema" };

const sheetsHost: ContractHost = {
  open(sheets, active) {
    removeGlobals();
    const env = installGlobals();
    for (const grid of sheets) putGrid(env, grid);
    const activate = (name: string) => {
      env.book._active = env.book._sheets.find((s) => s._name === name)!;
    };
    activate(active);
    return {
      validate: (settings) => main.validate(settings),
      // Through JSON, as google.script.run carries it.
      writeResults: (report: ValidationReport) => main.writeResults(JSON.parse(JSON.stringify(report))),
      activate,
      errorCode: (e) => {
        const { code } = classifyError(e instanceof Error ? e.message : String(e));
        return CORE_CODES[code] ?? code;
      },
    };
  },
};

afterAll(removeGlobals);

it("Google Sheets gives the reference outcome in every workflow scenario", async () => {
  const expected = await runScenarios(memoryHost());
  expect(await runScenarios(sheetsHost)).toEqual(expected);
});

it("the golden province (cli/samples/golden): each unit's file, loaded into the Sheets fake and checked, gives its table's numbers", async () => {
  expect(await goldenChecks(sheetsHost)).toEqual(GOLDEN_CHECKS);
});
