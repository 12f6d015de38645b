/** Temporary folders and input hashes: the command must never modify an input. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function tempDir(prefix = "cchc-e2e-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function put(dir: string, name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

export function hashOf(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export function hashes(paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((p) => [p, hashOf(p)]));
}
