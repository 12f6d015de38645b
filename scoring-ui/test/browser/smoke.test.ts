import type { Browser, Page } from "playwright-core";
import {
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  serveDir,
  type Served,
} from "../helpers/browser";
import { ensureDemoBuilt } from "../helpers/demo-build";

describeBrowser("demo pane (smoke)", () => {
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
    page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    errors = collectConsoleErrors(page);
  });
  afterEach(async () => {
    await page.close();
  });

  it("checks the sheet and shows a verdict, totals and issues", async () => {
    await page.goto(`${served.url}?latency=50`);
    await page.getByTestId("check-run").click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toMatch(/Còn \d+ lỗi, \d+ cảnh báo|Sẵn sàng nộp/);
    expect(await page.getByTestId("issue").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
