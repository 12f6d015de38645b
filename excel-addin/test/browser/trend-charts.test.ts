/**
 * Xu hướng in the built Excel pane over the fake Excel (Chromium): past ranking files picked in
 * the Tổng hợp tab → the trend sheets and one native line chart per group. The chart code is a
 * lazy chunk: not loaded with the pane, loaded when the trend is written.
 */
import type { Browser, Page } from "playwright-core";
import { YEAR_RECORD_SHEET, yearRecordRows, type UnitYear } from "@cchc/scoring-core";
import { blockSheet, writeWorkbook } from "@cchc/xlsx-grid";
import {
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import { ensureBuilt, fake, openPane } from "../helpers/pane";
import { departmentSeed } from "../helpers/seeds";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const unit = (name: string, index: number): UnitYear => ({
  unit: name,
  group: "Sở, ban, ngành",
  unitType: "department",
  rank: 1,
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

const ranking = (year: number, units: UnitYear[]) => ({
  name: `xep-hang-${year}.xlsx`,
  mimeType: XLSX_TYPE,
  buffer: Buffer.from(
    writeWorkbook([
      blockSheet({
        name: YEAR_RECORD_SHEET,
        rows: yearRecordRows({
          kind: "cchc-year-results",
          version: 1,
          year,
          province: null,
          criteriaSetIds: [],
          units,
        }),
        headerRows: [],
        columnWidths: [60],
        numberColumns: [],
        links: [],
      }),
    ]),
  ),
});

const lineChartLoaded = (page: Page) =>
  page.evaluate(() =>
    performance.getEntriesByType("resource").some((e) => /\/assets\/line-chart-[^/]+\.js$/.test(e.name)),
  );

describeBrowser("Xu hướng's line charts in the Excel pane (Chromium, fake Excel)", () => {
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

  it("writes a line chart per group, its code loaded only then", async () => {
    page = await openPane(browser, served.url, departmentSeed());
    errors = collectConsoleErrors(page);
    await page.getByTestId("tab-consolidate").click();
    expect(await lineChartLoaded(page)).toBe(false);
    await page
      .getByTestId("trends-files")
      .setInputFiles([
        ranking(2023, [unit("Sở Tài chính", 70), unit("Sở Y tế", 62.5)]),
        ranking(2024, [unit("Sở Tài chính", 75)]),
        ranking(2025, [unit("Sở Tài chính", 85), unit("Sở Y tế", 80)]),
      ]);
    await page.getByTestId("trends-run").click();
    await page.getByTestId("trends-outcome").waitFor({ timeout: 60000 });
    expect(await page.getByTestId("trends-outcome").textContent()).toContain("Biểu đồ - Sở, ban, ngành");
    const charts = await fake(page, (h) =>
      h.model.sheets.flatMap((s) => s.charts.map((c) => ({ sheet: s.name, type: c.type, series: c.series }))),
    );
    expect(charts).toEqual([
      {
        sheet: "Biểu đồ - Sở, ban, ngành",
        type: "Line",
        series: [
          { name: "Sở Tài chính", values: [70, 75, 85] },
          { name: "Sở Y tế", values: [62.5, null, 80] },
        ],
      },
    ]);
    expect(await lineChartLoaded(page)).toBe(true);
  });
});
