/** The ribbon's "Kiểm tra" without the pane: check, mark, refresh the results sheet, go there. */
import { runQuickCheck } from "../../src/commands/quick-check";
import { setup } from "../helpers/service";
import { departmentGrid, loadGrid } from "../helpers/workbooks";

it("checks the active sheet, marks problem cells and opens the results sheet", async () => {
  const { host, service } = setup();
  const sheet = loadGrid(host.model, departmentGrid());
  const result = await runQuickCheck(service);
  expect(result).toMatchObject({ ok: true, sheet: "Kết quả CCHC" });
  expect(result.errors).toBeGreaterThan(0);
  expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
  expect(host.model.selection).toEqual({ sheet: "Kết quả CCHC", address: "A1" });
});

it("on Office 2016 it skips the marks and still writes the results", async () => {
  const { host, service } = setup({ apiVersion: "1.2" });
  loadGrid(host.model, departmentGrid());
  await expect(runQuickCheck(service)).resolves.toMatchObject({ ok: true });
});

it("a failure is returned as a message, never thrown into the ribbon", async () => {
  const { host, service } = setup();
  loadGrid(host.model, departmentGrid());
  host.model.failSyncAt = host.model.syncs + 1;
  const result = await runQuickCheck(service);
  expect(result.ok).toBe(false);
  expect(result.message).toMatch(/Excel/);
});
