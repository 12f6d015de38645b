/**
 * The built Sidebar.html in headless Chromium, opened the way the server opens it (the boot
 * script appended by openSidebar), over a fake google.script.run that returns a report the core
 * computed for the department fixture. Kiểm tra shows the verdict and issues; clicking an issue
 * asks the server to select its cell. Screenshots at 300 px go to docs/screenshots.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { checkSheet, DEFAULT_SETTINGS, type Lang } from "@cchc/scoring-core";
import {
  screenshotDir,
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import { departmentGrid } from "../../../scoring-core/test/fixtures/department-grid";
import { openSidebar } from "../../src/server/menu";
import { fakeAppsScript } from "../fakes/apps-script";
import type { StartAction } from "../../src/shared/rpc";
import { FAKE_RUN_SCRIPT, type PageRunConfig } from "./fake-run-page";

const PACKAGE = path.resolve(__dirname, "../..");
const SIDEBAR = path.join(PACKAGE, "build", "Sidebar.html");
const SCREENSHOTS = screenshotDir(path.resolve(PACKAGE, "..", "docs", "screenshots"));

function ensureBuilt(): string {
  if (!existsSync(SIDEBAR))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: PACKAGE, stdio: "inherit" });
  return readFileSync(SIDEBAR, "utf8");
}

/** The page exactly as HtmlService would serve it after openSidebar(locale). */
function servedPage(html: string, locale: string, start: StartAction = "check"): string {
  const env = fakeAppsScript({ locale, files: { Sidebar: html } });
  openSidebar(env.services, start);
  return env.ui._sidebar!._content;
}

function config(lang: Lang, failures?: Record<string, string>): PageRunConfig {
  const grid = departmentGrid({ overrides: { "1.1.1": { self: "đạt" } } });
  const report = checkSheet(grid, { lang });
  return {
    replies: {
      loadSettings: { ...DEFAULT_SETTINGS, lang },
      saveSettings: null,
      listSheets: [grid.sheet, "Kết quả CCHC"],
      listCriteriaSets: [
        {
          id: "sample-department-2025",
          name: "Bộ tiêu chí mẫu — Sở, ban, ngành 2025",
          year: 2025,
          unitTypes: ["department"],
          sample: true,
        },
      ],
      validate: report,
      selectCell: null,
      markIssues: { marked: 3 },
      clearMarks: { cleared: 3 },
      writeResults: { sheet: "Kết quả CCHC", renamed: false },
      createTemplate: { sheet: "Tự chấm 2025 (2)" },
      importCriteriaSet: {
        stored: true,
        set: {
          id: "an-hoa-so-2025",
          name: "Bộ tiêu chí Sở An Hòa 2025",
          year: 2025,
          unitTypes: ["department"],
          sample: false,
          stored: true,
          decision: "Quyết định số 99/QĐ-UBND (10/01/2025)",
        },
        replaced: false,
        errors: 0,
        warnings: 0,
        issues: [],
        settings: { ...DEFAULT_SETTINGS, lang, criteriaSetId: "an-hoa-so-2025" },
      },
    },
    failures,
  };
}

describeBrowser("Sidebar.html in headless Chromium", () => {
  let browser: Browser;
  let served: Served;
  let dir: string;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const html = ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), "cchc-sidebar-"));
    writeFileSync(path.join(dir, "vi.html"), servedPage(html, "vi"));
    writeFileSync(path.join(dir, "en.html"), servedPage(html, "en_US"));
    writeFileSync(path.join(dir, "template.html"), servedPage(html, "vi", "template"));
    served = await serveDir(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await page?.close();
  });

  const open = async (lang: Lang, failures?: Record<string, string>, file: string = lang) => {
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    errors = collectConsoleErrors(page);
    await page.addInitScript({
      content: `${FAKE_RUN_SCRIPT}\nwindow.__installFakeRun(${JSON.stringify(config(lang, failures))});`,
    });
    await page.goto(`${served.url}${file}.html`);
    await page.getByTestId(file === "template" ? "template-create" : "check-run").waitFor();
  };

  const runCalls = () =>
    page.evaluate(
      () => (window as unknown as { __runCalls: { name: string; args: unknown[] }[] }).__runCalls,
    );

  it.each<Lang>(["vi", "en"])(
    "Kiểm tra shows the verdict and the issues (%s); an issue selects its cell",
    async (lang) => {
      await open(lang);
      await page.getByTestId("check-run").click();
      const verdict = page.getByTestId("verdict");
      await verdict.waitFor();
      expect(await verdict.textContent()).toMatch(lang === "vi" ? /lỗi/ : /error/i);
      const validateCalls = (await runCalls()).filter((c) => c.name === "validate");
      expect(validateCalls).toHaveLength(1);

      // Open every severity group, then look at the page as a user would.
      const closed = page.locator(".fui-AccordionHeader__button[aria-expanded=false]");
      for (let n = await closed.count(); n > 0; n--) await closed.first().click();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(300);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `sheets-sidebar-${lang}.png`), fullPage: true });

      const issue = page.locator("button[data-testid=issue]").first();
      const cell = await issue.getAttribute("data-cell");
      expect(cell).toMatch(/^[A-Z]+\d+$/);
      await issue.click();
      await page.waitForFunction(
        (c) =>
          (window as unknown as { __runCalls: { name: string; args: unknown[] }[] }).__runCalls.some(
            (x) => x.name === "selectCell" && x.args[1] === c,
          ),
        cell,
      );
      const select = (await runCalls()).filter((c) => c.name === "selectCell").at(-1);
      expect(select?.args).toEqual(["Tự chấm 2025", cell]);
      expect(errors).toEqual([]);
    },
  );

  it("a quota error from the server is shown as a clear message, in Vietnamese", async () => {
    await open("vi", { validate: "Exception: Service invoked too many times for one day: spreadsheets." });
    await page.getByTestId("check-run").click();
    await page.getByText(/hạn mức/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "sheets-sidebar-quota-vi.png"), fullPage: true });
    expect(await page.getByTestId("verdict").count()).toBe(0);
    // A failed call is the page's business to show, not a console error.
    expect(errors).toEqual([]);
  });

  it("Cài đặt → Nhập bộ tiêu chí sends the picked JSON in one call and shows the set in use", async () => {
    await open("vi");
    await page.getByTestId("tab-settings").click();
    await page.getByTestId("set-in-use").waitFor();
    await page.getByTestId("import-file").setInputFiles({
      name: "bo-tieu-chi.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"id":"an-hoa-so-2025"}'),
    });
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-outcome").waitFor();
    const calls = (await runCalls()).filter((c) => c.name === "importCriteriaSet");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0]).toEqual({
      source: "json",
      json: '{"id":"an-hoa-so-2025"}',
      fileName: "bo-tieu-chi.json",
    });
    expect(await page.getByTestId("set-in-use-name").textContent()).toBe(
      "Bộ tiêu chí Sở An Hòa 2025 (2025) — lưu trong tệp này",
    );
    expect(await page.getByTestId("set-in-use-decision").textContent()).toContain("99/QĐ-UBND");
    expect(errors).toEqual([]);
  });

  it("Tạo bảng chấm điểm from the menu opens the template panel and creates the sheet in one call", async () => {
    await open("vi", undefined, "template");
    await page.locator("[data-testid=template-set]").selectOption("sample-department-2025");
    await page.getByTestId("template-unit").fill("Sở Tư pháp");
    await page.getByTestId("template-create").click();
    await page.getByText(/Tự chấm 2025 \(2\)/).waitFor();
    const create = (await runCalls()).filter((c) => c.name === "createTemplate");
    expect(create).toHaveLength(1);
    expect(create[0]!.args[0]).toMatchObject({ criteriaSetId: "sample-department-2025", unit: "Sở Tư pháp" });
    await page.screenshot({ path: path.join(SCREENSHOTS, "sheets-sidebar-template-vi.png"), fullPage: true });
    expect(errors).toEqual([]);
  });
});
