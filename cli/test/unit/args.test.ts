import { parseCommandArgs, requireOpt, sniffLang, intOpt } from "../../src/args/parse";
import { CliError } from "../../src/io/cli-error";
import { HELP, t } from "../../src/i18n/messages";

describe("argument parsing", () => {
  it("reads the language before parsing, so errors speak it", () => {
    expect(sniffLang(["validate", "x.xlsx", "--lang", "en"])).toBe("en");
    expect(sniffLang(["validate", "--lang=en"])).toBe("en");
    expect(sniffLang(["validate"])).toBe("vi");
    expect(sniffLang(["--lang", "fr"])).toBe("vi");
  });

  it("turns an unknown option into a one-line exit-2 error naming it", () => {
    let err: unknown;
    try {
      parseCommandArgs("validate", ["a.xlsx", "--bogus", "--lang", "en"], { json: { type: "boolean" } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(2);
    expect((err as CliError).message).toMatch(/--bogus/);
    expect((err as CliError).message).not.toMatch(/\n/);
    expect((err as CliError).message).toMatch(/See: cchc validate --help/);
  });

  it("requires named options in the user's language", () => {
    const p = parseCommandArgs("template", [], { out: { type: "string" } });
    expect(() => requireOpt(p, "out", "template")).toThrow(/Thiếu --out/);
  });

  it("accepts only small whole numbers for integer options", () => {
    const p = parseCommandArgs("template", ["--year", "20x5"], { year: { type: "string" } });
    expect(() => intOpt(p, "year", "template")).toThrow(CliError);
    const q = parseCommandArgs("template", ["--year", "2025"], { year: { type: "string" } });
    expect(intOpt(q, "year", "template")).toBe(2025);
  });
});

describe("messages", () => {
  it("has help for every command in both languages", () => {
    for (const key of Object.keys(HELP) as (keyof typeof HELP)[]) {
      expect(HELP[key].vi.length).toBeGreaterThan(50);
      expect(HELP[key].en.length).toBeGreaterThan(50);
      expect(HELP[key].vi).not.toEqual(HELP[key].en);
    }
  });

  it("fills positional arguments", () => {
    expect(t("vi", "notFound", "a.xlsx")).toBe("Không tìm thấy tệp “a.xlsx”.");
    expect(t("en", "notFound", "a.xlsx")).toBe("File “a.xlsx” not found.");
  });
});
