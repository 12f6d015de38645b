/**
 * Real-client checks: converts files with LibreOffice (headless) in ONE run per batch, since
 * LibreOffice takes seconds to start and the machine has 2 cores. Each run uses a fresh profile
 * in which "recalculate on load" is set to always for OOXML and ODF files, so formula values in
 * the converted files are LibreOffice's own results, not the cached ones we wrote (or did not).
 *
 * Tests that need LibreOffice call `libreOfficeOrSkip()`: without `soffice` on PATH they are
 * skipped with a console note, except in CI (`process.env.CI`), where they must run.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

export type ConvertFormat = "xlsx" | "csv" | "ods" | "pdf";

/**
 * LibreOffice's export filters: csv as UTF-8 (76), comma-separated, double quotes. No shell runs
 * the command, so the filter names carry no quotes (quoted names fail with "verify input parameters").
 */
const FILTERS: Record<ConvertFormat, string> = {
  xlsx: "xlsx:Calc MS Excel 2007 XML",
  csv: "csv:Text - txt - csv (StarCalc):44,34,76,1",
  ods: "ods",
  pdf: "pdf",
};

/** 0 = always recalculate, 1 = never, 2 = ask (org.openoffice.Office.Calc/Formula/Load). */
const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, "soffice");
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** True when LibreOffice tests should run; logs why when they are skipped. Throws in CI without soffice. */
export function libreOfficeOrSkip(what: string): boolean {
  if (findSoffice()) return true;
  if (process.env.CI)
    throw new Error(`${what}: soffice is not on PATH, and CI requires the LibreOffice checks`);
  console.warn(
    `${what}: skipped — LibreOffice (soffice) is not on PATH. Install libreoffice-calc-nogui and libreoffice-writer-nogui to run it.`,
  );
  return false;
}

export interface ConvertResult {
  /** Converted files, in the order of the inputs (missing ones were not produced). */
  outputs: string[];
  stdout: string;
  stderr: string;
}

/**
 * Converts every file in one soffice run. Output names are the input names with the new
 * extension, so `outDir` must differ from the inputs' folder when converting xlsx to xlsx.
 */
export function convertWithLibreOffice(
  files: string[],
  outDir: string,
  format: ConvertFormat,
  options: { timeoutMs?: number } = {},
): Promise<ConvertResult> {
  const soffice = findSoffice();
  if (!soffice) return Promise.reject(new Error("soffice is not on PATH"));
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "cchc-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS_XCU);
  const args = [
    "--headless",
    "--norestore",
    "--nolockcheck",
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--convert-to",
    FILTERS[format],
    "--outdir",
    outDir,
    ...files,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      soffice,
      args,
      { timeout: options.timeoutMs ?? 120_000, killSignal: "SIGKILL" },
      (err, stdout, stderr) => {
        rmSync(profile, { recursive: true, force: true });
        if (err) {
          reject(new Error(`LibreOffice failed: ${err.message}\n${stderr}`));
          return;
        }
        const produced = new Set(readdirSync(outDir));
        const outputs = files
          .map((f) => `${basename(f, extname(f))}.${format}`)
          .filter((name) => produced.has(name))
          .map((name) => join(outDir, name));
        resolve({ outputs, stdout, stderr });
      },
    );
  });
}
