/** Runs the built `cchc` bundle as users do, building it first when missing. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const REPO = resolve(__dirname, "..", "..", "..");
export const BUNDLE = join(REPO, "cli", "dist", "cchc.mjs");

let built = false;

/** `npm test` builds before jest; a focused `npx jest cli/test` builds here once per file. */
export function ensureBundle(): void {
  if (built && existsSync(BUNDLE)) return;
  if (!existsSync(BUNDLE) || process.env["CCHC_REBUILD"] === "1") {
    const r = spawnSync(process.execPath, [join(REPO, "cli", "scripts", "build.mjs")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  }
  built = true;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cchc(args: string[], env: Record<string, string> = {}): RunResult {
  ensureBundle();
  const r = spawnSync(process.execPath, [BUNDLE, ...args], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, CCHC_DEBUG: "", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No stack trace, no Node internals: what a user must never see. */
export function looksLikeCrash(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)|node:internal|TypeError|ReferenceError|SyntaxError: /.test(text);
}

/**
 * The same command in this process (runCli with a memory console): what the bundle runs, minus
 * Node's start-up. Most cases use it; a few run the real bundle to prove the whole path.
 */
export function cchcIn(args: string[]): RunResult {
  // Imported lazily so tests that only spawn the bundle do not load the command's modules.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runCli } = require("../../src/cli") as typeof import("../../src/cli");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { memoryConsole } = require("../../src/io/console") as typeof import("../../src/io/console");
  const io = memoryConsole();
  const status = runCli(args, io);
  return { status, stdout: io.stdout.join(""), stderr: io.stderr.join("") };
}
