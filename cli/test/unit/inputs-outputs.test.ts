import { mkdtempSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listInputs } from "../../src/io/list-inputs";
import { assertNotInput, writeOutput, writeOutputStreamed } from "../../src/io/write-output";
import { readBytes, MAX_FILE_BYTES } from "../../src/io/read-bytes";
import { CliError } from "../../src/io/cli-error";
import { Progress } from "../../src/progress/progress";
import { memoryConsole } from "../../src/io/console";

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "cchc-io-"));
}

describe("listing inputs", () => {
  it("walks folders for .xlsx in a stable order, skips lock files and excluded side files", () => {
    const d = tmp();
    mkdirSync(join(d, "b"));
    for (const f of ["z.xlsx", "a.XLSX", "~$a.xlsx", "notes.txt", "units.xlsx", "b/c.xlsx"])
      writeFileSync(join(d, f), "x");
    const { files, missing } = listInputs([d, join(d, "gone.xlsx")], [join(d, "units.xlsx")]);
    expect(files.map((f) => f.slice(d.length + 1))).toEqual(["a.XLSX", "b/c.xlsx", "z.xlsx"]);
    expect(missing).toEqual([join(d, "gone.xlsx")]);
  });

  it("keeps a file named explicitly whatever its extension (it is then reported, not ignored)", () => {
    const d = tmp();
    writeFileSync(join(d, "data.txt"), "a,b");
    expect(listInputs([join(d, "data.txt"), join(d, "data.txt")]).files).toEqual([join(d, "data.txt")]);
  });

  it("reads .xlsm like .xlsx and lists .xls, .ods and .csv as unsupported, named or found", () => {
    const d = tmp();
    for (const f of ["a.xlsx", "b.xlsm", "c.xls", "d.ods", "e.csv", "notes.txt"])
      writeFileSync(join(d, f), "x");
    const r = listInputs([d]);
    expect(r.files).toEqual([join(d, "a.xlsx"), join(d, "b.xlsm")]);
    expect(r.unsupported).toEqual([join(d, "c.xls"), join(d, "d.ods"), join(d, "e.csv")]);
    expect(listInputs([join(d, "e.csv"), join(d, "e.csv")]).unsupported).toEqual([join(d, "e.csv")]);
  });
});

describe("writing outputs", () => {
  it("refuses an output that is one of the inputs, also through a relative path or a link", () => {
    const d = tmp();
    const input = join(d, "unit.xlsx");
    writeFileSync(input, "x");
    symlinkSync(input, join(d, "link.xlsx"));
    expect(() => assertNotInput(input, [input], "vi")).toThrow(CliError);
    expect(() => assertNotInput(join(d, ".", "unit.xlsx"), [input], "en")).toThrow(/Will not overwrite/);
    expect(() => assertNotInput(join(d, "link.xlsx"), [input], "vi")).toThrow(/Không ghi đè/);
    expect(() => assertNotInput(join(d, "out.xlsx"), [input], "vi")).not.toThrow();
  });

  it("creates folders and replaces the file whole", () => {
    const d = tmp();
    const out = join(d, "x", "y", "r.json");
    writeOutput(out, "one", "vi");
    writeOutput(out, "two", "vi");
    expect(readFileSync(out, "utf8")).toBe("two");
  });

  it("reports an unwritable path as a one-line exit-2 error", () => {
    const d = tmp();
    writeFileSync(join(d, "file"), "x");
    let err: unknown;
    try {
      writeOutput(join(d, "file", "sub", "r.xlsx"), "x", "en");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(2);
    expect((err as CliError).message).toMatch(/^Cannot write/);
  });

  it("writes a streamed output piece by piece, replacing the file only once it is complete", () => {
    const d = tmp();
    const out = join(d, "x", "r.xlsx");
    writeOutputStreamed(out, (write) => ["ab", "", "cd"].forEach((p) => write(Buffer.from(p))), "vi");
    expect(readFileSync(out, "utf8")).toBe("abcd");
    // Making the bytes fails half-way: its error as it came, the old file kept, no temporary left.
    const boom = new Error("boom");
    expect(() =>
      writeOutputStreamed(
        out,
        (write) => {
          write(Buffer.from("half"));
          throw boom;
        },
        "vi",
      ),
    ).toThrow(boom);
    expect(readFileSync(out, "utf8")).toBe("abcd");
    expect(readdirSync(join(d, "x"))).toEqual(["r.xlsx"]);
    // An unwritable path: the same one-line exit-2 error as writeOutput's, nothing made.
    writeFileSync(join(d, "file"), "x");
    let err: unknown;
    let made = false;
    try {
      writeOutputStreamed(join(d, "file", "r.xlsx"), () => (made = true), "en");
    } catch (e) {
      err = e;
    }
    expect(made).toBe(false);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(2);
    expect((err as CliError).message).toMatch(/^Cannot write/);
  });
});

describe("reading inputs", () => {
  it("names a missing file and a folder without reading them", () => {
    const d = tmp();
    expect(readBytes(join(d, "none.xlsx"), "vi")).toEqual({
      ok: false,
      error: `Không tìm thấy tệp “${join(d, "none.xlsx")}”.`,
      modified: null,
    });
    const r = readBytes(d, "en");
    expect(r.ok).toBe(false);
  });

  it("caps the file size well above any real scoring workbook", () => {
    expect(MAX_FILE_BYTES).toBeGreaterThanOrEqual(20 * 1024 * 1024);
  });
});

describe("progress", () => {
  it("prints a line every N files when stderr is not a terminal", () => {
    const io = memoryConsole();
    const p = new Progress(io, 60, "en", true, 25);
    for (let i = 0; i < 60; i++) p.step(i, `f${i}.xlsx`);
    p.end();
    expect(io.stderr).toEqual([
      "Processing 1/60: f0.xlsx\n",
      "Processing 26/60: f25.xlsx\n",
      "Processing 51/60: f50.xlsx\n",
      "Processing 60/60: f59.xlsx\n",
    ]);
  });

  it("rewrites one line with \\r on a terminal and clears it at the end", () => {
    const io = { ...memoryConsole(), errIsTTY: true };
    const lines: string[] = [];
    io.err = (s: string) => void lines.push(s);
    const p = new Progress(io, 2, "vi");
    p.step(0, "a.xlsx");
    p.step(1, "b.xlsx");
    p.end();
    expect(lines.every((l) => l.startsWith("\r") && !l.includes("\n"))).toBe(true);
    expect(lines[1]).toContain("Đang xử lý 2/2: b.xlsx");
  });

  it("stays silent when disabled", () => {
    const io = memoryConsole();
    const p = new Progress(io, 3, "vi", false);
    p.step(0, "a");
    p.end();
    expect(io.stderr).toEqual([]);
  });
});
