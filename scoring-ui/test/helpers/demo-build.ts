import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const UI_ROOT = join(__dirname, "..", "..");
export const DEMO_DIR = join(UI_ROOT, "dist", "demo");

/** The built demo pane; built here when a test runs before `npm run build`. */
export function ensureDemoBuilt(): string {
  if (!existsSync(join(DEMO_DIR, "index.html"))) {
    // Jest sets NODE_ENV=test, which would build React's development bundle: build as users get it.
    execFileSync("npx", ["vite", "build"], {
      cwd: UI_ROOT,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
  }
  return DEMO_DIR;
}
