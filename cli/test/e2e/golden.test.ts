/**
 * The golden province (cli/samples/golden/, DỮ LIỆU MẪU) through `cchc rank --json`: every number
 * against the hand-checked table in ../golden/expected.ts. #9 items 2–8 in one run.
 */
import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cchc } from "../support/bundle";
import { tempDir } from "../support/files";
import { RankJsonSchema, type RankJson } from "../../src/json/contract";
import { setGoldenTimes } from "../../scripts/golden/generate";
import {
  GOLDEN_FAILED,
  GOLDEN_NO_SET,
  GOLDEN_SKIPPED,
  GOLDEN_WITH_SETS,
  type GoldenRow,
} from "../golden/expected";

const SOURCE = join(__dirname, "..", "..", "samples", "golden");
// A copy, so the committed folder stays untouched; git does not keep modification times, so the
// duplicate rule's times are set here.
const dir = tempDir("cchc-golden-");
cpSync(SOURCE, dir, { recursive: true });
setGoldenTimes(dir);
const survey = join(dir, "dieu-tra-xa-hoi-hoc.xlsx");
const sets = readdirSync(join(dir, "bo-tieu-chi")).flatMap((f) => [
  "--framework",
  join(dir, "bo-tieu-chi", f),
]);

function rank(extra: string[]): RankJson {
  const r = cchc([
    "rank",
    join(dir, "don-vi"),
    "--survey",
    survey,
    "--out",
    join(dir, "xep-hang.xlsx"),
    "--json",
    "--quiet",
    ...extra,
  ]);
  expect(r.stderr).not.toMatch(/TypeError|ReferenceError|at .*\.m?js:\d+/);
  return RankJsonSchema.parse(JSON.parse(r.stdout));
}

const pick = (u: RankJson["units"][number]): GoldenRow => ({
  group: u.group,
  unit: u.unit,
  type: u.type as GoldenRow["type"],
  rank: u.rank,
  status: u.status,
  reason: u.reason,
  self: u.self,
  appraised: u.appraised,
  appraisalRound: u.appraisalRound,
  basis: u.basis,
  survey: u.survey,
  bonus: u.bonus,
  penalty: u.penalty,
  final: u.final,
  max: u.max,
  index: u.index!,
  file: u.file!,
});

describe("the golden province", () => {
  const plain = rank([]);

  it("ranks every unit once, as worked out by hand (no criteria set)", () => {
    expect(plain.units.map(pick)).toEqual(GOLDEN_NO_SET);
  });

  it("a unit missing from the survey is held out with its reason and a warning naming it", () => {
    const yTe = plain.units.find((u) => u.unit === "Sở Y tế")!;
    expect(yTe.reason).toMatch(/ĐTXHH/);
    expect(plain.issues).toContainEqual(
      expect.objectContaining({ code: "survey-missing", value: "Sở Y tế" }),
    );
  });

  it("skips the duplicate, the earlier ranking and the blank template with a reason; lists the .xls as failed", () => {
    expect(plain.skipped.map((s) => ({ file: s.file, kind: s.kind, duplicateOf: s.duplicateOf }))).toEqual(
      GOLDEN_SKIPPED,
    );
    for (const s of plain.skipped) expect(s.reason).not.toBe("");
    expect(plain.issues).toContainEqual(
      expect.objectContaining({ code: "unit-duplicate-file", value: "Sở Tài chính" }),
    );
    expect(plain.failed.map((f) => f.file)).toEqual(GOLDEN_FAILED);
    expect(plain.failed[0]!.error).toContain(".xlsx");
  });

  it("reports the text number and the unconfirmed N/A as warnings on their units", () => {
    const toHieu = plain.units.find((u) => u.unit === "UBND phường Tô Hiệu")!;
    expect(toHieu.warnings).toBeGreaterThan(0);
    const muongBang = plain.units.find((u) => u.unit === "UBND xã Mường Bằng")!;
    expect(muongBang.warnings).toBe(1);
    const r = cchc(["validate", join(dir, "don-vi", "phuong-to-hieu.xlsx"), "--json"]);
    const codes = (JSON.parse(r.stdout) as { issues: { code: string; cell: string }[] }).issues.map(
      (i) => i.code,
    );
    expect(codes).toContain("number-stored-as-text");
    expect(codes).not.toContain("subtotal-mismatch");
    const m = cchc(["validate", join(dir, "don-vi", "xa-muong-bang.xlsx"), "--json"]);
    expect(m.stdout).toContain("not-applicable-unconfirmed");
  });

  it("with one set per unit type: N/A allowed for communes shrinks the maximum; a set matching no unit is an error", () => {
    const withSets = rank(sets);
    expect(withSets.units.map(pick)).toEqual(GOLDEN_WITH_SETS);
    expect(withSets.issues).toContainEqual(
      expect.objectContaining({ code: "criteria-set-unmatched", severity: "error" }),
    );
  });

  it("by the setting, the unit missing from the survey is ranked and marked provisional", () => {
    const provisional = rank(["--missing-survey", "provisional"]);
    const yTe = provisional.units.find((u) => u.unit === "Sở Y tế")!;
    expect([yTe.status, yTe.rank, yTe.survey]).toEqual(["provisional", 5, null]);
  });
});
