/**
 * Dates are dates: an evidence cell holding a real date (getValues returns a Date) is checked
 * against the assessed period like a typed "dd/mm/yyyy", and shown as dd/mm/yyyy.
 */
import { DEFAULT_SETTINGS, fillTemplate, getSampleSet } from "@cchc/scoring-core";
import { validateSheet } from "../../src/server/use-cases";
import { fakeAppsScript } from "../fakes/apps-script";
import { leafRows, specFor, unitRows, COL } from "../province/province-fixture";

function sheetWithEvidence(evidence: (row: number) => unknown) {
  const env = fakeAppsScript();
  const spec = specFor(unitRows(1)[0]!);
  const grid = fillTemplate(spec, {});
  const sheet = env.book._addSheet(spec.sheetName, grid.values.length + 5, 26);
  sheet._fill(grid.values as never, grid.formulas);
  const leaf = leafRows(spec)[0]!;
  sheet._cell(leaf.row - 1, COL.self - 1).value = leaf.values[0]!;
  sheet._cell(leaf.row - 1, COL.evidence - 1).value = evidence(leaf.row) as never;
  const report = validateSheet(env.services, {
    ...DEFAULT_SETTINGS,
    sheet: spec.sheetName,
    criteriaSetId: getSampleSet("sample-department-2025")!.id,
  });
  return { report, cell: `${String.fromCharCode(64 + COL.evidence)}${leaf.row}` };
}

describe("evidence dates from Sheets", () => {
  it("a Date cell outside the period is flagged like the typed date, shown dd/mm/yyyy", () => {
    const typed = sheetWithEvidence(() => "Quyết định số 12/QĐ-UBND ngày 10/01/2019");
    const outTyped = typed.report.issues.filter((i) => i.code === "evidence-out-of-period");
    const dated = sheetWithEvidence(() => new Date(Date.UTC(2019, 0, 10)));
    const out = dated.report.issues.filter(
      (i) => i.code === "evidence-out-of-period" && i.cell === dated.cell,
    );
    expect(outTyped.length).toBeGreaterThan(0);
    expect(out).toHaveLength(1);
    expect(out[0]!.message).toContain("10/01/2019");
  });

  it("a Date cell inside the period raises no date issue", () => {
    const dated = sheetWithEvidence(() => new Date(Date.UTC(2025, 2, 15)));
    expect(dated.report.issues.filter((i) => i.code === "evidence-out-of-period")).toEqual([]);
  });
});
