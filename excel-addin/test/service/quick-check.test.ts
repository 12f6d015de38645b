/** The ribbon's "Kiểm tra" without the pane: check, mark, refresh the results sheet, say so. */
import { runQuickCheck } from "../../src/commands/quick-check";
import { noticeUrl } from "../../src/commands/notice-url";
import { setup } from "../helpers/service";
import { departmentGrid, loadGrid } from "../helpers/workbooks";

it("checks the active sheet, marks problem cells, writes the results and stays on the checked sheet", async () => {
  const { host, service } = setup();
  const sheet = loadGrid(host.model, departmentGrid("Sở Tư pháp", { mistakes: true }));
  const result = await runQuickCheck(service);
  expect(result).toMatchObject({ ok: true, sheet: "Kết quả CCHC", checked: sheet.name });
  expect(result.errors).toBeGreaterThan(0);
  expect(result.message).toContain("Kết quả CCHC");
  expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
  expect(host.model.selection?.sheet).toBe(sheet.name);
  // A second click checks the same sheet again, not the results sheet.
  const again = await runQuickCheck(service);
  expect(again.checked).toBe(sheet.name);
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

it("a protected sheet: the ribbon gets the pane's message and hint", async () => {
  const { host, service } = setup();
  const sheet = loadGrid(host.model, departmentGrid("Sở Tư pháp", { mistakes: true }));
  sheet.protected = true;
  const result = await runQuickCheck(service);
  expect(result.ok).toBe(false);
  let paneMessage = "";
  try {
    await service.markIssues(await service.validate(await service.loadSettings()));
  } catch (e) {
    paneMessage = (e as Error).message;
  }
  expect(paneMessage).not.toBe("");
  expect(result.message.startsWith(paneMessage)).toBe(true);
  expect(result.message.split("\n").length).toBe(2);
});

it("the ribbon's notice page gets the message in the hash, encoded", () => {
  expect(noticeUrl("https://tinh.gov.vn/cchc/commands.html", false, "Trang “A” bị khoá\nMở khoá")).toBe(
    "https://tinh.gov.vn/cchc/notice.html#e=Trang%20%E2%80%9CA%E2%80%9D%20b%E1%BB%8B%20kho%C3%A1%0AM%E1%BB%9F%20kho%C3%A1",
  );
});
