/**
 * No output ever replaces an input (issue #14): `validate --report`, `rank --out` and
 * `template --out` refuse every path given as an input, ask for --force before replacing a file
 * cchc did not write, and replace their own earlier output. Write failures read as sentences.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../src/cli";
import { memoryConsole } from "../../src/io/console";
import { writeFailure } from "../../src/io/write-output";
import { hashes, put, tempDir } from "../support/files";
import { notesWorkbook, sampleUnitWorkbook } from "../support/inputs";

const SET = join(__dirname, "..", "..", "samples", "bo-tieu-chi", "sample-department-2025.json");

function setup() {
  const dir = tempDir("cchc-protect-");
  const set = join(dir, "bo.json");
  copyFileSync(SET, set);
  const units = join(dir, "don-vi");
  mkdirSync(units);
  const unit = put(units, "so-y-te.xlsx", sampleUnitWorkbook({ unit: "Sở Y tế", unitType: "department" }));
  return { dir, set, units, unit };
}

function run(args: string[]) {
  const io = memoryConsole();
  const code = runCli([...args, "--lang", "en"], io);
  return { code, out: io.stdout.join(""), err: io.stderr.join("") };
}

describe("no output replaces an input", () => {
  it("refuses --report, --out and template --out naming the criteria set given with --framework", () => {
    const { set, units, unit } = setup();
    const before = hashes([set, unit]);
    const tries = [
      ["validate", unit, "--framework", set, "--report", set],
      ["rank", units, "--framework", set, "--out", set, "--quiet"],
      ["template", "--framework", set, "--unit", "Sở Y tế", "--out", set],
      // Not even with --force.
      ["rank", units, "--framework", set, "--out", set, "--quiet", "--force"],
    ];
    for (const args of tries) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/Will not overwrite the input file/);
    }
    expect(hashes([set, unit])).toEqual(before);
  });

  it("refuses the units list and a unit's workbook as the output", () => {
    const { dir, units, unit } = setup();
    const list = put(dir, "ds.xlsx", notesWorkbook());
    const before = hashes([list, unit]);
    expect(run(["rank", units, "--units", list, "--out", list, "--quiet"]).code).toBe(2);
    expect(run(["rank", units, "--out", unit, "--quiet", "--force"]).code).toBe(2);
    expect(run(["validate", unit, "--report", unit]).code).toBe(2);
    expect(hashes([list, unit])).toEqual(before);
  });

  it("asks for --force before replacing a file cchc did not write, then replaces it", () => {
    const { dir, units } = setup();
    const theirs = put(dir, "xep-hang.xlsx", notesWorkbook());
    const notes = put(dir, "ghi-chu.txt", "do not lose me");
    const before = hashes([theirs, notes]);
    const r = run(["rank", units, "--out", theirs, "--quiet"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/already exists and was not written by cchc.*--force/);
    expect(run(["template", "--framework", SET, "--unit", "X", "--out", notes]).code).toBe(2);
    expect(hashes([theirs, notes])).toEqual(before);
    expect(run(["rank", units, "--out", theirs, "--quiet", "--force"]).code).toBe(0);
    expect(hashes([theirs])).not.toEqual({ [theirs]: before[theirs] });
  });

  it("replaces its own earlier output without asking, also inside a scanned folder", () => {
    const { dir, units, unit } = setup();
    const out = join(units, "xep-hang.xlsx");
    expect(run(["rank", units, "--out", out, "--quiet"]).code).toBe(0);
    // The earlier ranking sits in the folder being ranked: it is neither an input nor refused.
    const again = run(["rank", units, "--out", out, "--json", "--quiet"]);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.out) as { failed: unknown[] }).failed).toEqual([]);
    const report = join(dir, "phan-hoi.xlsx");
    expect(run(["validate", unit, "--report", report]).code).not.toBe(2);
    expect(run(["validate", unit, "--report", report]).code).not.toBe(2);
    const table = join(dir, "bang.xlsx");
    expect(run(["template", "--framework", SET, "--unit", "X", "--out", table]).code).toBe(0);
    expect(run(["template", "--framework", SET, "--unit", "Y", "--out", table]).code).toBe(0);
  });

  it("refuses a folder as the output", () => {
    const { dir, units } = setup();
    const r = run(["rank", units, "--out", dir, "--quiet"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is a folder/);
  });
});

describe("write failures", () => {
  it("are told in Vietnamese, without the temporary file's name", () => {
    expect(writeFailure({ code: "ENOSPC" }, "vi")).toBe(
      "ổ đĩa đã đầy (hãy giải phóng dung lượng hoặc chọn ổ đĩa khác)",
    );
    expect(writeFailure({ code: "EACCES" }, "vi")).toMatch(/không có quyền ghi/);
    expect(writeFailure({ code: "EROFS" }, "vi")).toMatch(/chỉ cho phép đọc/);
    expect(writeFailure({ code: "EBUSY" }, "vi")).toMatch(/đang được mở/);
    const { dir, unit } = setup();
    const blocker = join(dir, "tep");
    writeFileSync(blocker, "x");
    const r = run(["validate", unit, "--report", join(blocker, "sub", "r.xlsx"), "--lang", "vi"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Không ghi được tệp/);
    expect(r.err).not.toMatch(/\.tmp|ENOTDIR|EEXIST|errno/);
    expect(readFileSync(blocker, "utf8")).toBe("x");
  });
});
