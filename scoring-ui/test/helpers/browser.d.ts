import { type Browser, type Page } from "playwright-core";
export declare const CHROMIUM_PATH = "/usr/bin/chromium";
/** True when browser tests can run here; logs why not otherwise. CI without Chromium throws. */
export declare function browserAvailable(): boolean;
/** `describe` that runs only where Chromium is available. */
export declare const describeBrowser: jest.Describe;
export declare function launchChromium(): Promise<Browser>;
export interface Served {
  /** Base URL ending in "/". */
  url: string;
  close: () => Promise<void>;
}
/** A tiny static server for a built folder on 127.0.0.1 and a free port. */
export declare function serveDir(dir: string): Promise<Served>;
/** Console errors and uncaught page errors, collected for a final `expect(errors).toEqual([])`. */
export declare function collectConsoleErrors(page: Page): string[];
