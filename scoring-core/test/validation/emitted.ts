/**
 * Records which issue codes tests emit, so the catalogue test can check every code is exercised.
 * Each test file appends to a file under the OS temp dir (jest runs files in separate workers).
 */
import { appendFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const EMITTED_DIR = join(tmpdir(), "cchc-emitted-codes");

export function recordEmitted(issues: readonly { code: string }[]): void {
  if (issues.length === 0) return;
  mkdirSync(EMITTED_DIR, { recursive: true });
  appendFileSync(
    join(EMITTED_DIR, `${process.pid}.txt`),
    [...new Set(issues.map((i) => i.code))].join("\n") + "\n",
  );
}
