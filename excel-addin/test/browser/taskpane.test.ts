/**
 * The built task pane in headless Chromium over the fake Excel: a department workbook →
 * Kiểm tra → verdict, totals, issues; an issue selects its cell; results, marks, a template and a
 * consolidation land in the fake workbook. No console errors.
 */
import type { Browser, Page } from "playwright-core";
import {
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { goldenSetJson, goldenUnitFiles } from "@cchc/test-kit/golden";
import { ensureBuilt, fake, openPane, type Seed } from "../helpers/pane";
import { departmentSeed, pickedFiles } from "../helpers/seeds";
import { brokenFiles, UNITS } from "../helpers/unit-files";
import { DEPARTMENT_SHEET } from "../helpers/workbooks";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describeBrowser("Excel task pane over the fake Excel", () => {
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

  const open = async (seed: Seed = departmentSeed()) => {
    page = await openPane(browser, served.url, seed);
    errors = collectConsoleErrors(page);
  };

  it("Kiểm tra: verdict, totals and issues in ≤2 syncs; clicking an issue selects its cell", async () => {
    await open();
    const before = await fake(page, (h) => h.model.syncs);
    await page.getByTestId("check-run").click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toMatch(/Còn \d+ lỗi, \d+ cảnh báo/);
    expect(await page.getByTestId("totals").locator("tbody tr").count()).toBeGreaterThan(1);
    expect(await fake(page, (h) => h.model.syncs)).toBeLessThanOrEqual(before + 2);
    const issue = page.locator("button[data-testid=issue][data-cell]").first();
    const cell = await issue.getAttribute("data-cell");
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await issue.click();
    await page.waitForFunction(
      (c) =>
        (window as unknown as { __fake: { model: { selection: { address: string } | null } } }).__fake.model
          .selection?.address === c,
      cell,
    );
    expect(await fake(page, (h) => h.model.selection)).toEqual({ sheet: DEPARTMENT_SHEET, address: cell });
  });

  it("Kết quả: writes the results sheet, marks the cells and clears the marks", async () => {
    await open();
    await page.getByTestId("tab-results").click();
    await page.getByTestId("results-write").click();
    await page.getByText(/Đã ghi trang tính “Kết quả CCHC”/).waitFor();
    expect(await fake(page, (h) => h.model.sheets.map((s) => s.name))).toContain("Kết quả CCHC");
    await page.getByTestId("results-mark").click();
    await page.getByText(/Đã đánh dấu \d+ ô/).waitFor();
    expect(
      await fake(page, (h) => h.model.sheets.flatMap((s) => s.conditionalFormats).length),
    ).toBeGreaterThan(0);
    await page.getByTestId("results-clear").click();
    await page.getByText(/Đã xoá đánh dấu \d+ ô/).waitFor();
    expect(await fake(page, (h) => h.model.sheets.flatMap((s) => s.conditionalFormats).length)).toBe(0);
  });

  it("Tạo bảng: a sample set and a unit make a protected template sheet", async () => {
    await open();
    await page.getByTestId("tab-template").click();
    await page.getByTestId("template-set").locator("option").nth(1).waitFor({ state: "attached" });
    await page.getByTestId("template-set").selectOption({ index: 1 });
    await page.getByTestId("template-unit").fill("Sở Tài chính");
    await page.getByTestId("template-create").click();
    await page.getByText(/Đã tạo trang tính “.+”/).waitFor();
    const added = await fake(page, (h) => {
      // The last visible sheet (the drop-down lists live on a very hidden sheet after it).
      const visible = h.model.sheets.filter((x) => x.visibility === "Visible");
      const s = visible[visible.length - 1]!;
      return { protected: s.protected, validations: s.validations.length, active: h.model.activeId === s.id };
    });
    expect(added.protected).toBe(true);
    expect(added.validations).toBeGreaterThan(0);
    expect(added.active).toBe(true);
  });

  it("Tổng hợp: unit files are ranked, unreadable ones listed, ranking sheets and a chart written", async () => {
    await open();
    await page.getByTestId("tab-consolidate").click();
    await page.getByTestId("consolidate-files").setInputFiles(pickedFiles());
    await page.getByTestId("consolidate-run").click();
    await page.getByTestId("ranking").waitFor({ timeout: 60000 });
    const ranking = (await page.getByTestId("ranking").textContent()) ?? "";
    for (const unit of UNITS) expect(ranking).toContain(unit);
    const failed = (await page.getByTestId("failed").textContent()) ?? "";
    for (const f of brokenFiles()) expect(failed).toContain(f.name);
    expect(await fake(page, (h) => h.model.sheets.flatMap((s) => s.charts).length)).toBe(1);
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect(loaded.some((u) => /\/assets\/xlsx-[^/]+\.js$/.test(u))).toBe(true);
  });

  it("Tổng hợp lists the consolidation's issues (the golden folder: a unit in two files)", async () => {
    await open();
    await page.getByTestId("tab-consolidate").click();
    const files = goldenUnitFiles().map((f) => ({
      name: f.name,
      mimeType: XLSX,
      buffer: Buffer.from(f.data),
    }));
    await page.getByTestId("consolidate-files").setInputFiles(files);
    await page.getByTestId("consolidate-run").click();
    await page.getByTestId("ranking").waitFor({ timeout: 60000 });
    await page.screenshot({ path: join(tmpdir(), "cchc-excel-consolidation-issues.png"), fullPage: true });
    const issue = page.getByTestId("consolidation-issues").locator('li[data-code="unit-duplicate-file"]');
    expect(await issue.getAttribute("data-severity")).toBe("warning");
    expect(await issue.textContent()).toContain("so-tai-chinh-ban-sua.xlsx");
  });

  it("Tổng hợp after importing the three golden sets: each unit on its type's set; the unmatched set is an error shown", async () => {
    await open();
    // As a user would: Cài đặt → Nhập bộ tiêu chí, one JSON file after another.
    await page.getByTestId("tab-settings").click();
    for (const [i, json] of goldenSetJson().entries()) {
      await page.getByTestId("import-file").setInputFiles({
        name: `bo-tieu-chi-${i}.json`,
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(json)),
      });
      await page.getByTestId("import-run").click();
      await page.getByTestId("import-outcome").getByText("Đã lưu bộ tiêu chí", { exact: false }).waitFor();
    }
    await page.getByTestId("tab-consolidate").click();
    const files = goldenUnitFiles().map((f) => ({
      name: f.name,
      mimeType: XLSX,
      buffer: Buffer.from(f.data),
    }));
    await page.getByTestId("consolidate-files").setInputFiles(files);
    await page.getByTestId("consolidate-run").click();
    await page.getByTestId("ranking").waitFor({ timeout: 60000 });
    await page.screenshot({ path: join(tmpdir(), "cchc-excel-consolidation-sets.png"), fullPage: true });
    const unmatched = page
      .getByTestId("consolidation-issues")
      .locator('li[data-code="criteria-set-unmatched"]');
    expect(await unmatched.getAttribute("data-severity")).toBe("error");
    expect(await unmatched.textContent()).toMatch(/huyện/i);
    // Mường Bằng on the commune set (2.2 not applicable, maximum 17), no survey file picked:
    // 8 of 17 → 47,06 % (on its own table's maxima it would be 8 of 20, 40 %).
    const row = page.getByTestId("ranking").locator("tbody tr", { hasText: "Mường Bằng" });
    expect(await row.textContent()).toContain("47,06 %");
  });

  it("the xlsx reader is not loaded until consolidation", async () => {
    await open();
    await page.getByTestId("check-run").click();
    await page.getByTestId("verdict").waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect(loaded.some((u) => /\/assets\/xlsx-/.test(u))).toBe(false);
  });

  it("no scoring table on the active sheet: the pane says so, no crash", async () => {
    await open({ displayLanguage: "vi-VN", sheets: [{ sheet: "Ghi chú", values: [["Việc cần làm"]] }] });
    await page.getByTestId("check-run").click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.textContent("body")).toMatch(/Không tìm thấy dòng tiêu đề/);
  });

  it("English display language: English labels and messages", async () => {
    await open(departmentSeed("en-US"));
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toMatch(/errors?, \d+ warnings? left/);
  });
});
