/** Kiểm tra over the fake: one batch read, the core's report, bad input as issues not crashes. */
import { departmentFixture } from "../../../scoring-core/test/fixtures/department-grid";
import { departmentGrid, DEPARTMENT_SHEET, loadGrid, longGrid } from "../helpers/workbooks";
import { settings, setup } from "../helpers/service";

describe("validate", () => {
  it("checks a realistic department workbook in at most 2 syncs, naming the planted mistakes", async () => {
    const { host, service, syncsOf } = setup();
    loadGrid(host.model, departmentGrid());
    const { result: report, syncs } = await syncsOf(() => service.validate(settings()));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(report.tableFound).toBe(true);
    expect(report.sheet).toBe(DEPARTMENT_SHEET);
    const codes = report.issues.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(["score-exceeds-max", "number-invalid", "evidence-missing"]),
    );
    for (const issue of report.issues.filter((i) => i.severity === "error"))
      expect(issue.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it.each([150, 5000])("validates a %i-row sheet in at most 2 syncs", async (rows) => {
    const { host, service, syncsOf } = setup();
    loadGrid(host.model, longGrid(rows));
    const { result: report, syncs } = await syncsOf(() => service.validate(settings()));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(report.tableFound).toBe(true);
  });

  it("reads the configured sheet, not the active one", async () => {
    const { host, service } = setup();
    host.model.addSheet("Hướng dẫn").fill("A1", [["Hướng dẫn sử dụng"]]);
    loadGrid(host.model, departmentGrid());
    const report = await service.validate(settings({ sheet: DEPARTMENT_SHEET }));
    expect(report.tableFound).toBe(true);
  });

  it("no scoring table on the active sheet: a header-not-found issue, not a crash", async () => {
    const { host, service } = setup();
    host.model.addSheet("Ghi chú").fill("A1", [["Danh sách việc cần làm"], ["Gọi điện cho Sở Nội vụ"]]);
    const report = await service.validate(settings());
    expect(report.tableFound).toBe(false);
    expect(report.issues.map((i) => i.code)).toContain("header-not-found");
  });

  it("an empty sheet is a header-not-found issue too", async () => {
    const { host, service } = setup();
    host.model.addSheet("Trống");
    const report = await service.validate(settings());
    expect(report.tableFound).toBe(false);
  });

  it("two header rows with merged cells (a merged “Điểm” over its sub-columns) are read", async () => {
    const { host, service } = setup();
    const fixture = departmentFixture();
    loadGrid(host.model, fixture.grid);
    expect(host.model.sheets[0]!.merges.length).toBeGreaterThan(0);
    const report = await service.validate(settings());
    expect(report.tableFound).toBe(true);
    expect(report.headerRows).toEqual(fixture.headerRows);
  });

  it("two header rows read the same on Office 2016 (no merged-area API)", async () => {
    const { host, service } = setup({ apiVersion: "1.2" });
    loadGrid(host.model, departmentFixture().grid);
    const report = await service.validate(settings());
    expect(report.tableFound).toBe(true);
  });

  it("text in a score cell is an issue naming that cell", async () => {
    const { host, service } = setup();
    const fixture = departmentFixture({ overrides: { "1.1.1": { self: "đạt" } } });
    loadGrid(host.model, fixture.grid);
    const report = await service.validate(settings());
    const issue = report.issues.find((i) => i.code === "number-invalid");
    expect(issue?.cell).toBe(fixture.cell("1.1.1", "self"));
    expect(issue?.message).toContain(fixture.cell("1.1.1", "self"));
  });

  it("a protected sheet is still read", async () => {
    const { host, service } = setup();
    loadGrid(host.model, departmentGrid()).protected = true;
    const report = await service.validate(settings());
    expect(report.tableFound).toBe(true);
  });

  it("a configured sheet that no longer exists is a clear ServiceError", async () => {
    const { host, service } = setup();
    loadGrid(host.model, departmentGrid());
    await expect(service.validate(settings({ sheet: "Đã xoá" }))).rejects.toMatchObject({
      name: "ServiceError",
      code: "sheet-missing",
    });
  });

  it("messages follow the language setting", async () => {
    const { host, service } = setup();
    loadGrid(host.model, departmentGrid());
    const en = await service.validate(settings({ lang: "en" }));
    expect(en.lang).toBe("en");
    expect(en.issues.find((i) => i.code === "number-invalid")?.message).toMatch(/not a number/);
  });

  it("a sync failure while reading is a clear message", async () => {
    const { host, service } = setup();
    loadGrid(host.model, departmentGrid());
    host.model.failSyncAt = host.model.syncs + 2;
    await expect(service.validate(settings())).rejects.toMatchObject({
      name: "ServiceError",
      code: "host-connection",
    });
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the issue's cell in one sync", async () => {
    const { host, service, syncsOf } = setup();
    host.model.addSheet("Khác");
    loadGrid(host.model, departmentGrid());
    const report = await service.validate(settings({ sheet: DEPARTMENT_SHEET }));
    const issue = report.issues.find((i) => i.cell)!;
    const { syncs } = await syncsOf(() => service.selectCell(issue.sheet ?? report.sheet, issue.cell!));
    expect(syncs).toBe(1);
    expect(host.model.selection).toEqual({ sheet: DEPARTMENT_SHEET, address: issue.cell });
    expect(host.model.activeId).toBe(host.model.sheet(DEPARTMENT_SHEET).id);
  });
});
