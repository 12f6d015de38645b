/**
 * Every command that writes a file refuses to replace one cchc did not write (exit 2, a
 * Vietnamese sentence naming it, the file untouched), replaces it with --force, and replaces its
 * own earlier output without asking: the criteria set JSON, the Word report, the survey points,
 * the trend and plan workbooks.
 */
import { join } from "node:path";
import { cchc, looksLikeCrash } from "../support/bundle";
import { hashOf, put, tempDir } from "../support/files";

const REPO = join(__dirname, "..", "..", "..");
const SAMPLES = join(REPO, "cli", "samples");
const dir = tempDir("cchc-protect-");
const ranking = join(dir, "xep-hang.xlsx");

const commands: Record<string, (out: string) => string[]> = {
  framework: (out) => ["framework", join(SAMPLES, "phu-luc", "phu-luc-01-so-ban-nganh.xlsx"), "--out", out],
  survey: (out) => [
    "survey",
    join(SAMPLES, "dieu-tra", "tra-loi-truc-tuyen-so-ban-nganh.xlsx"),
    "--design",
    join(SAMPLES, "dieu-tra", "thiet-ke-phieu.xlsx"),
    "--out",
    out,
  ],
  trend: (out) => ["trend", ranking, "--out", out],
  plan: (out) => ["plan", ranking, "--out", out],
  "rank --report": (out) => [
    "rank",
    join(SAMPLES, "don-vi", "so-ban-nganh"),
    "--out",
    join(dir, "xep-hang-2.xlsx"),
    "--report",
    out,
    "--quiet",
  ],
};
const extension: Record<string, string> = { framework: ".json", "rank --report": ".docx" };

beforeAll(() => {
  const r = cchc(["rank", join(SAMPLES, "don-vi", "so-ban-nganh"), "--out", ranking, "--quiet"]);
  expect(looksLikeCrash(r.stderr)).toBe(false);
});

describe.each(Object.keys(commands))("%s --out over a file cchc did not write", (name) => {
  it("is refused without --force, replaced with it, and its own output is replaced freely", () => {
    const out = put(
      dir,
      `${name.replace(/\W+/g, "-")}-cua-nguoi-dung${extension[name] ?? ".xlsx"}`,
      "ghi chú của người dùng",
    );
    const before = hashOf(out);
    const refused = cchc(commands[name]!(out));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/không do cchc tạo ra.*--force/);
    expect(looksLikeCrash(refused.stderr)).toBe(false);
    expect(hashOf(out)).toBe(before);

    const forced = cchc([...commands[name]!(out), "--force"]);
    expect(looksLikeCrash(forced.stderr)).toBe(false);
    expect(hashOf(out)).not.toBe(before);

    // Now it is ours: a second run replaces it without --force.
    const again = cchc(commands[name]!(out));
    expect(again.stderr).not.toMatch(/không do cchc tạo ra/);
  });
});
