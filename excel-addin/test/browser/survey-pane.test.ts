/**
 * An official consolidates in the Excel pane with raw survey answers and no design file: the
 * pane says an empty design means the criteria set's survey items, and after the run it says
 * which design was used, the units without forms ("chưa có") and the survey's issues. The built
 * task pane in headless Chromium over the fake Excel.
 */
import type { Browser, Page } from "playwright-core";
import {
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import { ensureBuilt, openPane } from "../helpers/pane";
import { departmentSeed } from "../helpers/seeds";
import { unitFiles, UNITS, xlsxBytes } from "../helpers/unit-files";
import { sampleSet } from "../helpers/workbooks";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const asPicked = (f: { name: string; data: ArrayBuffer }) => ({
  name: f.name,
  mimeType: XLSX_TYPE,
  buffer: Buffer.from(f.data),
});

describeBrowser("Excel pane: survey answers without a design file", () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    served = await serveDir(ensureBuilt());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  afterEach(async () => {
    await page?.close();
    expect(errors).toEqual([]);
  });

  it("takes the questions from the set in Settings and says so, with the units and issues", async () => {
    page = await openPane(browser, served.url, departmentSeed());
    errors = collectConsoleErrors(page);
    // Cài đặt: the sample department set.
    await page.getByTestId("tab-settings").click();
    const setSelect = page.getByTestId("settings-set");
    await setSelect.locator(`option[value="${sampleSet().id}"]`).waitFor({ state: "attached" });
    await setSelect.selectOption(sampleSet().id);
    await page.getByTestId("settings-save").click();
    await page.getByText("Đã lưu cài đặt.").waitFor();

    await page.getByTestId("tab-consolidate").click();
    await page.getByTestId("consolidate-files").setInputFiles(unitFiles().map(asPicked));
    const answers = {
      name: "Phiếu giấy.xlsx",
      data: xlsxBytes([
        {
          name: "Nhập phiếu",
          values: [
            ["Số phiếu", "Đơn vị được đánh giá", "2.3.1", "3.4.1"],
            [1, UNITS[0], "A", "B"],
            [2, UNITS[0], "C", "Không biết"],
            [3, UNITS[1], "B", "Z"],
            [4, "Sở Tư pháp cũ", "A", "A"],
          ],
        },
      ]),
    };
    await page.getByTestId("consolidate-survey-answers").setInputFiles([asPicked(answers)]);
    const unitsList = {
      name: "Danh sách đơn vị.xlsx",
      data: xlsxBytes([
        {
          name: "Đơn vị",
          values: [["Đơn vị", "Nhóm", "Tệp"], ...UNITS.map((u) => [u, "Sở, ban, ngành", `${u}.xlsx`])],
        },
      ]),
    };
    await page.getByTestId("consolidate-units-file").setInputFiles([asPicked(unitsList)]);
    // No design picked: the pane says what that means before anything runs.
    await page
      .getByText(/Không chọn: mỗi tiêu chí ĐTXHH của bộ tiêu chí trong Cài đặt là một câu hỏi/)
      .waitFor();
    await page.getByTestId("consolidate-run").click();

    const box = page.getByTestId("survey-summary");
    await box.waitFor({ timeout: 60000 });
    const design = (await page.getByTestId("survey-design").textContent()) ?? "";
    expect(design).toContain(
      `Thiết kế phiếu: câu hỏi suy ra từ các tiêu chí ĐTXHH của bộ tiêu chí “${sampleSet().name}”`,
    );
    expect(design).toContain("so tên đơn vị với 3 đơn vị của danh sách đơn vị");
    // Sở Nội vụ has no form: "chưa có", never 0.
    const rows = page.getByTestId("survey-unit");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator("td").allTextContents()).toEqual([UNITS[2], "0", "chưa có", "chưa có"]);
    const codes = await page
      .getByTestId("survey-issue")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
    expect(codes).toEqual(
      expect.arrayContaining(["survey-unit-unknown", "survey-answer-invalid", "survey-unit-no-answers"]),
    );
    expect(await box.textContent()).toContain(`có phải “${UNITS[0]}”`);
    // The scorer came as its own chunk, on use.
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect(loaded.some((u) => /\/assets\/(entry|survey)[^/]*\.js$/.test(u))).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
