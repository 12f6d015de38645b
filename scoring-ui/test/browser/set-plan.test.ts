/**
 * Tổng hợp says, before a run, which criteria set each unit type will be scored on (the core's
 * lines from the service: the same WorkflowService the Excel pane runs, over the demo's workbook),
 * and an error line for a type no set covers. Headless Chromium over the built demo.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
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

const own = (sampleId: string, id: string, name: string) => ({
  ...getSampleSet(sampleId)!,
  id,
  name,
  sample: false,
});

const json = (name: string, value: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(value)),
});

/** The plan's lines as shown: [severity, text]. */
async function planLines(page: Page): Promise<[string | null, string | null][]> {
  const plan = page.getByTestId("set-plan");
  await plan.waitFor();
  const items = plan.locator("li");
  const out: [string | null, string | null][] = [];
  for (let i = 0; i < (await items.count()); i++)
    out.push([await items.nth(i).getAttribute("data-severity"), await items.nth(i).textContent()]);
  return out;
}

describeBrowser("Tổng hợp: the sets per unit type before a run (Chromium)", () => {
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
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  const importSet = async (file: ReturnType<typeof json>) => {
    await page.getByTestId("tab-settings").click();
    await page.getByTestId("import-file").setInputFiles(file);
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-outcome").waitFor();
  };

  it("no set, then the department set only (communes: a warning line), then a set per type", async () => {
    await page.goto(`${served.url}?latency=20&panel=consolidate`);
    // No set chosen: each table on its own maxima, said as a warning (never an error).
    expect(await planLines(page)).toEqual([
      [
        "warning",
        "Chưa chọn bộ tiêu chí: mỗi bảng được chấm theo điểm tối đa ghi trong bảng (chọn bộ tiêu chí ở Cài đặt).",
      ],
    ]);
    // One service call for the lines, before any run.
    expect((await calls(page)).filter((c) => c.method === "consolidationSetPlan")).toHaveLength(1);
    expect((await calls(page)).some((c) => c.method === "consolidate")).toBe(false);

    await importSet(
      json("so.json", own("sample-department-2025", "an-hoa-so-2025", "Bộ tiêu chí Sở An Hòa 2025")),
    );
    await page.getByTestId("tab-consolidate").click();
    const one = await planLines(page);
    expect(one[0]).toEqual(["info", "Sở, ban, ngành: Bộ tiêu chí Sở An Hòa 2025"]);
    // The files are not read yet: there may be no commune file, so a warning, not an alert.
    expect(one[1]![0]).toBe("warning");
    expect(one[1]![1]).toMatch(/^UBND xã, phường, đặc khu: chưa có bộ tiêu chí cho loại đơn vị này/);
    expect(one[1]![1]).toMatch(/bỏ qua dòng này\.$/);
    expect(await page.getByTestId("set-plan").getByRole("alert").count()).toBe(0);

    await importSet(
      json("xa.json", own("sample-commune-2025", "an-hoa-xa-2025", "Bộ tiêu chí xã An Hòa 2025")),
    );
    await page.getByTestId("tab-consolidate").click();
    await page.getByTestId("set-plan").getByText("Bộ tiêu chí xã An Hòa 2025").waitFor();
    expect(await planLines(page)).toEqual([
      ["info", "Sở, ban, ngành: Bộ tiêu chí Sở An Hòa 2025"],
      ["info", "UBND xã, phường, đặc khu: Bộ tiêu chí xã An Hòa 2025"],
    ]);
    await page.screenshot({ path: join(tmpdir(), "cchc-set-plan.png") });
  });

  it("in English", async () => {
    await page.goto(`${served.url}?latency=0&panel=consolidate&lang=en`);
    expect((await planLines(page))[0]![1]).toMatch(/^No criteria set chosen/);
    expect(await page.getByTestId("set-plan").getByRole("heading").textContent()).toBe(
      "Criteria sets that will apply",
    );
  });
});
