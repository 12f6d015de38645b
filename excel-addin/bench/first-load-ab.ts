/**
 * A/B of two built Excel panes (e.g. main's and a branch's dist/) in headless Chromium, 4× CPU
 * throttling, alternating A and B in one run: time until the Kiểm tra button is in the page, and
 * from the click on Kiểm tra to the verdict. Run from the workspace folder:
 *   TSX_TSCONFIG_PATH=../tsconfig.base.json node --import tsx bench/first-load-ab.ts <distA> <distB> [rounds]
 */
import "./no-jest";
import { loadavg } from "node:os";
import { launchChromium, serveDir } from "@cchc/test-kit/browser";
import { openPane } from "../test/helpers/pane";
import { departmentSeed } from "../test/helpers/seeds";

const MARK = `new MutationObserver((_, obs) => {
  if (document.querySelector("[data-testid=check-run]")) { window.__tti = performance.now(); obs.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

type W = { __tti?: number };

async function once(url: string, rate: number): Promise<[number, number]> {
  const browser = await launchChromium();
  try {
    const page = await openPane(browser, url, departmentSeed(), 320, async (pg) => {
      const cdp = await pg.context().newCDPSession(pg);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      await pg.addInitScript({ content: MARK });
    });
    await page.waitForFunction(() => typeof (window as unknown as W).__tti === "number");
    const tti = await page.evaluate(() => (window as unknown as W).__tti!);
    const t0 = await page.evaluate(() => performance.now());
    await page.getByTestId("check-run").click();
    await page.getByTestId("verdict").waitFor();
    const t1 = await page.evaluate(() => performance.now());
    return [tti, t1 - t0];
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const [a, b, roundsArg] = process.argv.slice(2);
  if (!a || !b) throw new Error("usage: first-load-ab.ts <distA> <distB> [rounds]");
  const rounds = Number(roundsArg ?? 5);
  const servers = [await serveDir(a), await serveDir(b)];
  const res: [number, number][][] = [[], []];
  try {
    for (let r = 0; r < rounds; r++)
      for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) res[i]!.push(await once(servers[i]!.url, 4));
  } finally {
    for (const s of servers) await s.close();
  }
  console.log(
    `load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" / ")}; ${rounds} rounds, 4× CPU throttling`,
  );
  for (const [i, name] of [a, b].entries()) {
    const tti = res[i]!.map((x) => x[0]);
    const check = res[i]!.map((x) => x[1]);
    console.log(
      `${name}\tinteractive ${tti.map((x) => x.toFixed(0)).join(", ")} ms (median ${median(tti).toFixed(0)})` +
        `\tclick→verdict ${check.map((x) => x.toFixed(0)).join(", ")} ms (median ${median(check).toFixed(0)})`,
    );
  }
}

await main();
