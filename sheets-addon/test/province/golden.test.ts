/**
 * The golden province (cli/samples/golden) at the province edition's last step: the units'
 * results, as the core scores their tables, ranked by the Sheets server's finish call (the core's
 * publishRanking over the control spreadsheet) must give the hand-worked table. The province reads
 * each unit from its handed-out spreadsheet on the province's own set, so its per-unit reading of
 * these small golden tables is not what this test checks; the ranking rules are.
 */
import { readSurveyGrid } from "@cchc/scoring-core";
import { fileMeta, OutcomeCollector, scoreUnitGrids } from "@cchc/scoring-core/workflow";
import {
  GOLDEN_NO_SET,
  goldenGrids,
  goldenRows,
  goldenSurveyFile,
  goldenUnitFiles,
} from "@cchc/test-kit/golden";
import * as entry from "../../src/server/province/entry";
import { removeGlobals } from "../fixtures/globals";
import { provinceWith } from "./province-fixture";

afterEach(() => removeGlobals());

function goldenResults() {
  const survey = readSurveyGrid(goldenGrids(goldenSurveyFile())[0]!, "vi").byUnit;
  const collector = new OutcomeCollector({ lang: "vi", sets: [], surveyProvided: true });
  for (const f of goldenUnitFiles().filter((x) => x.name.endsWith(".xlsx"))) {
    const outcome = scoreUnitGrids(goldenGrids(f), fileMeta(f.name, undefined), {
      lang: "vi",
      sets: [],
      survey,
    });
    collector.add(f.name, outcome, f.modified);
  }
  return collector.finish().results;
}

it("the province's ranking of the golden units is the hand-worked table (Sở Y tế held out)", () => {
  const env = provinceWith([]);
  const g = globalThis as Record<string, unknown>;
  for (const [k, v] of Object.entries(env.globals)) g[k] = v;
  const { jobId } = entry.provinceBegin("c1");
  // Through JSON, as google.script.run carries it.
  const outcome = JSON.parse(JSON.stringify({ results: goldenResults(), failed: [] })) as unknown;
  const { ranking, sheets } = entry.provinceFinish(jobId, outcome);
  expect(goldenRows(ranking)).toEqual(GOLDEN_NO_SET);
  expect(sheets.length).toBeGreaterThan(0);
});
