/**
 * Every bad input from the issue: a clear one-line message, the right exit code, no crash, and
 * the input's bytes unchanged.
 */
import { join } from "node:path";
import { cchc, cchcIn, looksLikeCrash, type RunResult } from "../support/bundle";
import { hashOf, put, tempDir } from "../support/files";
import {
  bigWorkbook,
  CSV_TEXT,
  emptyWorkbook,
  encryptedBytes,
  notesWorkbook,
  sampleUnitWorkbook,
  twoCandidates,
  xlsBytes,
  zipBomb,
} from "../support/inputs";
import { ValidateJsonSchema } from "../../src/json/contract";

const dir = tempDir("cchc-bad-");

/** Validates `bytes` saved as `name`; `spawn` runs the real bundle instead of the same code in-process. */
function run(
  name: string,
  bytes: Uint8Array | string,
  args: string[] = [],
  spawn = false,
): RunResult & { json: unknown } {
  const file = put(dir, name, bytes);
  const before = hashOf(file);
  const r = (spawn ? cchc : cchcIn)(["validate", file, ...args]);
  expect(hashOf(file)).toBe(before);
  expect(looksLikeCrash(r.stdout + r.stderr)).toBe(false);
  let json: unknown = null;
  if (args.includes("--json") && r.stdout.trim().startsWith("{")) json = JSON.parse(r.stdout);
  return { ...r, json };
}

function unreadable(r: RunResult, pattern: RegExp): void {
  expect(r.status).toBe(2);
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stdout).toBe("");
}

function codes(json: unknown): string[] {
  return ValidateJsonSchema.parse(json).issues.map((i) => i.code);
}

describe("bad input", () => {
  it("an empty workbook: no scoring table, exit 1", () => {
    const r = run("trong.xlsx", emptyWorkbook());
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Không tìm thấy bảng chấm điểm/);
  });

  it("a workbook with no scoring sheet: exit 1, one clear line", () => {
    const r = run("ghi-chu.xlsx", notesWorkbook(), ["--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/No scoring table in/);
  });

  it("two candidate sheets: says which one was used", () => {
    const r = run("hai-trang.xlsx", twoCandidates());
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toMatch(/Trang tính: (Tự chấm 2025|Bản nháp)/);
    expect(r.stdout).toContain("Tệp có nhiều trang giống bảng chấm điểm");
    const j = run("hai-trang-2.xlsx", twoCandidates(), ["--sheet", "Bản nháp", "--json"]);
    expect(ValidateJsonSchema.parse(j.json).sheet).toBe("Bản nháp");
    // rank says it too, on stderr, naming the file.
    const ranked = cchcIn([
      "rank",
      join(dir, "hai-trang.xlsx"),
      "--out",
      join(dir, "hai-trang-xep-hang.xlsx"),
      "--quiet",
    ]);
    expect(ranked.status).toBe(0);
    expect(ranked.stderr).toMatch(/^hai-trang\.xlsx: Tệp có nhiều trang/m);
  });

  it("renamed headers (TT, Thang điểm, Điểm tự chấm, TLKC) read the same totals", () => {
    const a = run(
      "tieu-de-1.xlsx",
      sampleUnitWorkbook({ unit: "Sở Nội vụ", unitType: "department", seed: 5 }),
      ["--json"],
    );
    const b = run(
      "tieu-de-2.xlsx",
      sampleUnitWorkbook({
        unit: "Sở Nội vụ",
        unitType: "department",
        seed: 5,
        variation: { altHeaders: true, mergedHeader: true },
      }),
      ["--json"],
    );
    expect(ValidateJsonSchema.parse(b.json).totals).toEqual(ValidateJsonSchema.parse(a.json).totals);
  });

  it("a deleted row is reported against the criteria set", () => {
    const r = run(
      "xoa-dong.xlsx",
      sampleUnitWorkbook({ unit: "Sở Tài chính", unitType: "department", variation: { deletedLeaf: 2 } }),
      ["--framework", "sample-department-2025", "--json"],
    );
    expect(codes(r.json).some((c) => c === "criterion-missing" || c === "numbering-gap")).toBe(true);
  });

  it("text in a score cell: number-invalid naming the cell, exit 1", () => {
    const r = run(
      "chu.xlsx",
      sampleUnitWorkbook({ unit: "Sở Xây dựng", unitType: "department", variation: { textScoreLeaf: 1 } }),
      ["--json"],
    );
    expect(r.status).toBe(1);
    const issue = ValidateJsonSchema.parse(r.json).issues.find((i) => i.code === "number-invalid");
    expect(issue?.cell).toMatch(/^D\d+$/);
  });

  it("formula errors: formula-error, exit 1", () => {
    const r = run(
      "loi-cong-thuc.xlsx",
      sampleUnitWorkbook({
        unit: "Sở Y tế",
        unitType: "department",
        variation: { formulaErrorLeaf: { leaf: 1, error: "#REF!" } },
      }),
      ["--json"],
    );
    expect(r.status).toBe(1);
    expect(codes(r.json)).toContain("formula-error");
  });

  it("huge numbers: an error, finite JSON, no crash", () => {
    const r = run(
      "so-lon.xlsx",
      sampleUnitWorkbook({ unit: "Sở Công Thương", unitType: "department", variation: { overMaxLeaf: 0 } }),
      ["--json"],
    );
    expect(r.status).toBe(1);
    expect(codes(r.json)).toContain("score-exceeds-max");
    const big = run(
      "so-rat-lon.xlsx",
      sampleUnitWorkbook({
        unit: "Sở Công Thương",
        unitType: "department",
        variation: { overrideLeaf: { leaf: 0, value: 1e300 } },
      }),
      ["--json"],
    );
    expect(big.status).toBe(1);
    const json = ValidateJsonSchema.parse(big.json);
    for (const x of Object.values(json.totals)) if (x !== null) expect(Number.isFinite(x)).toBe(true);
  });

  it("a 10 MB workbook is read (or refused) in one line, never a crash", () => {
    const r = run("lon-10mb.xlsx", bigWorkbook(10));
    expect([0, 1, 2]).toContain(r.status);
    if (r.status === 2) expect(r.stderr.trim().split("\n")).toHaveLength(1);
    else expect(r.stdout).toContain("Tổng điểm theo lĩnh vực");
  });

  it("a zip bomb is refused before inflating: exit 2", () => {
    unreadable(run("bom.xlsx", zipBomb(), [], true), /Không đọc được tệp/);
  });

  it("a password-protected workbook: exit 2, says it is encrypted", () => {
    unreadable(
      run("mat-khau.xlsx", encryptedBytes(), ["--lang", "en"], true),
      /Cannot read .*(password|encrypt)/i,
    );
  });

  it("an .xls renamed .xlsx: exit 2", () => {
    unreadable(run("cu.xlsx", xlsBytes()), /Không đọc được tệp/);
  });

  it("a .csv renamed .xlsx: exit 2", () => {
    unreadable(run("csv.xlsx", CSV_TEXT, [], true), /Không đọc được tệp/);
  });

  it("a corrupt zip and a missing file: exit 2", () => {
    const good = sampleUnitWorkbook({ unit: "Sở Nội vụ", unitType: "department" });
    unreadable(run("hong.xlsx", good.slice(0, good.length >> 1)), /Không đọc được tệp/);
    unreadable(cchcIn(["validate", join(dir, "khong-co.xlsx")]), /Không tìm thấy tệp/);
  });

  it("a unit name beginning with = stays text", () => {
    const r = run("bang.xlsx", sampleUnitWorkbook({ unit: "=UBND xã Tây Sơn", unitType: "commune" }), [
      "--json",
    ]);
    expect([0, 1]).toContain(r.status);
    const unit = ValidateJsonSchema.parse(r.json).unit;
    if (unit !== null) expect(unit.replace(/^'/, "")).toMatch(/^=?UBND xã Tây Sơn$/i);
  });

  it("bad arguments: exit 2, one line", () => {
    const r = cchc(["validate", "--nope"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(cchcIn(["validate"]).status).toBe(2);
  });
});
