/**
 * What the console prints stays readable and harmless (issue #14): terminal control characters
 * read from cells are removed, long cells are cut, and a value starting with a dash is a value.
 */
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { runCli } from "../../src/cli";
import { memoryConsole } from "../../src/io/console";
import { cellText, stripControls } from "../../src/io/terminal-text";
import { put, tempDir } from "../support/files";
import { sampleUnitSheet, workbookBytes } from "../support/inputs";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import { readFileSync } from "node:fs";

const ESC = "\u001b";

describe("terminal text", () => {
  it("removes escape sequences, controls and bidi overrides, and cuts long cells", () => {
    expect(cellText(`${ESC}[2J${ESC}]0;pwned\u0007Sở\u202e Y tế\u009b31m\r\nx`)).toBe("Sở Y tế31m x");
    expect(cellText("a".repeat(100), 10)).toBe(`${"a".repeat(9)}…`);
    expect(stripControls(`\rĐang xử lý 1/2${ESC}[31m\n`)).toBe("\rĐang xử lý 1/2\n");
  });

  it("validate prints a hostile score cell on one clean, short line", () => {
    const ws = sampleUnitSheet({ unit: "Sở Y tế", unitType: "department", seed: 1 });
    const hostile = `${ESC}[2J${ESC}]0;owned${"\u0007"}đạt${"x".repeat(5000)}`;
    const dense = (ws as XLSX.DenseSheet)["!data"];
    if (dense) dense[9]![3] = { t: "s", v: hostile };
    else ws["D10"] = { t: "s", v: hostile };
    const file = put(tempDir("cchc-term-"), "so-y-te.xlsx", workbookBytes([["Tự chấm", ws]]));
    const io = memoryConsole();
    expect(runCli(["validate", file, "--lang", "en"], io)).toBe(1);
    const out = io.stdout.join("");
    expect(out).toContain("number-invalid");
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const line = out.split("\n").find((l) => l.includes("number-invalid"))!;
    expect(line.length).toBeLessThan(400);
  });
});

describe("values that start with a dash", () => {
  it("template --unit -2+3 takes -2+3 as the unit's name", () => {
    const out = join(tempDir("cchc-dash-"), "t.xlsx");
    const io = memoryConsole();
    const code = runCli(
      ["template", "--framework", "sample-commune-2025", "--unit", "-2+3", "--out", out],
      io,
    );
    expect(io.stderr.join("")).toBe("");
    expect(code).toBe(0);
    const r = readWorkbookGrids(new Uint8Array(readFileSync(out)), XLSX);
    if (!r.ok) throw new Error(r.message.en);
    const texts = r.grids.flatMap((g) => g.values.flat()).filter((v) => typeof v === "string");
    expect(texts.some((v) => v.includes("-2+3"))).toBe(true);
  });

  it("still treats a real option after a value-taking option as an error, not a value", () => {
    const io = memoryConsole();
    expect(runCli(["template", "--framework", "sample-commune-2025", "--unit", "--out", "x.xlsx"], io)).toBe(
      2,
    );
  });
});
