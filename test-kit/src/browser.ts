/**
 * Headless Chromium for every workspace's UI tests: launch it, serve a built folder on
 * 127.0.0.1, and collect console errors. Where /usr/bin/chromium is missing and CI is unset,
 * browser tests skip with a note; in CI they must run.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** True when browser tests can run here; logs why not otherwise. CI without Chromium throws. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI)
    throw new Error(`CI is set but ${CHROMIUM_PATH} is missing: install chromium (.ci/run does).`);
  console.warn(`Skipping browser tests: ${CHROMIUM_PATH} not found (install Debian's chromium to run them).`);
  return false;
}

/** `describe` that runs only where Chromium is available. */
export const describeBrowser: jest.Describe = browserAvailable() ? describe : describe.skip;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    headless: true,
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface Served {
  /** Base URL ending in "/". */
  url: string;
  close: () => Promise<void>;
}

/** A tiny static server for a built folder on 127.0.0.1 and a free port. */
export async function serveDir(dir: string): Promise<Served> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}

/** Console errors and uncaught page errors, collected for a final `expect(errors).toEqual([])`. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * Where browser tests put their pictures: docs/screenshots only when the explicit
 * `npm run screenshots` asks for them (CCHC_SCREENSHOTS=1), else a temporary folder, so that
 * `npm test` leaves the working tree clean.
 */
export function screenshotDir(docsDir: string): string {
  if (process.env["CCHC_SCREENSHOTS"] === "1") return docsDir;
  return join(tmpdir(), "cchc-screenshots");
}
