/**
 * Bad input, one test each, through the entry points as google.script.run calls them: a clear
 * answer naming what is wrong, never a crash, never a half-written sheet.
 */
import { DEFAULT_SETTINGS } from "@cchc/scoring-core";
import * as main from "../../src/server/main";
import { installGlobals, removeGlobals } from "../fixtures/globals";
import { departmentSheet } from "../fixtures/sheets";

afterEach(removeGlobals);

const QUOTA = "Exception: Service invoked too many times for one day: spreadsheets.";

describe("bad input", () => {
  it("no scoring table: the report says so (header-not-found) and results can still be written", () => {
    const env = installGlobals();
    env.book._addSheet("Danh bạ")._fill([
      ["Họ tên", "Điện thoại"],
      ["Nguyễn Văn A", "0912 345 678"],
    ]);
    const report = main.validate({ ...DEFAULT_SETTINGS });
    expect(report.tableFound).toBe(false);
    expect(report.issues.map((i) => i.code)).toContain("header-not-found");
    expect(main.writeResults(report).sheet).toBe("Kết quả CCHC");
  });

  it("a sheet another owner protected: validation reads it, marks are refused with nothing written, results go to our own sheet", () => {
    const env = installGlobals();
    const { sheet } = departmentSheet(env);
    sheet._protectByOtherOwner();
    const report = main.validate({ ...DEFAULT_SETTINGS });
    expect(report.tableFound).toBe(true);
    expect(() => main.markIssues(report)).toThrow(/^\[cchc:protected\]/);
    expect(sheet._rules).toEqual([]);
    expect(env.properties.document._data.has("cchc.marks")).toBe(false);
    expect(main.writeResults(report)).toEqual({ sheet: "Kết quả CCHC", renamed: false });
  });

  it("merged two-row headers: the table is found under the merged “Điểm”", () => {
    const env = installGlobals();
    const { fixture, sheet } = departmentSheet(env);
    expect(sheet._merges.length).toBeGreaterThan(0);
    const report = main.validate({ ...DEFAULT_SETTINGS });
    expect(report.tableFound).toBe(true);
    expect(report.headerRows).toEqual(fixture.headerRows);
  });

  it("text in score cells: “7,5” is read as a number, “đạt” is an issue naming its cell", () => {
    const env = installGlobals();
    const { fixture } = departmentSheet(env, { overrides: { "1.1.1": { self: "đạt" } } });
    const report = main.validate({ ...DEFAULT_SETTINGS });
    const cell = fixture.cell("1.1.1", "self");
    const issue = report.issues.find((i) => i.cell === cell);
    expect([issue?.code, issue?.value]).toEqual(["number-invalid", "đạt"]);
    // The fixture types fractional scores as comma text; none of them is reported as invalid.
    expect(report.issues.filter((i) => i.code === "number-invalid")).toHaveLength(1);
  });

  it("a user sheet named like ours is never touched: results go to “Kết quả CCHC (2)”, and stay there", () => {
    const env = installGlobals();
    departmentSheet(env);
    const mine = env.book._addSheet("Kết quả CCHC")._fill([["của người dùng", "=1+1"]], [[null, "=1+1"]]);
    const report = main.validate({ ...DEFAULT_SETTINGS, sheet: "Tự chấm 2025" });
    expect(main.writeResults(report)).toEqual({ sheet: "Kết quả CCHC (2)", renamed: true });
    expect(main.writeResults(report)).toEqual({ sheet: "Kết quả CCHC (2)", renamed: false });
    expect(mine._text("A1")).toBe("của người dùng");
    expect(mine.proxy.getRange("B1").getFormulas()).toEqual([["=1+1"]]);
  });

  it("a quota error: a coded message for the sidebar and no half-written sheet", () => {
    const env = installGlobals();
    departmentSheet(env);
    const report = main.validate({ ...DEFAULT_SETTINGS });
    env.log.failOn(/^Range\.setValues$/, QUOTA);
    expect(() => main.writeResults(report)).toThrow(/^\[cchc:quota\]/);
    expect(env.book._sheets.map((s) => s._name)).toEqual(["Tự chấm 2025"]);
    env.log.failOn(/^Range\.getValues$/, QUOTA);
    expect(() => main.validate({ ...DEFAULT_SETTINGS })).toThrow(/^\[cchc:quota\]/);
  });

  it("a server error part-way through a template: the new sheet is removed", () => {
    const env = installGlobals();
    env.book._addSheet("Trang tính1");
    env.log.failOn(/^Sheet\.protect$/, "Exception: Service Spreadsheets failed while accessing document.");
    expect(() =>
      main.createTemplate({ criteriaSetId: "sample-department-2025", unit: "Sở Tư pháp", year: 2025 }),
    ).toThrow(/^\[cchc:server-error\] Service Spreadsheets failed/);
    expect(env.book._sheets.map((s) => s._name)).toEqual(["Trang tính1"]);
  });
});
