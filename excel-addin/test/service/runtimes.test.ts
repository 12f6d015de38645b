/**
 * One state whoever writes it: the ribbon's command and the task pane run in separate runtimes
 * (co-authors in separate Excels), each with its own copy of the document settings. The fake
 * gives each runtime its own copy, as Microsoft's reference describes; the tool refreshes
 * before every read-modify-write, so marks are never orphaned and the results sheet is never
 * duplicated. Marks are found by sheet id, so a rename loses none.
 */
import * as XLSX from "@e965/xlsx";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import { OfficePort, MARK_FILL, MARK_FORMULA, WARN_FILL } from "../../src/host/office-port";
import { ExcelScoringService } from "../../src/service/excel-scoring-service";
import { runQuickCheck } from "../../src/commands/quick-check";
import type { OfficeEnv } from "../../src/host/office-env";
import { FakeExcelHost } from "../fake-excel";
import { settings } from "../helpers/service";
import { departmentGrid, DEPARTMENT_SHEET, loadGrid } from "../helpers/workbooks";

function serviceOn(env: OfficeEnv) {
  return new ExcelScoringService(new OfficePort(env), {
    displayLanguage: "vi-VN",
    loadReader: async () => ({ xlsx: XLSX, read: readWorkbookGrids }),
  });
}

function workbook() {
  const host = new FakeExcelHost();
  loadGrid(host.model, departmentGrid("Sở Tư pháp", { mistakes: true }));
  const pane = serviceOn(host.env());
  const other = host.otherRuntime();
  return { host, pane, ribbon: serviceOn(other.env), otherSettings: other.settings };
}

const ourMarks = (host: FakeExcelHost) =>
  host.model.sheets.flatMap((s) => s.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA));

describe("one state across runtimes", () => {
  it("ribbon then pane: the pane clears every mark the ribbon made, and refreshes the same results sheet", async () => {
    const { host, pane, ribbon } = workbook();
    await pane.loadSettings(); // the pane was open before the ribbon ran
    const quick = await runQuickCheck(ribbon);
    expect(quick.ok).toBe(true);
    expect(ourMarks(host).length).toBeGreaterThan(0);
    const sheetsAfterRibbon = host.model.sheets.map((s) => s.name);

    await expect(pane.clearMarks()).resolves.toMatchObject({ cleared: expect.any(Number) });
    expect(ourMarks(host)).toEqual([]);

    const report = await pane.validate(settings({ sheet: DEPARTMENT_SHEET }));
    const { sheet } = await pane.writeResults(report);
    expect(sheet).toBe(quick.sheet);
    expect(host.model.sheets.map((s) => s.name)).toEqual(sheetsAfterRibbon);
  });

  it("two co-authors: the second one's marks replace the first's, and either can clear them all", async () => {
    const { host, pane: a, ribbon: b } = workbook();
    const s = settings({ sheet: DEPARTMENT_SHEET });
    await a.loadSettings();
    await b.loadSettings();
    await a.markIssues(await a.validate(s));
    const once = ourMarks(host).length;
    await b.markIssues(await b.validate(s));
    expect(ourMarks(host)).toHaveLength(once);
    await a.clearMarks();
    expect(ourMarks(host)).toEqual([]);
  });

  it("without the refresh the fake does what Excel does: a stale copy orphans the other runtime's marks", async () => {
    const { host } = workbook();
    const stalePort = new OfficePort(host.env());
    const freshPort = new OfficePort(host.otherRuntime().env);
    const records = await freshPort.replaceMarks([], [{ sheet: DEPARTMENT_SHEET, address: "F12" }]);
    await freshPort.setSetting("cchc.marks", records);
    // The stale runtime never refreshed: it still sees no marks.
    expect(stalePort.getSetting("cchc.marks")).toBeNull();
    await stalePort.refreshSettings();
    expect(stalePort.getSetting("cchc.marks")).toEqual(records);
  });

  it("a renamed sheet keeps its marks findable: Xoá đánh dấu removes every one", async () => {
    const { host, pane } = workbook();
    await pane.markIssues(await pane.validate(settings({ sheet: DEPARTMENT_SHEET })));
    const marked = ourMarks(host).length;
    expect(marked).toBeGreaterThan(0);
    host.model.sheet(DEPARTMENT_SHEET).name = "Đổi tên";
    await expect(pane.clearMarks()).resolves.toEqual({ cleared: marked });
    expect(ourMarks(host)).toEqual([]);
  });

  it("warnings are marked amber, errors red", async () => {
    const host = new FakeExcelHost();
    loadGrid(host.model, departmentGrid());
    const port = new OfficePort(host.env());
    await port.replaceMarks(
      [],
      [
        { sheet: DEPARTMENT_SHEET, address: "F12", severity: "error" },
        { sheet: DEPARTMENT_SHEET, address: "G12", severity: "warning" },
      ],
    );
    const fills = host.model.sheet(DEPARTMENT_SHEET).conditionalFormats.map((cf) => cf.fill);
    expect(new Set(fills).size).toBe(2);
  });

  it("a check's warnings come out amber and its errors red, through the workflow's marks", async () => {
    const { host, pane } = workbook();
    const report = await pane.validate(settings({ sheet: DEPARTMENT_SHEET }));
    await pane.markIssues(report);
    const errorCells = new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.cell));
    const warningOnly = report.issues.filter(
      (i) => i.severity === "warning" && i.cell && !errorCells.has(i.cell),
    );
    expect(errorCells.size).toBeGreaterThan(0);
    expect(warningOnly.length).toBeGreaterThan(0);
    // Each mark's fill, cell by cell ("F12" or a run "F12:F14").
    const fillAt = new Map<string, string | null>();
    for (const cf of ourMarks(host))
      for (let r = cf.rect.top; r <= cf.rect.bottom; r++)
        fillAt.set(`${String.fromCharCode(65 + cf.rect.left)}${r + 1}`, cf.fill);
    for (const cell of errorCells) expect([cell, fillAt.get(cell!)]).toEqual([cell, MARK_FILL]);
    for (const i of warningOnly) expect([i.cell, fillAt.get(i.cell!)]).toEqual([i.cell, WARN_FILL]);
  });
});
