/**
 * The fake as the browser sees it: installs `Office` and `Excel` globals over a FakeExcelHost
 * seeded from `window.__CCHC_SEED` (set by the test before the page loads). Bundled by esbuild
 * in the browser tests and served in place of Microsoft's office.js.
 */
import type { Grid } from "@cchc/scoring-core";
import { FakeExcelHost } from "./host";

interface Seed {
  displayLanguage: string;
  apiVersion?: string;
  sheets: Grid[];
  active?: string;
}

declare global {
  interface Window {
    __CCHC_SEED?: Seed;
    __fake?: FakeExcelHost;
  }
}

const seed: Seed = window.__CCHC_SEED ?? { displayLanguage: "vi-VN", sheets: [] };
const host = new FakeExcelHost({ apiVersion: seed.apiVersion ?? "1.17" });
for (const grid of seed.sheets) {
  const sheet = host.model.addSheet(grid.sheet);
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = grid.formulas?.[r]?.[c] ?? null;
      sheet.set(r, c, { value: v, formula: f && f.startsWith("=") ? f : null });
    }),
  );
  for (const m of grid.merges ?? []) sheet.merges.push({ ...m });
}
if (seed.active) host.model.activeId = host.model.sheet(seed.active).id;
window.__fake = host;

const info = { host: "Excel", platform: "OfficeOnline" };
const office = {
  onReady(callback?: (i: typeof info) => void) {
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: seed.displayLanguage,
    requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) },
    document: {
      get settings() {
        return host.settings;
      },
    },
  },
  actions: { associate: () => undefined },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
};
Object.assign(window, {
  Office: office,
  Excel: { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => host.run(batch) },
});
