/**
 * The Sở's consolidation screen shows the survey it scored from the live responses sheet, as
 * `cchc survey` prints it: which design, the forms counted, the units without forms ("chưa có")
 * or below the minimum, and every survey issue (unknown unit with the closest name, an answer off
 * the scale, a duplicate form). The built Sidebar.html in headless Chromium, over a fake
 * google.script.run whose replies the real server functions computed on a fake province.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEFAULT_SETTINGS, type Lang, type UnitResult } from "@cchc/scoring-core";
import {
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  screenshotDir,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import {
  beginConsolidation,
  consolidateUnit,
  finishConsolidation,
} from "../../src/server/province/consolidate";
import { menuProvince } from "../../src/server/province/entry";
import { fakeProvince } from "../fakes/drive";
import { filledProvince } from "./province-fixture";

const PACKAGE = path.resolve(__dirname, "../..");
// The Sở Nội vụ's edition (scripts/build-sidebar.ts): the units' sidebar leaves its code out.
const SIDEBAR = path.join(PACKAGE, "build", "province", "Sidebar.html");
const SCREENSHOTS = screenshotDir(path.resolve(PACKAGE, "..", "docs", "screenshots"));

function ensureBuilt(): string {
  // A build without the survey summary is older than this test: build again.
  if (!existsSync(SIDEBAR) || !readFileSync(SIDEBAR, "utf8").includes("survey-summary"))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: PACKAGE, stdio: "inherit" });
  return readFileSync(SIDEBAR, "utf8");
}

function servedPage(html: string, locale: string): string {
  const env = fakeProvince({ locale, files: { Sidebar: html } });
  const g = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(Object.keys(env.globals).map((k) => [k, g[k]]));
  Object.assign(g, env.globals);
  try {
    menuProvince();
  } finally {
    Object.assign(g, saved);
  }
  return env.app.ui._sidebar!._content;
}

/** A province of 3 units with a design sheet and a responses sheet holding every kind of problem. */
function replies(lang: Lang) {
  const { env } = filledProvince(3, 5);
  env.control._addSheet("Thiết kế phiếu")._fill([
    ["Mã câu hỏi", "Nội dung câu hỏi", "Tiêu chí", "Điểm tối đa"],
    ["CH1", "Chất lượng, tính khả thi của văn bản", "2.3.1", 2.5],
  ]);
  env.control._addSheet("Thiết lập điều tra")._fill([
    ["Cài đặt", "Giá trị"],
    ["Số phiếu tối thiểu", 2],
  ]);
  env.control._addSheet("Câu trả lời biểu mẫu 1")._fill([
    ["Dấu thời gian", "Số phiếu", "Đơn vị được đánh giá", "CH1. Chất lượng, tính khả thi của văn bản"],
    ["1/12/2025 8:00:00", 1, "Sở Số 1", "A. Rất tốt"],
    ["1/12/2025 8:05:00", 2, "sở số 1", "C. Trung bình"],
    ["1/12/2025 8:06:00", 2, "Sở Số 1", "C. Trung bình"], // the same form sent twice
    ["1/12/2025 8:07:00", 3, "Sở Số 1", "F"], // off the scale
    ["1/12/2025 8:09:00", 4, "Sở Số 2", "B. Tốt"], // one form: below the minimum of 2
    ["1/12/2025 8:10:00", 5, "Sở Số 2 cũ", "A. Rất tốt"], // unknown: did you mean Sở Số 2?
  ]);
  const begin = beginConsolidation(env.services, lang, "page", 5);
  const unitReplies: Record<string, unknown> = {};
  const results: UnitResult[] = [];
  for (const u of begin.units) {
    const r = consolidateUnit(env.services, lang, begin.jobId, u, begin.criteriaSetId);
    unitReplies[u.key] = r;
    if (r.ok) results.push(r.result);
  }
  const finish = finishConsolidation(env.services, lang, begin.jobId, { results, failed: begin.failed });
  return { begin, unitReplies, finish };
}

const PAGE_SCRIPT = `
window.__installProvinceRun = function (config) {
  window.__runCalls = [];
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === "withSuccessHandler") return function (f) { return runner(f, fail); };
        if (name === "withFailureHandler") return function (f) { return runner(ok, f); };
        if (typeof name !== "string" || !(name in config.replies)) return undefined;
        return function () {
          var args = JSON.parse(JSON.stringify(Array.prototype.slice.call(arguments)));
          window.__runCalls.push({ name: name, args: args });
          setTimeout(function () {
            var reply = name === "provinceUnit" ? config.unitReplies[args[1].key] : config.replies[name];
            ok && ok(JSON.parse(JSON.stringify(reply === undefined ? null : reply)));
          }, 20);
        };
      },
    });
  }
  window.google = { script: { host: { close: function () {} } } };
  Object.defineProperty(window.google.script, "run", { get: function () { return runner(null, null); } });
};
`;

describeBrowser("the Sở's sidebar shows the survey scored from the responses", () => {
  let browser: Browser;
  let served: Served;
  let dir: string;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const html = ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), "cchc-province-survey-"));
    writeFileSync(path.join(dir, "vi.html"), servedPage(html, "vi"));
    writeFileSync(path.join(dir, "en.html"), servedPage(html, "en_US"));
    served = await serveDir(dir);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await page?.close();
  });

  it.each<Lang>(["vi", "en"])("lists the design, the units and every survey issue (%s)", async (lang) => {
    const r = replies(lang);
    const summary = r.begin.survey!;
    const config = {
      replies: {
        loadSettings: { ...DEFAULT_SETTINGS, lang },
        saveSettings: null,
        listSheets: ["Đơn vị", "Cài đặt"],
        listCriteriaSets: [],
        provinceBegin: r.begin,
        provinceUnit: null,
        provinceFinish: r.finish,
        provinceCancel: null,
      },
      unitReplies: r.unitReplies,
    };
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    errors = collectConsoleErrors(page);
    await page.addInitScript({
      content: `${PAGE_SCRIPT}\nwindow.__installProvinceRun(${JSON.stringify(config)});`,
    });
    await page.goto(`${served.url}${lang}.html`);
    await page.getByTestId("consolidate-units").click();
    const box = page.getByTestId("survey-summary");
    await box.waitFor({ timeout: 30000 });

    // Which design scored the answers.
    expect(await page.getByTestId("survey-design").textContent()).toBe(summary.designLine);
    expect(summary.designLine).toMatch(
      lang === "vi" ? /^Thiết kế phiếu: tệp “/ : /^Survey design: the file “/,
    );
    // Forms: 6 rows read, 4 counted (the unknown unit is not), 1 duplicate.
    expect(await page.getByTestId("survey-forms").textContent()).toMatch(
      lang === "vi" ? /6 dòng đọc, 4 được tính, 1 trùng/ : /6 rows read, 4 counted, 1 duplicates/,
    );
    // Units: Sở Số 2 below the minimum, UBND xã Số 3 without forms: "chưa có", never 0.
    const rows = page.getByTestId("survey-unit");
    expect(await rows.count()).toBe(2);
    const cells = async (i: number) => rows.nth(i).locator("td").allTextContents();
    expect(await cells(0)).toEqual(
      lang === "vi" ? ["Sở Số 2", "1", "1,50", "dưới tối thiểu"] : ["Sở Số 2", "1", "1.50", "below minimum"],
    );
    expect(await cells(1)).toEqual(
      lang === "vi"
        ? ["UBND xã Số 3", "0", "chưa có", "chưa có"]
        : ["UBND xã Số 3", "0", "not yet", "not yet"],
    );
    // Every issue, with its file and cell, as the core wrote it.
    const shown = page.getByTestId("survey-issue");
    expect(await shown.count()).toBe(summary.issues.length);
    const codes = await shown.evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
    for (const code of [
      "survey-unit-unknown",
      "survey-answer-invalid",
      "survey-form-duplicate",
      "survey-below-minimum",
      "survey-unit-no-answers",
    ])
      expect(codes).toContain(code);
    const unknown = (await shown.allTextContents()).find((t) => /Sở Số 2 cũ/.test(t))!;
    expect(unknown).toMatch(lang === "vi" ? /có phải “Sở Số 2”/ : /did you mean “Sở Số 2”/);
    expect(unknown).toMatch(/C7/);

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(300);
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: path.join(SCREENSHOTS, `sheets-province-survey-${lang}.png`),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });
});
