/**
 * "Import a set" in the pane (headless Chromium over the demo's in-memory workbook, the same
 * WorkflowService the Excel pane runs): a picked JSON file or an annex sheet; the set's issues with
 * their cells; the set in use (name, year, decision) shown and used by the next check.
 */
import type { Browser, Page } from "playwright-core";
import { getSampleSet } from "@cchc/scoring-core";
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

const calls = (page: Page): Promise<Call[]> =>
  page.evaluate(() => (window as unknown as { cchcDemo: { calls: Call[] } }).cchcDemo.calls);

const storedRows = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      (window as unknown as { cchcDemo: { workbook: { criteriaSets: unknown[] } } }).cchcDemo.workbook
        .criteriaSets.length,
  );

const ownSet = () => {
  const sample = getSampleSet("sample-department-2025")!;
  return {
    ...sample,
    id: "an-hoa-so-2025",
    name: "Bộ tiêu chí Sở An Hòa 2025",
    sample: false,
    source: { ...sample.source, decision: "Quyết định số 99/QĐ-UBND", date: "10/01/2025" },
  };
};

const json = (name: string, value: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof value === "string" ? value : JSON.stringify(value)),
});

describeBrowser("import a criteria set in the pane (Chromium)", () => {
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
    page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    errors = collectConsoleErrors(page);
    await page.goto(`${served.url}?latency=20&panel=settings`);
    await page.getByTestId("set-in-use").waitFor();
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it("a JSON file: stored, chosen, shown as the set in use with its decision, and the next check uses it", async () => {
    expect(await page.getByTestId("set-in-use").textContent()).toContain("Chưa chọn bộ tiêu chí");
    await page.getByTestId("import-file").setInputFiles(json("bo-tieu-chi-an-hoa.json", ownSet()));
    await page.getByTestId("import-run").click();
    const outcome = page.getByTestId("import-outcome");
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(
      "Đã lưu bộ tiêu chí “Bộ tiêu chí Sở An Hòa 2025” (2025) vào tệp và chọn dùng.",
    );
    expect(await page.getByTestId("set-in-use-name").textContent()).toBe(
      "Bộ tiêu chí Sở An Hòa 2025 (2025) — lưu trong tệp này",
    );
    expect(await page.getByTestId("set-in-use-decision").textContent()).toBe(
      "Ban hành theo: Quyết định số 99/QĐ-UBND (10/01/2025)",
    );
    expect(await page.getByTestId("settings-set").inputValue()).toBe("an-hoa-so-2025");
    expect(await storedRows(page)).toBe(1);

    await page.getByTestId("tab-check").click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("verdict").waitFor();
    const validate = (await calls(page)).filter((c) => c.method === "validate").at(-1);
    expect((validate?.args[0] as { criteriaSetId: string }).criteriaSetId).toBe("an-hoa-so-2025");
  });

  it("a file that is not a set: nothing stored, the problem said", async () => {
    await page.getByTestId("import-file").setInputFiles(json("hong.json", "{ không phải JSON"));
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-outcome").waitFor();
    expect(await page.getByTestId("import-outcome").textContent()).toContain("CHƯA được lưu");
    expect(await page.getByTestId("import-issues").textContent()).toContain("JSON");
    expect(await storedRows(page)).toBe(0);
    expect(await page.getByTestId("set-in-use").textContent()).toContain("Chưa chọn bộ tiêu chí");
  });

  it("an annex sheet of the workbook: stored; its warnings name annex cells that select the cell", async () => {
    await page.getByTestId("import-source-annex").click();
    await page.getByTestId("import-sheet").locator("option").nth(1).waitFor({ state: "attached" });
    await page.getByTestId("import-sheet").selectOption("Phụ lục 01");
    await page.getByTestId("import-year").fill("2025");
    await page.getByTestId("import-decision").fill("Quyết định số 12/QĐ-UBND ngày 10/01/2025");
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-outcome").waitFor();
    expect(await page.getByTestId("import-issues").textContent()).toContain("0 lỗi, 2 cảnh báo");
    expect(await page.getByTestId("set-in-use-name").textContent()).toBe(
      "Phụ lục 01 (2025) — lưu trong tệp này",
    );
    expect(await page.getByTestId("set-in-use-decision").textContent()).toContain("12/QĐ-UBND");
    const first = page.getByTestId("import-issues").locator("button[data-testid=issue]").first();
    expect(await first.getAttribute("data-cell")).toBe("A89");
    await first.click();
    await page.waitForFunction(() =>
      (window as unknown as { cchcDemo: { calls: Call[] } }).cchcDemo.calls.some(
        (c) => c.method === "selectCell",
      ),
    );
    const selected = (await calls(page)).filter((c) => c.method === "selectCell").at(-1);
    expect(selected?.args).toEqual(["Phụ lục 01", "A89"]);
  });
});
