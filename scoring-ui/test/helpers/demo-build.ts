import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const UI_ROOT = join(__dirname, "..", "..");
export const DEMO_DIR = join(UI_ROOT, "dist", "demo");

/** The built demo pane; built here when a test runs before `npm run build`. */
export function ensureDemoBuilt(): string {
  if (!existsSync(join(DEMO_DIR, "index.html"))) {
    execFileSync("npx", ["vite", "build"], { cwd: UI_ROOT, stdio: "inherit" });
  }
  return DEMO_DIR;
}
