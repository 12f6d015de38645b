/**
 * The Sở's consolidation screen: the built Sidebar.html, opened as menuProvince opens it, in
 * headless Chromium over a fake google.script.run whose replies the real server functions
 * computed on a filled fake province. Progress, a quota retry, the result, the Word report and
 * feedback .zip (their writers loaded from the built OutputsChunk.html, as the real server
 * function serves it), and a second sidebar's clear message; screenshots in
 * docs/screenshots/sheets-province-*.png.
 */
import { execFileSync } from "node:child_process";
import { strFromU8, unzipSync } from "fflate";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEFAULT_SETTINGS, getSampleSet, type Lang } from "@cchc/scoring-core";
import { provinceSetPlan } from "@cchc/scoring-core/province";
import {
  screenshotDir,
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import {
  beginConsolidation,
  consolidateUnit,
  finishConsolidation,
} from "../../src/server/province/consolidate";
import { menuProvince, provinceOutputsChunk } from "../../src/server/province/entry";
import type { UnitResult } from "@cchc/scoring-core";
import { fakeProvince } from "../fakes/drive";
import { importCriteriaSet } from "../../src/server/use-cases";
import { filledProvince, provinceWith, unitRows } from "./province-fixture";

const PACKAGE = path.resolve(__dirname, "../..");
// The Sở Nội vụ's edition (scripts/build-sidebar.ts): the units' sidebar leaves its code out.
const SIDEBAR = path.join(PACKAGE, "build", "province", "Sidebar.html");
// The output writers the sidebar loads on its first Word report / feedback .zip (load-outputs.ts).
const CHUNK = path.join(PACKAGE, "build", "province", "OutputsChunk.html");
const SCREENSHOTS = screenshotDir(path.resolve(PACKAGE, "..", "docs", "screenshots"));

function ensureBuilt(): string {
  // The province screen needs a build that has it (an older build/ lacks the province client).
  if (
    !existsSync(CHUNK) ||
    !existsSync(SIDEBAR) ||
    !readFileSync(SIDEBAR, "utf8").includes("cchc.province.job")
  )
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: PACKAGE, stdio: "inherit" });
  return readFileSync(SIDEBAR, "utf8");
}

/** Runs a server entry point over a fake province project holding these HTML files. */
function onServer<T>(files: Record<string, string>, locale: string, body: () => T): T {
  const env = fakeProvince({ locale, files });
  const g = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(Object.keys(env.globals).map((k) => [k, g[k]]));
  Object.assign(g, env.globals);
  try {
    return body();
  } finally {
    Object.assign(g, saved);
  }
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

/** Replies computed by the real server functions on a filled province of 9 units. */
function replies(lang: Lang) {
  const { env } = filledProvince(9, 11);
  // One unit's spreadsheet was deleted: it must be listed as failed.
  const begin = beginConsolidation(env.services, lang, "page", 5);
  env.world.files.delete(begin.units[4]!.key);
  const unitReplies: Record<string, unknown> = {};
  const results: UnitResult[] = [];
  const failed = [...begin.failed];
  for (const u of begin.units) {
    const r = consolidateUnit(env.services, lang, begin.jobId, u, begin.criteriaSetId);
    unitReplies[u.key] = r;
    if (r.ok) results.push(r.result);
    else failed.push({ file: `Đơn vị!E${u.row}`, unit: u.unit, error: r.error });
  }
  const finish = finishConsolidation(env.services, lang, begin.jobId, { results, failed });
  return { begin, unitReplies, finish, quotaKey: begin.units[1]!.key };
}

const PAGE_SCRIPT = `
window.__installProvinceRun = function (config) {
  window.__runCalls = [];
  var failedOnce = {};
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === "withSuccessHandler") return function (f) { return runner(f, fail); };
        if (name === "withFailureHandler") return function (f) { return runner(ok, f); };
        if (typeof name !== "string" || !(name in config.replies)) return undefined;
        return function () {
          var args = JSON.parse(JSON.stringify(Array.prototype.slice.call(arguments)));
          window.__runCalls.push({ name: name, args: args });
          var latency = name === "provinceUnit" ? config.unitLatencyMs : 30;
          setTimeout(function () {
            if (config.failures && config.failures[name]) { fail && fail(new Error(config.failures[name])); return; }
            if (name === "provinceUnit") {
              var key = args[1].key;
              if (key === config.quotaKey && !failedOnce[key]) {
                failedOnce[key] = true;
                fail && fail(new Error("Exception: Service invoked too many times in a short time: spreadsheets."));
                return;
              }
              ok && ok(JSON.parse(JSON.stringify(config.unitReplies[key])));
              return;
            }
            ok && ok(JSON.parse(JSON.stringify(config.replies[name])));
          }, latency);
        };
      },
    });
  }
  window.google = { script: { host: { close: function () {} } } };
  Object.defineProperty(window.google.script, "run", { get: function () { return runner(null, null); } });
};
`;

describeBrowser("the Sở's consolidation screen in headless Chromium", () => {
  let browser: Browser;
  let served: Served;
  let dir: string;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const html = ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), "cchc-province-"));
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

  const open = async (lang: Lang, failures?: Record<string, string>, extra: Record<string, unknown> = {}) => {
    const r = replies(lang);
    const config = {
      replies: {
        ...extra,
        loadSettings: { ...DEFAULT_SETTINGS, lang },
        saveSettings: null,
        listSheets: ["Đơn vị", "Phân công thẩm định", "Cài đặt"],
        listCriteriaSets: [],
        provinceBegin: r.begin,
        provinceUnit: null,
        provinceFinish: r.finish,
        provinceCancel: null,
      },
      unitReplies: r.unitReplies,
      quotaKey: r.quotaKey,
      unitLatencyMs: 350,
      failures,
    };
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    errors = collectConsoleErrors(page);
    await page.addInitScript({
      content: `${PAGE_SCRIPT}\nwindow.__installProvinceRun(${JSON.stringify(config)});`,
    });
    await page.goto(`${served.url}${lang}.html`);
    await page.getByTestId("consolidate-units").waitFor();
    return r;
  };

  const calls = () =>
    page.evaluate(
      () => (window as unknown as { __runCalls: { name: string; args: unknown[] }[] }).__runCalls,
    );

  it.each<Lang>(["vi", "en"])(
    "consolidates with progress, retries a quota error, lists the failed unit (%s)",
    async (lang) => {
      const r = await open(lang);
      await page.getByTestId("consolidate-units").click();
      await page.getByTestId("consolidate-progress").waitFor();
      // A few units in: the bar and the unit being read show.
      await page.waitForFunction(
        () =>
          (window as unknown as { __runCalls: { name: string }[] }).__runCalls.filter(
            (c) => c.name === "provinceUnit",
          ).length >= 7,
      );
      await page.screenshot({
        path: path.join(SCREENSHOTS, `sheets-province-progress-${lang}.png`),
        fullPage: true,
      });
      await page
        .getByText(lang === "vi" ? /Xếp hạng|xếp hạng/ : /Rank|rank/)
        .first()
        .waitFor({ timeout: 30000 });
      await page.waitForFunction(() =>
        (window as unknown as { __runCalls: { name: string }[] }).__runCalls.some(
          (c) => c.name === "provinceFinish",
        ),
      );
      await page.waitForTimeout(300);
      const all = await calls();
      const unitCalls = all.filter((c) => c.name === "provinceUnit");
      // 9 units, one retried after its quota error.
      expect(unitCalls).toHaveLength(r.begin.units.length + 1);
      const finish = all.find((c) => c.name === "provinceFinish")!;
      const outcome = finish.args[1] as { packed: { units: unknown[] }; failed: { unit: string }[] };
      expect(outcome.packed.units).toHaveLength(8);
      expect(outcome.failed.map((f) => f.unit)).toEqual([r.begin.units[4]!.unit]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(300);
      await page.screenshot({
        path: path.join(SCREENSHOTS, `sheets-province-done-${lang}.png`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
    },
  );

  it("makes the Word report and the feedback .zip, loading their writers once from the server", async () => {
    // The real server function over the built project file: what the sidebar gets in Apps Script.
    const chunk = onServer({ OutputsChunk: readFileSync(CHUNK, "utf8") }, "vi", () => provinceOutputsChunk());
    const link = (name: string) => ({ id: "f1", name, url: `https://drive.google.com/file/d/${name}/view` });
    await open("vi", undefined, {
      provinceOutputsChunk: chunk,
      provinceSaveReport: link("report"),
    });
    await page.getByTestId("consolidate-units").click();
    await page.getByTestId("consolidate-word-report").waitFor({ timeout: 30000 });
    expect((await calls()).filter((c) => c.name === "provinceOutputsChunk")).toHaveLength(0);

    await page.getByTestId("consolidate-word-report").click();
    await page.getByTestId("word-report-link").waitFor({ timeout: 30000 });
    await page.getByTestId("consolidate-unit-feedback").click();
    await page.getByTestId("unit-feedback-link").waitFor({ timeout: 30000 });

    const all = await calls();
    expect(all.filter((c) => c.name === "provinceOutputsChunk")).toHaveLength(1);
    const saves = all.filter((c) => c.name === "provinceSaveReport");
    expect(saves.map((c) => c.args[2])).toEqual(["docx", "zip"]);
    const docx = unzipSync(Buffer.from(saves[0]!.args[1] as string, "base64"));
    const xml = strFromU8(docx["word/document.xml"]!);
    // The report of this run: its title and the departments' group of 5 ranked units.
    expect(xml.includes("Kết quả xác định Chỉ số cải cách hành chính năm 2025")).toBe(true);
    expect(xml.includes("Số đơn vị được xếp hạng: 5.")).toBe(true);
    const zip = unzipSync(Buffer.from(saves[1]!.args[1] as string, "base64"));
    const names = Object.keys(zip);
    expect(names.length).toBe(8);
    expect(names.every((n) => n.endsWith(".xlsx"))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("Cài đặt → Nhập bộ tiêu chí stores the province's set and chooses it in “Cài đặt”", async () => {
    const sample = getSampleSet("sample-department-2025")!;
    const own = { ...sample, id: "an-hoa-so-2025", name: "Bộ tiêu chí sở An Hòa 2025", sample: false };
    const text = JSON.stringify(own);
    // The reply the real server gives on a control spreadsheet, which it changes as it should.
    const env = provinceWith(unitRows(2));
    const reply = importCriteriaSet(env.services, { source: "json", json: text }, "vi");
    const chosen = env.control
      ._sheet("Cài đặt")
      ._cells.find((row) => row[0]?.value === "Bộ tiêu chí")?.[1]?.value;
    expect([reply.stored, chosen]).toEqual([true, "an-hoa-so-2025"]);

    await open("vi", undefined, { importCriteriaSet: reply });
    await page.getByTestId("tab-settings").click();
    await page.getByTestId("set-in-use").waitFor();
    await page.getByTestId("import-file").setInputFiles({
      name: "bo-tieu-chi-so.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-outcome").waitFor();
    const sent = (await calls()).filter((c) => c.name === "importCriteriaSet");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.args[0]).toMatchObject({ source: "json", json: text });
    expect(await page.getByTestId("set-in-use-name").textContent()).toContain("Bộ tiêu chí sở An Hòa 2025");
    expect(errors).toEqual([]);
  });

  it("Tổng hợp shows, before a run, the set each unit type of “Đơn vị” will be scored on", async () => {
    // The server's answer as the core words it (provinceSetPlan): departments on the province's
    // own set, communes on none that covers them (an error line).
    const own = {
      ...getSampleSet("sample-department-2025")!,
      id: "an-hoa-so-2025",
      name: "Bộ tiêu chí Sở An Hòa 2025",
      sample: false,
    };
    const old = { ...own, year: 2019 };
    const lines = provinceSetPlan(old, [old], [old.id], ["Sở", "UBND xã"], "vi");
    await open("vi", undefined, { provinceSetPlan: lines });
    const plan = page.getByTestId("set-plan");
    await plan.waitFor();
    expect(await plan.locator("li").allTextContents()).toEqual(lines.map((l) => l.text));
    expect(await plan.getByRole("alert").count()).toBe(1);
    expect((await calls()).filter((c) => c.name === "provinceSetPlan")).toHaveLength(1);
    expect((await calls()).some((c) => c.name === "provinceBegin")).toBe(false);
    await page.screenshot({
      path: path.join(SCREENSHOTS, "sheets-province-set-plan-vi.png"),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });

  it("a second sidebar is told another consolidation is running", async () => {
    await open("vi", {
      provinceBegin:
        "Exception: [cchc:busy] Một đợt tổng hợp khác đang chạy (bắt đầu lúc 14:05). Chờ nó xong hoặc 15 phút sau thử lại.",
    });
    await page.getByTestId("consolidate-units").click();
    await page.getByText(/Một đợt tổng hợp khác đang chạy/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "sheets-province-busy-vi.png"), fullPage: true });
    expect((await calls()).filter((c) => c.name === "provinceUnit")).toHaveLength(0);
    expect(errors).toEqual([]);
  });
});
