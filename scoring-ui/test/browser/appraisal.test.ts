/**
 * "Giải trình" in headless Chromium over the demo's appraised table: the flagged items with the
 * appraiser's note and state, the one-click check of the answers, and an item's cell selected.
 * The same component is the Excel pane's and the Sheets sidebar's view.
 */
import type { Browser, Page } from "playwright-core";
import {
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import { ensureDemoBuilt } from "../helpers/demo-build";

interface Call {
  method: string;
  args: unknown[];
}

describeBrowser("the Giải trình panel in headless Chromium", () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    served = await serveDir(ensureDemoBuilt());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    errors = collectConsoleErrors(page);
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it("lists flagged items with note and state, checks the answers, and goes to an answer cell", async () => {
    await page.goto(`${served.url}?latency=20&appraisal=1`);
    await page.getByTestId("tab-appraisal").click();
    const items = page.getByTestId("appraisal-item");
    await items.first().waitFor();
    expect(await items.count()).toBe(2);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-state")))).toEqual([
      "answered",
      "open",
    ]);
    const first = await items.first().textContent();
    expect(first).toContain("Chưa có quyết định ban hành kèm theo");
    expect(first).toContain("Bổ sung Quyết định số 45/QĐ-STP");
    expect(first).toContain("Đã giải trình");
    expect(await items.nth(1).textContent()).toContain("(chưa có)");
    expect(await page.getByTestId("appraisal-status").textContent()).toContain("Thẩm định vòng 1");

    await page.getByTestId("appraisal-check").click();
    const verdict = page.getByTestId("appraisal-verdict");
    await verdict.waitFor();
    expect(await verdict.textContent()).toBe("Còn 1 mục chưa giải trình.");

    const go = items.nth(1).locator("button[data-cell]");
    const cell = await go.getAttribute("data-cell");
    expect(cell).toMatch(/^H\d+$/);
    await go.click();
    await page.waitForFunction(
      (c) =>
        (window as unknown as { cchcDemo: { calls: Call[] } }).cchcDemo.calls.some(
          (x) => x.method === "selectCell" && x.args[1] === c,
        ),
      cell,
    );
    // An appraiser logs round 1 under a name; the log sheet is the tool's.
    await page.getByTestId("appraisal-by").fill("Trần Thị B");
    await page.getByTestId("appraisal-record").click();
    await page.getByText(/Đã ghi \d+ thay đổi vào “Nhật ký thẩm định”\. Giai đoạn: vòng 1\./).waitFor();
    await page.getByRole("button", { name: "Mở vòng 2" }).click();
    await page.getByText("Không có thay đổi nào từ lần ghi trước. Giai đoạn: vòng 2.").waitFor();
    // Nothing wider than the 300 px pane, six tabs included.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  it("says there is nothing to answer when the table has no flag column", async () => {
    await page.goto(`${served.url}?latency=20&panel=appraisal`);
    await page.getByText(/chưa có mục nào phải giải trình/).waitFor();
  });
});
