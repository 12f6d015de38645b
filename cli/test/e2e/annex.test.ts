/**
 * The annex path end to end: the shipped sample annexes (cli/samples/phu-luc) give back the
 * core's sample sets through `cchc framework`; a defective annex is still written, with its
 * issues in the validate JSON shape; --columns / --header-row reach the reader.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import {
  appraiserOf,
  flattenSet,
  loadCriteriaSet,
  parseRuleText,
  SAMPLE_SETS,
  sectionOfPath,
  splitNotApplicable,
  type CriteriaSet,
  type Criterion,
} from "@cchc/scoring-core";
import { annexSheet, SAMPLE_ANNEXES } from "../../scripts/samples/annex-sheet";
import { FrameworkJsonSchema } from "../../src/json/contract";
import { cchc, looksLikeCrash } from "../support/bundle";
import { put, tempDir } from "../support/files";
import { workbookBytes } from "../support/inputs";

const dir = tempDir("cchc-annex-");
const SAMPLES = join(__dirname, "..", "..", "samples");

/**
 * What an annex can say about a node: structure, maxima, the rule its text states, evidence, who
 * appraises it (its own or its field's department) and whether it may be not applicable, with
 * what policy.
 */
function projection(set: CriteriaSet): Record<string, unknown>[] {
  const byCode = new Map<string, Criterion[]>();
  const walk = (nodes: Criterion[], path: Criterion[]) => {
    for (const n of nodes) {
      byCode.set(n.code, [...path, n]);
      walk(n.children ?? [], [...path, n]);
    }
  };
  walk(set.fields, []);
  return flattenSet(set).map(({ node }) => {
    const text = node.ruleText ? splitNotApplicable(node.ruleText).rule : "";
    const stated = text ? parseRuleText(text, node.max) : null;
    return {
      code: node.code,
      title: node.title,
      max: node.max,
      section: sectionOfPath(byCode.get(node.code)!),
      survey: node.surveyScored === true,
      evidence: node.evidence ?? null,
      appraiser: appraiserOf(byCode.get(node.code)!) ?? null,
      notApplicable: node.mayBeNotApplicable === true ? (node.notApplicablePolicy ?? "exclude") : null,
      // The rule the text states (a rule given only as data cannot come from an annex), without
      // its not-applicable clause.
      rule: stated && JSON.stringify(stated) === JSON.stringify(node.rule) ? node.rule : null,
    };
  });
}

describe("cchc framework on the shipped sample annexes", () => {
  it.each(SAMPLE_ANNEXES.map((a) => [a.file, a] as const))("%s gives back the sample set", (_, a) => {
    const sample = SAMPLE_SETS.find((s) => s.id === a.setId)!;
    const file = join(SAMPLES, "phu-luc", a.file);
    // The shipped file is what the generator writes today.
    const fresh = workbookBytes([[a.sheet, annexSheet(sample, a.style)]]);
    const hash = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
    expect(hash(readFileSync(file))).toBe(hash(fresh));

    const out = join(dir, `${a.setId}.json`);
    const r = cchc(["framework", file, "--out", out, "--id", a.setId, "--unit-type", a.unitType, "--json"]);
    expect(looksLikeCrash(r.stdout + r.stderr)).toBe(false);
    const json = FrameworkJsonSchema.parse(JSON.parse(r.stdout));
    expect([json.errors, r.status]).toEqual([0, 0]);
    // Bonus items above their cap: the sample sets mark it intended (capIntended), which an annex
    // cannot say, so the derived set may warn there, and only there, at the annex's cell.
    const intended = flattenSet(sample)
      .filter(({ node }) => node.capIntended === true)
      .map(({ node }) => ["set-bonus-over-cap", node.code]);
    const warned = json.issues.filter((i) => i.severity === "warning");
    for (const w of warned) expect(intended).toContainEqual([w.code, w.criterion]);
    for (const w of warned) expect(w.cell).toMatch(/^[A-Z]+\d+$/);
    const loaded = loadCriteriaSet(JSON.parse(readFileSync(out, "utf8")));
    if (!loaded.ok) throw new Error("derived set does not load");
    expect(loaded.set.declaredTotal).toBe(sample.declaredTotal);
    expect(projection(loaded.set)).toEqual(projection(sample));
    // The annex's title says "DỮ LIỆU MẪU": the derived set is a sample set, as the core's is.
    expect([loaded.set.sample, sample.sample]).toEqual([true, true]);
  });
});

describe("npm start scores with the sets derived from the sample annexes", () => {
  it("ranks sample units exactly as the core's sample sets do", () => {
    // A few units of each type (the whole province takes tens of seconds).
    const units = ["so-ban-nganh", "xa-phuong"].flatMap((f) =>
      readdirSync(join(SAMPLES, "don-vi", f))
        .sort()
        .slice(0, 4)
        .map((n) => join(SAMPLES, "don-vi", f, n)),
    );
    const derived = SAMPLE_ANNEXES.map((a) => {
      const out = join(dir, `rank-${a.setId}.json`);
      const r = cchc([
        "framework",
        join(SAMPLES, "phu-luc", a.file),
        "--out",
        out,
        "--id",
        a.setId,
        "--unit-type",
        a.unitType,
      ]);
      expect(r.status).toBe(0);
      return out;
    });
    const rank = (sets: string[]) => {
      const args = ["rank", ...units, "--json"];
      const r = cchc([
        ...args,
        "--out",
        join(dir, `xep-hang-${sets.length}-${sets[0]!.length}.xlsx`),
        ...sets.flatMap((s) => ["--framework", s]),
      ]);
      expect(looksLikeCrash(r.stdout + r.stderr)).toBe(false);
      return JSON.parse(r.stdout) as { units: unknown[] };
    };
    const fromAnnexes = rank(derived);
    expect(fromAnnexes.units.length).toBe(8);
    expect(fromAnnexes).toEqual(rank(SAMPLE_ANNEXES.map((a) => a.setId)));
  });
});

describe("cchc framework on a defective annex", () => {
  const annex = put(
    dir,
    "phu-luc-loi.xlsx",
    workbookBytes([
      [
        "Phụ lục",
        XLSX.utils.aoa_to_sheet([
          ["PHỤ LỤC 01 (dữ liệu thử)"],
          ["STT", "Tiêu chí", "Điểm tối đa", "Tài liệu kiểm chứng"],
          ["I", "Chỉ đạo điều hành", 20, null],
          ["1", "Kế hoạch", 207, "Kế hoạch"],
          ["2", "Báo cáo", 13, "Báo cáo"],
          [null, "Tổng cộng", 20, null],
        ]),
      ],
    ]),
  );

  it("writes the set anyway, says it has errors, lists them with cells, exits 1", () => {
    const out = join(dir, "loi.json");
    const r = cchc(["framework", annex, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("C3");
    expect(r.stdout).toContain("[set-children-sum]");
    expect(r.stdout).toContain("Bộ tiêu chí vẫn được ghi nhưng CÓ LỖI");
    expect(loadCriteriaSet(JSON.parse(readFileSync(out, "utf8"))).ok).toBe(true);

    const j = cchc(["framework", annex, "--out", join(dir, "loi2.json"), "--json"]);
    const json = FrameworkJsonSchema.parse(JSON.parse(j.stdout));
    expect(json.out).toContain("loi2.json");
    const sum = json.issues.find((i) => i.code === "set-children-sum")!;
    expect(sum).toMatchObject({ sheet: "Phụ lục", cell: "C3", row: 3, column: "C", criterion: "1" });
  });

  it("explains a table it cannot read and the options that fix it; --columns reads it", () => {
    const odd = put(
      dir,
      "la.xlsx",
      workbookBytes([
        [
          "Bảng",
          XLSX.utils.aoa_to_sheet([
            ["Số", "Việc", "Mức", "Được"],
            ["1", "Chỉ đạo", 5, 4],
            ["1.1", "Kế hoạch", 5, 4],
          ]),
        ],
      ]),
    );
    const r = cchc(["validate", odd]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("[header-nearest]");
    expect(r.stdout).toContain('--sheet "Bảng" --header-row 1 --columns "nội dung=A,tối đa=B,tự chấm=C"');
    const ok = cchc(["validate", odd, "--columns", "stt=A,nội dung=B,tối đa=C,tự chấm=D", "--json"]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).totals).toMatchObject({ max: 5, self: 4 });
    const bad = cchc(["validate", odd, "--columns", "xyz=E"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr + bad.stdout).toContain("xyz");
    const row = cchc(["rank", odd, "--out", join(dir, "r.xlsx"), "--header-row", "0"]);
    expect(row.status).toBe(2);
  });
});
