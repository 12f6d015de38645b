/** The built task pane in headless Chromium with the fake injected in place of office.js. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import type { Browser, Page } from "playwright-core";
import type { Grid } from "@cchc/scoring-core";

// Under jest (CommonJS) __dirname is set; the benchmark runs as ES modules from the workspace folder.
export const ADDIN_ROOT =
  typeof __dirname !== "undefined"
    ? join(__dirname, "..", "..")
    : existsSync(join(process.cwd(), "vite.config.ts"))
      ? process.cwd()
      : join(process.cwd(), "excel-addin");
export const DIST = join(ADDIN_ROOT, "dist");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The built pane; built here when a test runs before `npm run build`. */
export function ensureBuilt(): string {
  if (!existsSync(join(DIST, "taskpane", "taskpane.html")))
    execFileSync("npx", ["vite", "build"], { cwd: ADDIN_ROOT, stdio: "inherit" });
  return DIST;
}

let fakeBundle: string | null = null;
export function fakeOfficeJs(): string {
  if (fakeBundle) return fakeBundle;
  const out = buildSync({
    entryPoints: [join(ADDIN_ROOT, "test", "fake-excel", "browser.ts")],
    bundle: true,
    format: "iife",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  fakeBundle = out.outputFiles[0]!.text;
  return fakeBundle;
}

export interface Seed {
  displayLanguage: string;
  apiVersion?: string;
  sheets: Grid[];
  active?: string;
}

/** Opens the pane: office.js is answered with the fake, every other outside request is refused. */
export async function openPane(
  browser: Browser,
  baseUrl: string,
  seed: Seed,
  width = 320,
  beforeGoto?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  if (beforeGoto) await beforeGoto(page);
  // Only outside requests are intercepted (local ones go straight to the server, as in production).
  await page.route(
    (url) => !url.href.startsWith(baseUrl) && url.protocol !== "data:",
    (route) =>
      route.request().url() === OFFICE_JS
        ? route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fakeOfficeJs() })
        : route.abort(),
  );
  await page.addInitScript({ content: `window.__CCHC_SEED = ${JSON.stringify(seed)};` });
  await page.goto(`${baseUrl}taskpane/taskpane.html`);
  await page.getByRole("tablist").waitFor();
  return page;
}

/** Reads the fake workbook in the page. */
export function fake<T>(page: Page, read: (host: NonNullable<Window["__fake"]>) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__fake)`) as Promise<T>;
}
