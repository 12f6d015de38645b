/** Results sheet, marks and templates over the fake: tool-owned sheets, ≤2 syncs, nothing half-written. */
import { departmentGrid, DEPARTMENT_SHEET, loadGrid } from "../helpers/workbooks";
import { settings, setup } from "../helpers/service";
import { TOOL_SHEETS_KEY, MARKS_KEY } from "@cchc/scoring-core/workflow";
import { MARK_FORMULA } from "../../src/host/office-port";

async function checked(opts: Parameters<typeof setup>[0] = {}) {
  const env = setup(opts);
  loadGrid(env.host.model, departmentGrid());
  const report = await env.service.validate(settings());
  return { ...env, report };
}

const RESULTS = "Kết quả CCHC";

describe("writeResults", () => {
  it("writes the results sheet in 2 syncs, with links to the issue cells and the sheet recorded as the tool's", async () => {
    const { host, service, report, syncsOf } = await checked();
    const { result, syncs } = await syncsOf(() => service.writeResults(report));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(result.sheet).toBe(RESULTS);
    const sheet = host.model.sheet(RESULTS);
    const formulas = [...sheet.cells.values()]
      .flatMap((row) => [...row.values()])
      .map((c) => c.formula)
      .filter(Boolean);
    const issue = report.issues.find((i) => i.cell)!;
    expect(formulas).toContain(`=HYPERLINK("#'${DEPARTMENT_SHEET}'!${issue.cell}","${issue.cell}")`);
    expect(Object.keys(host.model.savedSettings.get(TOOL_SHEETS_KEY) as object)).toEqual([sheet.id]);
  });

  it("refreshes its sheet in place: same sheet, old content gone, never deleted and recreated", async () => {
    const { host, service, report, syncsOf } = await checked();
    await service.writeResults(report);
    const sheet = host.model.sheet(RESULTS);
    sheet.fill("Z500", [["cũ"]]);
    const count = host.model.sheets.length;
    const { syncs } = await syncsOf(() => service.writeResults(report));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(host.model.sheets).toHaveLength(count);
    expect(host.model.sheet(RESULTS)).toBe(sheet);
    expect(sheet.get(499, 25)).toBeUndefined();
    expect(host.model.deletedSheets).toEqual([]);
  });

  it("never overwrites a user's sheet named like ours: writes “Kết quả CCHC (2)” instead", async () => {
    const { host, service, report } = await checked();
    const mine = host.model.addSheet(RESULTS).fill("A1", [["Ghi chép riêng của tôi"]]);
    const first = await service.writeResults(report);
    expect(first.sheet).toBe(`${RESULTS} (2)`);
    expect(mine.get(0, 0)?.value).toBe("Ghi chép riêng của tôi");
    expect(mine.cells.size).toBe(1);
    const again = await service.writeResults(report);
    expect(again.sheet).toBe(`${RESULTS} (2)`);
    expect(host.model.sheets.map((s) => s.name).filter((n) => n.startsWith(RESULTS))).toEqual([
      RESULTS,
      `${RESULTS} (2)`,
    ]);
  });

  it("a results sheet the pane wrote before a reload is still recognised (state lives in the workbook)", async () => {
    const { host, service, report } = await checked();
    await service.writeResults(report);
    host.reloadPane();
    const again = await service.writeResults(report);
    expect(again.sheet).toBe(RESULTS);
    expect(host.model.sheets.filter((s) => s.name.startsWith(RESULTS))).toHaveLength(1);
  });

  it("text from the user's sheet stays text: a unit named “=cmd|…” is not a formula", async () => {
    const { host, service } = setup();
    const grid = departmentGrid("=cmd|' /C calc'!A0");
    loadGrid(host.model, grid);
    const report = await service.validate(settings());
    expect(report.unit).toBe("=cmd|' /C calc'!A0");
    await service.writeResults(report);
    const cells = [...host.model.sheet(RESULTS).cells.values()].flatMap((row) => [...row.values()]);
    expect(cells.some((c) => c.value === "=cmd|' /C calc'!A0" && c.formula === null)).toBe(true);
    expect(cells.some((c) => c.formula?.startsWith("=cmd"))).toBe(false);
  });

  it("a sync failure mid-write leaves nothing half-written and a clear message", async () => {
    const { host, service, report } = await checked();
    const before = host.model.sheets.map((s) => s.name);
    host.model.failSyncAt = host.model.syncs + 2;
    await expect(service.writeResults(report)).rejects.toMatchObject({
      name: "ServiceError",
      code: "host-connection",
    });
    expect(host.model.sheets.map((s) => s.name)).toEqual(before);
    expect(host.model.savedSettings.get(TOOL_SHEETS_KEY)).toBeUndefined();
  });

  it("a results sheet the user protected is left alone; the tool writes a new one", async () => {
    const { host, service, report } = await checked();
    await service.writeResults(report);
    host.model.sheet(RESULTS).protected = true;
    const again = await service.writeResults(report);
    expect(again.sheet).toBe(`${RESULTS} (2)`);
  });
});

describe("marks", () => {
  it("marks error and warning cells with conditional formats in ≤2 syncs and clears only its own", async () => {
    const { host, service, report, syncsOf } = await checked();
    const sheet = host.model.sheet(DEPARTMENT_SHEET);
    const cell = report.issues.find((i) => i.severity === "error" && i.cell)!.cell!;
    // The user's own rule on a cell we will mark.
    sheet.conditionalFormats.push({
      id: "user-rule",
      rect: {
        top: Number(cell.slice(1)) - 1,
        left: cell.charCodeAt(0) - 65,
        bottom: Number(cell.slice(1)) - 1,
        right: cell.charCodeAt(0) - 65,
      },
      type: "CellValue",
      formula: null,
      fill: "#00FF00",
      fontColor: null,
    });
    const marked = await syncsOf(() => service.markIssues(report));
    expect(marked.syncs).toBeLessThanOrEqual(2);
    expect(marked.result.marked).toBeGreaterThan(0);
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.length).toBeLessThanOrEqual(marked.result.marked);

    // Marking again replaces, never stacks.
    await service.markIssues(report);
    expect(sheet.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA)).toHaveLength(ours.length);

    host.reloadPane();
    const cleared = await syncsOf(() => service.clearMarks());
    expect(cleared.syncs).toBeLessThanOrEqual(2);
    expect(cleared.result.cleared).toBe(ours.length);
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual(["user-rule"]);
    expect(host.model.savedSettings.get(MARKS_KEY)).toEqual([]);
  });

  it("marks on a protected sheet: a clear message and nothing marked", async () => {
    const { host, service, report } = await checked();
    const sheet = host.model.sheet(DEPARTMENT_SHEET);
    sheet.protected = true;
    await expect(service.markIssues(report)).rejects.toMatchObject({
      name: "ServiceError",
      code: "sheet-protected",
    });
    expect(sheet.conditionalFormats).toEqual([]);
  });

  it("clearing after the user deleted the marked sheet succeeds", async () => {
    const { host, service, report } = await checked();
    await service.markIssues(report);
    host.model.sheets.splice(host.model.sheets.indexOf(host.model.sheet(DEPARTMENT_SHEET)), 1);
    await expect(service.clearMarks()).resolves.toEqual({ cleared: 0 });
  });

  it("Office 2016 (ExcelApi 1.2) has no conditional formats: marks are off and say why", async () => {
    const { service, report } = await checked({ apiVersion: "1.2" });
    expect(service.capabilities().marks).toBe(false);
    await expect(service.markIssues(report)).rejects.toMatchObject({ code: "host-unsupported" });
  });

  it("a sync failure while marking adds nothing and keeps the earlier record", async () => {
    const { host, service, report } = await checked();
    host.model.failSyncAt = host.model.syncs + 2;
    await expect(service.markIssues(report)).rejects.toMatchObject({ name: "ServiceError" });
    expect(host.model.sheet(DEPARTMENT_SHEET).conditionalFormats).toEqual([]);
    expect(host.model.savedSettings.get(MARKS_KEY)).toBeUndefined();
  });
});

describe("settings", () => {
  it("persist in the workbook across a pane reload", async () => {
    const { host, service } = setup({ displayLanguage: "en-US" });
    expect((await service.loadSettings()).lang).toBe("en");
    await service.saveSettings(settings({ lang: "vi", sheet: "Bảng điểm", issueLimit: 200 }));
    host.reloadPane();
    expect(await service.loadSettings()).toMatchObject({ lang: "vi", sheet: "Bảng điểm", issueLimit: 200 });
  });

  it("a failed save is a clear message", async () => {
    const { host, service } = setup();
    host.settings.failNextSave = true;
    await expect(service.saveSettings(settings())).rejects.toMatchObject({ code: "settings-save-failed" });
  });
});

it("forgets tool sheets the user deleted, so the registry stays small", async () => {
  const { host, service, report } = await (async () => {
    const env = setup();
    loadGrid(env.host.model, departmentGrid());
    return { ...env, report: await env.service.validate(settings()) };
  })();
  await service.writeResults(report);
  const first = host.model.sheet("Kết quả CCHC");
  host.model.sheets.splice(host.model.sheets.indexOf(first), 1);
  await service.writeResults(report);
  const registry = host.model.savedSettings.get(TOOL_SHEETS_KEY) as Record<string, unknown>;
  expect(Object.keys(registry)).toEqual([host.model.sheet("Kết quả CCHC").id]);
  expect(Object.keys(registry)).not.toContain(first.id);
});
