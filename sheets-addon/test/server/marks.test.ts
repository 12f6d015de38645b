import { clearMarks, markIssues, MARKS_KEY } from "../../src/server/marks";
import { makeIssue } from "@cchc/scoring-core";
import { markRuns } from "@cchc/scoring-core/workflow";
import { fakeAppsScript } from "../fakes/apps-script";
import { sampleReport } from "../fixtures/report";

const SHEET = "Tự chấm 2025";

function setup() {
  const env = fakeAppsScript();
  const sheet = env.book._addSheet(SHEET)._fill([["STT", "Nội dung", "Tối đa", "Tự chấm", "Điểm"]]);
  // The user's own rule, which must survive marking and clearing.
  const api = sheet.proxy;
  const own = env.services.SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied("=$D1>$C1")
    .setBackground("#0000ff")
    .setRanges([api.getRange("D1:D50")])
    .build();
  api.setConditionalFormatRules([own]);
  return { env, sheet };
}

const formulas = (env: ReturnType<typeof setup>["env"]) =>
  env.book._sheet(SHEET)._rules.map((r) => r._formula);

describe("marks", () => {
  it("appends one rule per severity after the user's rules, covering each issue cell once", () => {
    const { env, sheet } = setup();
    env.log.reset();
    const out = markIssues(env.services, sampleReport(SHEET));
    // E12 (error and warning), E15 (error), I12 (warning); A20 is info and not marked.
    expect(out).toEqual({ marked: 3 });
    expect(formulas(env)).toEqual(["=$D1>$C1", '=N("cchc-mark:error")=0', '=N("cchc-mark:warning")=0']);
    expect(sheet._rules[1]!._ranges.map((r) => r.getA1Notation())).toEqual(["E12", "E15"]);
    expect(sheet._rules[2]!._ranges.map((r) => r.getA1Notation())).toEqual(["I12"]);
    // Errors red, warnings amber: told apart on the sheet.
    expect([sheet._rules[1]!._background, sheet._rules[2]!._background]).toEqual(["#f4c7c3", "#fce8b2"]);
    expect(env.log.count(/^Sheet\.setConditionalFormatRules$/)).toBe(1);
    expect(JSON.parse(env.properties.document._data.get(MARKS_KEY)!)).toEqual([sheet._id]);
  });

  it("draws the core's marks: a run of errors down a column is one range, as in Excel", () => {
    const { env, sheet } = setup();
    const report = sampleReport(SHEET);
    for (const row of [13, 14])
      report.issues.push(
        makeIssue("number-invalid", { sheet: SHEET, cell: `E${row}`, row, column: "E", value: "x" }, "vi"),
      );
    const out = markIssues(env.services, report);
    // The cells and runs are the core's (workflow/marks.ts), drawn one rule per severity.
    const core = markRuns(report);
    expect(out).toEqual({ marked: core.cells });
    const drawn = sheet._rules.slice(1).flatMap((r) => r._ranges.map((x) => x.getA1Notation()));
    expect(drawn.sort()).toEqual(core.marks.map((m) => m.address).sort());
    expect(sheet._rules[1]!._ranges.map((r) => r.getA1Notation())).toEqual(["E12:E15"]);
    expect(clearMarks(env.services)).toEqual({ cleared: core.cells });
  });

  it("marking again replaces our marks instead of stacking them", () => {
    const { env } = setup();
    markIssues(env.services, sampleReport(SHEET));
    markIssues(env.services, sampleReport(SHEET));
    expect(formulas(env)).toHaveLength(3);
  });

  it("one call removes every mark and keeps the user's rule", () => {
    const { env } = setup();
    markIssues(env.services, sampleReport(SHEET));
    expect(clearMarks(env.services)).toEqual({ cleared: 3 });
    expect(formulas(env)).toEqual(["=$D1>$C1"]);
    expect(env.properties.document._data.has(MARKS_KEY)).toBe(false);
    expect(clearMarks(env.services)).toEqual({ cleared: 0 });
  });

  it("on a sheet another owner protected: a clear error and nothing written", () => {
    const { env, sheet } = setup();
    sheet._protectByOtherOwner();
    expect(() => markIssues(env.services, sampleReport(SHEET))).toThrow(/protected cell or object/);
    expect(formulas(env)).toEqual(["=$D1>$C1"]);
    expect(env.properties.document._data.has(MARKS_KEY)).toBe(false);
    expect(env.lock.documentLock._held).toBe(false);
  });

  it("refuses a report that is not a ValidationReport, and a sheet that is gone", () => {
    const { env } = setup();
    expect(() => markIssues(env.services, { sheet: SHEET })).toThrow(/\[cchc:report-invalid\]/);
    expect(() => markIssues(env.services, sampleReport("Không có"))).toThrow(
      /\[cchc:sheet-not-found\] Không có/,
    );
  });

  it("says the spreadsheet is busy when another action holds the document lock", () => {
    const { env } = setup();
    env.lock.documentLock._heldElsewhere = true;
    expect(() => markIssues(env.services, sampleReport(SHEET))).toThrow(/\[cchc:busy\]/);
  });
});
