/**
 * The province edition's finish step writes the year record `cchc rank` writes (the core's one
 * builder), hidden, with the ranking sheets: the control spreadsheet is then a past year for
 * "Xu hướng" (read by URL/ID next year) and for the report's "so với năm trước".
 */
import {
  inspectionList,
  previousFromRecord,
  previousYear,
  readSurveyGrid,
  readYearRecord,
  YEAR_RECORD_SHEET,
  yearRecordRows,
  type Grid,
  type YearRecord,
} from "@cchc/scoring-core";
import { fileMeta, OutcomeCollector, scoreUnitGrids } from "@cchc/scoring-core/workflow";
import {
  GOLDEN_RECORD,
  goldenGrids,
  goldenSurveyFile,
  goldenUnitFiles,
  recordFigures,
} from "@cchc/test-kit/golden";
import * as entry from "../../src/server/province/entry";
import { provinceTrendsFor } from "../../src/server/province/trends";
import { removeGlobals } from "../fixtures/globals";
import { provinceWith } from "./province-fixture";

afterEach(() => removeGlobals());

/** The golden units scored by the core, as the sidebar sends them to the finish call. */
function goldenResults() {
  const survey = readSurveyGrid(goldenGrids(goldenSurveyFile())[0]!, "vi").byUnit;
  const collector = new OutcomeCollector({ lang: "vi", sets: [], surveyProvided: true });
  for (const f of goldenUnitFiles().filter((x) => x.name.endsWith(".xlsx")))
    collector.add(
      f.name,
      scoreUnitGrids(goldenGrids(f), fileMeta(f.name, undefined), { lang: "vi", sets: [], survey }),
      f.modified,
    );
  return collector.finish().results;
}

function finishGolden() {
  const env = provinceWith([]);
  const g = globalThis as Record<string, unknown>;
  for (const [k, v] of Object.entries(env.globals)) g[k] = v;
  const { jobId } = entry.provinceBegin("c1");
  const outcome = JSON.parse(JSON.stringify({ results: goldenResults(), failed: [] })) as unknown;
  env.log.reset();
  const reply = entry.provinceFinish(jobId, outcome);
  return { env, reply, calls: env.log.count() };
}

function gridOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): Grid {
  return { sheet: sheet.getName(), values: sheet.getDataRange().getValues() as Grid["values"] };
}

describe("the year record (Sheets, Sở Nội vụ)", () => {
  it("the finish call writes the cli's record, hidden, with the ranking sheets", () => {
    const { env, reply, calls } = finishGolden();
    // The finish call stays one server call with a bounded number of spreadsheet calls.
    // The record is one more block in the same finish call: one value write for all its chunks
    // (measured: 669 → 726 logged calls for the golden province, 36 of them the free-name scan of
    // a sheet's first write; a refresh costs less), nothing per unit.
    const writes = env.log.calls.filter((c) => c === "Range.setValues").length;
    expect(writes).toBe(reply.sheets.length + 1);
    expect(calls).toBeLessThanOrEqual(726);
    expect(reply.sheets).not.toContain(YEAR_RECORD_SHEET);
    const sheet = env.control.proxy.getSheetByName(YEAR_RECORD_SHEET)!;
    expect(sheet.isSheetHidden()).toBe(true);
    const read = readYearRecord(gridOf(sheet));
    if (!read.ok) throw new Error(read.detail);
    // The province's year (Cài đặt) and set; the figures are the cli's for the same units. Issue
    // counts at submission stay with the units' own checks: the finish call receives results only.
    expect(read.record.year).toBe(2025);
    // The class names are the province's own (Cài đặt), as its ranking sheets show them.
    const figures = (r: YearRecord) =>
      recordFigures(r, { issueCodes: false }).map(({ classification: _, ...u }) => u);
    expect(figures(read.record)).toEqual(figures(GOLDEN_RECORD));
    const shown = new Map(
      reply.ranking.groups.flatMap((gr) => gr.rows.map((r) => [r.unit, r.classification])),
    );
    for (const u of read.record.units) expect(u.classification).toBe(shown.get(u.unit) ?? null);
  });

  it("a second finish refreshes the same hidden sheet", () => {
    const { env } = finishGolden();
    const count = env.control.proxy.getNumSheets();
    const { jobId } = entry.provinceBegin("c2");
    const outcome = JSON.parse(JSON.stringify({ results: goldenResults(), failed: [] })) as unknown;
    entry.provinceFinish(jobId, outcome);
    expect(env.control.proxy.getNumSheets()).toBe(count);
  });

  it("next year: a past year for Xu hướng (by its ID) and for so với năm trước", () => {
    const { env } = finishGolden();
    const grids = env.control.proxy.getSheets().map(gridOf);
    const previous = previousYear(grids);
    expect(previous.source).toBe("year-record");
    expect(previous.groups).toEqual(previousFromRecord(GOLDEN_RECORD));

    const y2026: YearRecord = {
      ...GOLDEN_RECORD,
      year: 2026,
      units: GOLDEN_RECORD.units.map((u) => ({ ...u, index: u.index === null ? null : u.index - 10 })),
    };
    const later = env.world.addSpreadsheet("Xếp hạng 2026", env.owner);
    later._addSheet(YEAR_RECORD_SHEET)._fill(yearRecordRows(y2026));
    const reply = provinceTrendsFor(env.services, "vi", [env.control._fileId, later._fileId], null);
    expect(reply.skipped).toEqual([]);
    expect(reply.years).toEqual([2025, 2026]);
    expect(reply.units).toBe(GOLDEN_RECORD.units.length);
    expect(reply.fellMost).toHaveLength(5);
    for (const f of reply.fellMost) expect(f.change).toBeCloseTo(-10, 9);
    // Whom to inspect in the last year, as `cchc plan --previous` lists them, on its sheet too.
    // The province's record has no issue counts at submission, so its reasons are the others.
    const read = readYearRecord(gridOf(env.control.proxy.getSheetByName(YEAR_RECORD_SHEET)!));
    if (!read.ok) throw new Error(read.detail);
    const expected = inspectionList(y2026, { previous: read.record });
    expect(reply.inspect).toEqual(
      expected
        .slice(0, 5)
        .map((c) => ({ unit: c.unit, group: c.group, reasons: c.reasons.map((r) => r.text) })),
    );
    expect(reply.sheets).toEqual(expect.arrayContaining(["Giảm nhiều nhất", "Đề xuất kiểm tra"]));
    expect(env.control.proxy.getSheetByName("Đề xuất kiểm tra")).not.toBeNull();
  });
});
