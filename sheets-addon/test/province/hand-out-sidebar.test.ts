/**
 * Phát bảng from the Sở's sidebar (issue #13): the built Sidebar.html, opened as the menu item
 * opens it, in headless Chromium. One button runs the chunked hand-out loop with progress.
 * - Real server: each provinceHandOut call runs handOutTables on a fake province in this
 *   process (page.exposeFunction), so the tables, links and failures are the server's own.
 * - 300 units: a server model that makes 8 tables per call shows the progress across the 38
 *   calls and a stop between chunks (the real server takes ≈ 30 s for 300 tables in the fake).
 * Screenshots (hand-out, progress, outcome, settings) go to a temp folder, or to docs/screenshots
 * with `npm run screenshots`; docs/phan-phoi.md shows them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEFAULT_SETTINGS, type Lang } from "@cchc/scoring-core";
import {
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  screenshotDir,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import { menuProvinceHandOut, provinceHandOut } from "../../src/server/province/entry";
import type { HandOutReply } from "../../src/server/province/hand-out";
import { fakeProvince, FakeUserSession } from "../fakes/drive";
import { provinceWith, unitRows } from "./province-fixture";

const PACKAGE = path.resolve(__dirname, "../..");
// The Sở Nội vụ's edition (scripts/build-sidebar.ts): the units' sidebar leaves its code out.
const SIDEBAR = path.join(PACKAGE, "build", "province", "Sidebar.html");
const SCREENSHOTS = screenshotDir(path.resolve(PACKAGE, "..", "docs", "screenshots"));

function ensureBuilt(): string {
  // An older build/ lacks the hand-out panel: build once.
  if (!existsSync(SIDEBAR) || !readFileSync(SIDEBAR, "utf8").includes("handout-run"))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: PACKAGE, stdio: "inherit" });
  return readFileSync(SIDEBAR, "utf8");
}

/** The sidebar as the menu item "phát bảng chấm điểm" serves it. */
function servedPage(html: string, locale: string): string {
  const env = fakeProvince({ locale, files: { Sidebar: html } });
  const g = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(Object.keys(env.globals).map((k) => [k, g[k]]));
  Object.assign(g, env.globals);
  try {
    menuProvinceHandOut();
  } finally {
    Object.assign(g, saved);
  }
  return env.app.ui._sidebar!._content;
}

// google.script.run in the page: canned replies, except provinceHandOut, which asks the test
// process (window.__serverHandOut) — the real server function or the 300-unit model.
const PAGE_SCRIPT = `
window.__installHandOutRun = function (config) {
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
            if (name === "provinceHandOut") {
              window.__serverHandOut(args[0]).then(
                function (r) { ok && ok(JSON.parse(r)); },
                function (e) { fail && fail(new Error(String(e && e.message || e))); }
              );
              return;
            }
            ok && ok(JSON.parse(JSON.stringify(config.replies[name])));
          }, config.latencyMs);
        };
      },
    });
  }
  window.google = { script: { host: { close: function () {} } } };
  Object.defineProperty(window.google.script, "run", { get: function () { return runner(null, null); } });
};
`;

/** The server entry google.script.run calls (provinceHandOut), run in the province's globals. */
function realServer(env: ReturnType<typeof provinceWith>) {
  return (limit?: number): HandOutReply => {
    const g = globalThis as Record<string, unknown>;
    const saved = Object.fromEntries(Object.keys(env.globals).map((k) => [k, g[k]]));
    Object.assign(g, env.globals);
    try {
      return provinceHandOut(limit);
    } finally {
      Object.assign(g, saved);
    }
  };
}

/** 300 units, 8 tables per call, as the server counts them (created, remaining). */
function modelServer(total: number) {
  let made = 0;
  return (limit?: number): HandOutReply => {
    const n = Math.min(limit ?? 8, total - made);
    const created = Array.from({ length: n }, (_, i) => ({
      unit: `Đơn vị ${made + i + 1}`,
      row: made + i + 2,
      url: `https://docs.google.com/spreadsheets/d/id${made + i + 1}/edit`,
    }));
    made += n;
    return { created, skipped: 0, failed: [], remaining: total - made };
  };
}

describeBrowser("Phát bảng in the Sở's sidebar (headless Chromium)", () => {
  let browser: Browser;
  let served: Served;
  let dir: string;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const html = ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), "cchc-handout-"));
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

  const open = async (lang: Lang, server: (limit?: number) => HandOutReply, latencyMs = 20) => {
    const config = {
      replies: {
        loadSettings: { ...DEFAULT_SETTINGS, lang },
        saveSettings: null,
        listSheets: ["Đơn vị", "Phân công thẩm định", "Cài đặt"],
        listCriteriaSets: [],
        provinceHandOut: null,
      },
      latencyMs,
    };
    page = await browser.newPage({ viewport: { width: 300, height: 760 } });
    errors = collectConsoleErrors(page);
    // JSON across, as google.script.run carries it.
    await page.exposeFunction("__serverHandOut", (limit?: number) => JSON.stringify(server(limit)));
    await page.addInitScript({
      content: `${PAGE_SCRIPT}\nwindow.__installHandOutRun(${JSON.stringify(config)});`,
    });
    await page.goto(`${served.url}${lang}.html`);
    await page.getByTestId("handout-run").waitFor();
  };

  const handOutCalls = () =>
    page.evaluate(
      () =>
        (window as unknown as { __runCalls: { name: string }[] }).__runCalls.filter(
          (c) => c.name === "provinceHandOut",
        ).length,
    );

  it.each<Lang>(["vi", "en"])(
    "hands out every unit through the real server, lists the row it could not (%s)",
    async (lang) => {
      const units = unitRows(10);
      units[6] = { ...units[6]!, editors: "khong-phai-email" };
      const env = provinceWith(units);
      // The server answers in the user's locale, as the sidebar does.
      if (lang === "en") env.globals["Session"] = new FakeUserSession(env.log, env.world, "en_US").proxy;
      await open(lang, realServer(env));
      // The menu item opened the sidebar on this panel, nothing made yet.
      expect(env.world.files.size).toBe(1);
      await page.screenshot({ path: path.join(SCREENSHOTS, `sheets-province-handout-${lang}.png`) });
      await page.getByTestId("handout-run").click();
      await page.getByTestId("handout-outcome").waitFor({ timeout: 60000 });
      const text = await page.getByTestId("handout-outcome").innerText();
      expect(text).toContain(lang === "vi" ? "đã tạo 9 bảng" : "9 tables created");
      expect(await page.getByTestId("handout-failures").locator("li").count()).toBe(1);
      expect(await page.getByTestId("handout-failures").innerText()).toContain(units[6]!.unit);
      // 9 tables in the fake Drive, each linked on its row; the bad row's cells as typed.
      expect(env.world.files.size).toBe(1 + 9);
      const links = units.map((_, i) => env.control._sheet("Đơn vị")._text(`E${i + 2}`));
      expect(links.filter((l) => l.includes("/d/"))).toHaveLength(9);
      expect(links[6]).toBe("");
      // 8 per call: two calls made the nine tables.
      expect(await handOutCalls()).toBe(2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      await page.screenshot({
        path: path.join(SCREENSHOTS, `sheets-province-handout-done-${lang}.png`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
    },
  );

  it("300 units: progress after every chunk up to 300, in 38 calls", async () => {
    await open("vi", modelServer(300), 120);
    // Every progress line the panel shows, as the DOM changes.
    await page.evaluate(() => {
      const w = window as unknown as { __seen: number[] };
      w.__seen = [];
      new MutationObserver(() => {
        const m = /Đã xử lý (\d+)\/300 đơn vị/.exec(document.body.innerText);
        if (m && w.__seen.at(-1) !== Number(m[1])) w.__seen.push(Number(m[1]));
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId("handout-run").click();
    await page.waitForFunction(() =>
      (window as unknown as { __seen: number[] }).__seen.some((n) => n >= 100),
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, "sheets-province-handout-progress-vi.png") });
    await page.getByTestId("handout-outcome").waitFor({ timeout: 60000 });
    expect(await page.getByTestId("handout-outcome").innerText()).toContain("đã tạo 300 bảng");
    expect(await handOutCalls()).toBe(38);
    // 8, 16, …, 296: one step per chunk (the last, 300, ends the run).
    const seen = await page.evaluate(() => (window as unknown as { __seen: number[] }).__seen);
    expect(seen.filter((n) => n < 300)).toEqual(Array.from({ length: 37 }, (_, i) => 8 * (i + 1)));
    expect(errors).toEqual([]);
  });

  it("Dừng stops between chunks, says how many remain, and a second run continues", async () => {
    const server = modelServer(300);
    await open("vi", server, 60);
    await page.getByTestId("handout-run").click();
    await page.getByText(/Đã xử lý (24|32|40)\/300 đơn vị/).waitFor({ timeout: 30000 });
    await page.getByTestId("handout-cancel").click();
    await page.getByTestId("handout-outcome").waitFor();
    const stopped = await page.getByTestId("handout-outcome").innerText();
    const m = /Đã dừng sau (\d+) bảng; còn (\d+) đơn vị/.exec(stopped);
    expect(m).not.toBeNull();
    expect(Number(m![1]) + Number(m![2])).toBe(300);
    const callsAtStop = await handOutCalls();
    expect(callsAtStop).toBe(Number(m![1]) / 8);
    await page.waitForTimeout(300);
    expect(await handOutCalls()).toBe(callsAtStop);
    await page.getByTestId("handout-run").click();
    await page
      .getByTestId("handout-outcome")
      .getByText(/đã tạo \d+ bảng/)
      .waitFor({ timeout: 60000 });
    expect(await handOutCalls()).toBe(38);
    expect(errors).toEqual([]);
  });

  it("the same sidebar's settings panel (for the admin guide's pictures)", async () => {
    await open("vi", () => ({ created: [], skipped: 0, failed: [], remaining: 0 }));
    await page.getByTestId("tab-settings").click();
    await page.getByTestId("panel-settings").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({
      path: path.join(SCREENSHOTS, "sheets-province-settings-vi.png"),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });

  it("a day's quota used up: stalled, told to run again later", async () => {
    await open("vi", () => ({ created: [], skipped: 4, failed: [], remaining: 12 }));
    await page.getByTestId("handout-run").click();
    await page
      .getByTestId("handout-outcome")
      .getByText(/hết hạn mức Google trong ngày/)
      .waitFor();
    expect(await handOutCalls()).toBe(1);
    expect(errors).toEqual([]);
  });
});
