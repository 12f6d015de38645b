/**
 * Every panel of the Excel pane over the fake, in Vietnamese and English at 320 and 450 px,
 * written to docs/screenshots/excel-<panel>-<lang>-<width>.png; each fits its width, no console errors.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import {
  screenshotDir,
  collectConsoleErrors,
  describeBrowser,
  launchChromium,
  serveDir,
  type Served,
} from "@cchc/test-kit/browser";
import { ADDIN_ROOT, ensureBuilt, openPane } from "../helpers/pane";
import { departmentSeed, pickedFiles } from "../helpers/seeds";

const OUT = screenshotDir(join(ADDIN_ROOT, "..", "docs", "screenshots"));
const PANELS = ["check", "results", "template", "consolidate", "settings"] as const;

async function prepare(page: Page, panel: (typeof PANELS)[number], lang: "vi" | "en"): Promise<void> {
  if (panel !== "check") await page.getByTestId(`tab-${panel}`).click();
  switch (panel) {
    case "check": {
      await page.getByTestId("check-run").click();
      await page.getByTestId("verdict").waitFor();
      const closed = page.locator(".fui-AccordionHeader__button[aria-expanded=false]");
      for (let n = await closed.count(); n > 0; n--) await closed.first().click();
      return;
    }
    case "results":
      await page.getByTestId("results-write").click();
      await page.getByRole("status").waitFor();
      return;
    case "template":
      await page.getByTestId("template-set").locator("option").nth(1).waitFor({ state: "attached" });
      await page.getByTestId("template-set").selectOption({ index: 1 });
      await page.getByTestId("template-unit").fill(lang === "vi" ? "Sở Tư pháp" : "Department of Justice");
      return;
    case "consolidate":
      await page.getByTestId("consolidate-files").setInputFiles(pickedFiles());
      await page.getByTestId("consolidate-run").click();
      await page.getByTestId("ranking").waitFor({ timeout: 60000 });
      return;
    case "settings":
      await page.getByTestId("settings-sheet").locator("option").nth(1).waitFor({ state: "attached" });
      return;
  }
}

describeBrowser("screenshots of every Excel panel", () => {
  let browser: Browser;
  let served: Served;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    served = await serveDir(ensureBuilt());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  // One test per picture: the machine is shared, and a slow panel should not time out the rest.
  for (const lang of ["vi", "en"] as const)
    for (const width of [320, 450])
      for (const panel of PANELS)
        it(`${panel}, ${lang}, ${width}px`, async () => {
          const page = await openPane(
            browser,
            served.url,
            departmentSeed(lang === "vi" ? "vi-VN" : "en-US"),
            width,
          );
          const errors = collectConsoleErrors(page);
          try {
            await prepare(page, panel, lang);
            await page.waitForTimeout(300); // let transitions settle before the picture
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow).toBeLessThanOrEqual(0);
            await page.screenshot({ path: join(OUT, `excel-${panel}-${lang}-${width}.png`), fullPage: true });
          } finally {
            await page.close();
          }
          expect(errors).toEqual([]);
        }, 120000);
});
