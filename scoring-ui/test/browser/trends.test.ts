/**
 * Xu hướng in the consolidating pane (headless Chromium over the demo's in-memory workbook and the
 * core's writeTrends): Excel picks past ranking files, Sheets takes spreadsheets by URL/ID; the
 * outcome names the years, the unmatched units (listed, not dropped) and every skipped file.
 */
import type { Browser, Page } from "playwright-core";
import { YEAR_RECORD_KIND } from "@cchc/scoring-core";
import {
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import { ensureDemoBuilt } from "../helpers/demo-build";

const unit = (name: string, index: number, rank: number, group = "Sở, ban, ngành") => ({
  unit: name,
  group,
  unitType: null,
  rank,
  index,
  classification: "Tốt",
  self: index,
  appraised: null,
  survey: null,
  final: index,
  max: 100,
  errors: 0,
  warnings: 0,
  issueCodes: {},
  fields: [],
  leaves: [],
});
const record = (year: number, units: ReturnType<typeof unit>[]) => ({
  kind: YEAR_RECORD_KIND,
  version: 1,
  year,
  province: null,
  criteriaSetIds: [],
  units,
});
const file = (name: string, value: unknown) => ({
  name,
  mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  buffer: Buffer.from(typeof value === "string" ? value : JSON.stringify(value)),
});

interface DemoBook {
  cchcDemo: { workbook: { sheets: { info: { name: string }; grid: { values: unknown[][] } }[] } };
}
const sheetNames = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as DemoBook).cchcDemo.workbook.sheets.map((s) => s.info.name));
const indexSheet = (page: Page): Promise<unknown[][]> =>
  page.evaluate(
    () =>
      (window as unknown as DemoBook).cchcDemo.workbook.sheets.find((s) => s.info.name === "Xu hướng chỉ số")!
        .grid.values,
  );

describeBrowser("Xu hướng in the consolidating pane (Chromium)", () => {
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
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it("Excel: past ranking files → the trend sheets; unmatched and skipped files are said", async () => {
    page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    errors = collectConsoleErrors(page);
    await page.goto(`${served.url}?latency=10&panel=consolidate`);
    await page.getByTestId("trends").waitFor();
    expect(await page.getByTestId("trends-run").isDisabled()).toBe(true);
    await page
      .getByTestId("trends-files")
      .setInputFiles([
        file(
          "xep-hang-2024.xlsx",
          record(2024, [unit("Sở KH-ĐT", 70, 2), unit("Sở Tài chính", 80, 1), unit("Sở Y tế", 75, 3)]),
        ),
        file("xep-hang-2025.xlsx", record(2025, [unit("Sở Tài chính", 85, 2), unit("Sở Y tế", 90, 1)])),
        file("bang-khac.xlsx", "không phải tệp xếp hạng"),
      ]);
    await page.getByTestId("trends-run").click();
    const outcome = page.getByTestId("trends-outcome");
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(
      "Đã ghi xu hướng 2 đơn vị qua các năm 2024, 2025 vào: Xu hướng chỉ số",
    );
    expect(await page.getByTestId("trends-unmatched").textContent()).toBe("Sở KH-ĐT (Sở, ban, ngành, 2024)");
    expect(await page.getByTestId("trends-skipped").textContent()).toContain(
      "bang-khac.xlsx: không có dữ liệu kết quả năm",
    );
    expect(await sheetNames(page)).toEqual(expect.arrayContaining(["Xu hướng chỉ số", "Đơn vị chưa khớp"]));
    const rows = await indexSheet(page);
    const yte = rows.find((r) => r[1] === "Sở Y tế")!;
    expect(yte.slice(3, 5)).toEqual([75, 3]);
    expect(yte.slice(6, 8)).toEqual([90, 1]);

    // With the reorganisation list, the merged department shows its predecessors.
    await page.getByTestId("trends-renames").setInputFiles(
      file("sap-xep.xlsx", [
        ["Tên cũ", "Tên mới"],
        ["Sở KH-ĐT", "Sở Tài chính"],
      ]),
    );
    await page.getByTestId("trends-run").click();
    await page.getByTestId("trends-outcome").waitFor();
    expect(await page.getByTestId("trends-unmatched").count()).toBe(0);
    const again = await indexSheet(page);
    expect(again.find((r) => r[1] === "Sở Tài chính")).toContain("Sáp nhập từ: Sở KH-ĐT, Sở Tài chính");
  });

  it("Excel: no file with year results → one clear error, nothing written", async () => {
    page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    errors = collectConsoleErrors(page);
    await page.goto(`${served.url}?latency=10&panel=consolidate`);
    await page.getByTestId("trends-files").setInputFiles([file("bang-khac.xlsx", "x")]);
    await page.getByTestId("trends-run").click();
    await page.getByText("Không có tệp nào mang dữ liệu kết quả năm").waitFor();
    expect(await page.getByTestId("trends-outcome").count()).toBe(0);
    expect((await sheetNames(page)).some((n) => n.startsWith("Xu hướng"))).toBe(false);
  });

  it("Sheets: spreadsheets by URL or ID, one per line", async () => {
    page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    errors = collectConsoleErrors(page);
    await page.goto(`${served.url}?latency=10&panel=consolidate&host=sheets`);
    await page.getByTestId("trends").waitFor();
    expect(await page.getByTestId("trends-files").count()).toBe(0);
    await page
      .getByTestId("trends-refs")
      .fill(
        "https://docs.google.com/spreadsheets/d/xep-hang-2023/edit\nxep-hang-2024\n\nxep-hang-2025\nkhong-co-nam",
      );
    await page.getByTestId("trends-run").click();
    const outcome = page.getByTestId("trends-outcome");
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain("qua các năm 2023, 2024, 2025");
    expect(await page.getByTestId("trends-skipped").textContent()).toContain("khong-co-nam");
    const call = await page.evaluate(() =>
      (
        window as unknown as { cchcDemo: { calls: { method: string; args: unknown[] }[] } }
      ).cchcDemo.calls.find((c) => c.method === "trends"),
    );
    expect(call?.args[0]).toEqual({
      source: "spreadsheets",
      refs: [
        "https://docs.google.com/spreadsheets/d/xep-hang-2023/edit",
        "xep-hang-2024",
        "xep-hang-2025",
        "khong-co-nam",
      ],
      renamesRef: null,
    });
  });
});
