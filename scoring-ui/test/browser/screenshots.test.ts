/**
 * Every panel in Vietnamese and English at 320 and 450 px, written to docs/screenshots for
 * people to look at; each must fit its width (no sideways scrolling) with no console errors.
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
import { ensureDemoBuilt, UI_ROOT } from "../helpers/demo-build";

const OUT = screenshotDir(join(UI_ROOT, "..", "docs", "screenshots"));
const PANELS = ["check", "results", "template", "consolidate", "settings"] as const;
const LANGS = ["vi", "en"] as const;
const WIDTHS = [320, 450] as const;

const xlsx = (name: string, bytes = 16) => ({
  name,
  mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  buffer: Buffer.alloc(bytes, 1),
});

/** Brings a panel to the state worth looking at (results shown, form filled). */
async function prepare(page: Page, panel: (typeof PANELS)[number], lang: "vi" | "en"): Promise<void> {
  switch (panel) {
    case "check": {
      await page.getByTestId("check-run").click();
      await page.getByTestId("verdict").waitFor();
      // Open every severity group.
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
      await page
        .getByTestId("consolidate-files")
        .setInputFiles([
          xlsx("Sở Tư pháp.xlsx"),
          xlsx("Sở Nội vụ.xlsx"),
          xlsx("Sở Tài chính.xlsx"),
          xlsx("Sở Y tế.xlsx"),
          xlsx("Sở Xây dựng.xlsx"),
          xlsx("Sở Giáo dục và Đào tạo.xlsx"),
          xlsx("Sở Công Thương - lỗi.xlsx", 0),
        ]);
      await page.getByTestId("consolidate-run").click();
      await page.getByTestId("ranking").waitFor();
      return;
    case "settings":
      await page.getByTestId("settings-sheet").locator("option").nth(1).waitFor({ state: "attached" });
      return;
  }
}

describeBrowser("screenshots of every panel", () => {
  let browser: Browser;
  let served: Served;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    served = await serveDir(ensureDemoBuilt());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      it(`${lang} at ${width} px`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 700 } });
        const errors = collectConsoleErrors(page);
        try {
          for (const panel of PANELS) {
            await page.goto(`${served.url}?latency=0&perFile=0&lang=${lang}&panel=${panel}`);
            await page.getByTestId(`panel-${panel}`).waitFor();
            await prepare(page, panel, lang);
            await page.waitForTimeout(300); // let Fluent's motion settle before the picture
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect({ panel, overflow }).toEqual({ panel, overflow: 0 });
            // Every button and tab has a name a screen reader can say.
            const unnamed = await page.evaluate(() =>
              [...document.querySelectorAll("button, [role=tab], input:not([type=file]), select")]
                .filter((e) => {
                  const label = e.getAttribute("aria-label") ?? "";
                  const by = e.getAttribute("aria-labelledby");
                  const labelled = by
                    ? by.split(" ").some((id) => document.getElementById(id)?.textContent?.trim())
                    : false;
                  const forLabel = e.id
                    ? document.querySelector(`label[for="${e.id}"]`)?.textContent?.trim()
                    : "";
                  return !(label.trim() || labelled || forLabel || (e.textContent ?? "").trim());
                })
                .map((e) => e.outerHTML.slice(0, 80)),
            );
            expect({ panel, unnamed }).toEqual({ panel, unnamed: [] });
            await page.screenshot({ path: join(OUT, `ui-${panel}-${lang}-${width}.png`), fullPage: true });
          }
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
