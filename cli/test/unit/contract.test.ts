import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { RankingReport, ValidationReport } from "@cchc/scoring-core";
import {
  rankJson,
  rankJsonStreamed,
  RankJsonSchema,
  validateJson,
  ValidateJsonSchema,
} from "../../src/json/contract";
import { prettyJsonPieces } from "../../src/json/pretty-pieces";
import { tempDir } from "../support/files";
import { REPO } from "../support/bundle";

const totals = (x: number) => ({
  max: 100,
  applicableMax: 97.5,
  selfMax: 70,
  surveyMax: 30,
  self: x,
  appraised: x - 1.005,
  survey: 20.125,
  bonus: 1,
  penalty: 0.5,
  final: x + 19.62,
  index: (x + 19.62) / 0.975,
});

function report(x: number): ValidationReport {
  return {
    schemaVersion: 1,
    lang: "vi",
    sheet: "Bảng chấm điểm",
    unit: "Sở Tư pháp",
    year: 2025,
    criteriaSetId: null,
    tableFound: true,
    headerRows: [7],
    issues: [
      {
        code: "evidence-missing",
        severity: "warning",
        sheet: "Bảng chấm điểm",
        cell: "F12",
        row: 12,
        column: "F",
        criterion: "1.2.1",
        value: 1,
        params: {},
        message: "m",
      },
    ],
    counts: { error: 0, warning: 1, info: 0, total: 1 },
    truncated: false,
    totals: { ...totals(x), appraisalRound: 1, basis: "mixed", surveyGiven: true },
    nodes: [
      {
        code: "1",
        title: "Lĩnh vực 1",
        level: "field",
        section: "main",
        row: 8,
        max: 10,
        applicableMax: 9.5,
        self: x / 10,
        appraised: x / 10,
        survey: 0,
        final: x / 10,
        notApplicable: false,
        surveyScored: false,
        hasAppraisal: false,
      },
      {
        code: "1.1",
        title: "Tiêu chí",
        level: "criterion",
        section: "main",
        row: 9,
        max: 5,
        applicableMax: 5,
        self: 1,
        appraised: 1,
        survey: 0,
        final: 1,
        notApplicable: false,
        surveyScored: false,
        hasAppraisal: false,
      },
      {
        code: "9",
        title: "Thưởng",
        level: "field",
        section: "bonus",
        row: 40,
        max: 2,
        applicableMax: 2,
        self: 1,
        appraised: 1,
        survey: 0,
        final: 1,
        notApplicable: false,
        surveyScored: false,
        hasAppraisal: false,
      },
    ],
  };
}

const is2dp = (x: number) => Math.abs(Math.round(x * 100) / 100 - x) < 1e-12;

describe("the JSON contract", () => {
  it("validate: exactly the documented keys, numbers at 2 decimals, applicable maximum, main fields only", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 80, noNaN: true }), (x) => {
        const j = validateJson("a.xlsx", report(x), "Sở Tư pháp");
        ValidateJsonSchema.strict().parse(j);
        expect(Object.keys(j)).toEqual(["file", "sheet", "unit", "issues", "totals", "fields"]);
        expect(Object.keys(j.issues[0]!)).toEqual([
          "code",
          "severity",
          "sheet",
          "cell",
          "row",
          "column",
          "criterion",
          "message",
        ]);
        expect(Object.keys(j.totals)).toEqual([
          "max",
          "self",
          "appraised",
          "survey",
          "bonus",
          "penalty",
          "final",
          "index",
        ]);
        for (const v of [
          ...Object.values(j.totals),
          ...j.fields.flatMap((f) => [f.max, f.self, f.appraised]),
        ])
          if (v !== null) expect(is2dp(v)).toBe(true);
        expect(j.totals.max).toBe(97.5);
        expect(j.fields.map((f) => f.code)).toEqual(["1"]);
      }),
    );
  });

  it("validate: rounds half away from zero", () => {
    expect(validateJson("a.xlsx", report(10.005), null).totals.self).toBe(10.01);
    expect(validateJson("a.xlsx", report(10.005), null).totals.appraised).toBe(9);
  });

  it("validate without a table: zeros, null sheet, still the contract", () => {
    const j = validateJson("x.xlsx", null, null);
    ValidateJsonSchema.parse(j);
    expect(j.sheet).toBeNull();
    expect(j.totals.index).toBeNull();
  });

  it("rank: one row per unit in group order, classification in the report's language, failed files", () => {
    const row = (unit: string, rank: number, group: string) => ({
      rank,
      unit,
      group,
      self: 70.123,
      appraised: 69.995,
      survey: 20,
      bonus: 1,
      penalty: 0,
      final: 90.995,
      max: 100,
      index: 90.995,
      classification: "Nhóm A",
      classificationEn: "Group A",
      errors: 0,
      warnings: 2,
      file: `${unit}.xlsx`,
      type: "department" as const,
      status: "ranked" as const,
      reason: null,
      appraisalRound: 1,
      basis: "mixed" as const,
    });
    const ranking: RankingReport = {
      schemaVersion: 1,
      lang: "en",
      groups: [
        { group: "Sở, ban, ngành", rows: [row("A", 1, "Sở, ban, ngành"), row("B", 2, "Sở, ban, ngành")] },
        { group: "UBND xã, phường", rows: [row("C", 1, "UBND xã, phường")] },
      ],
      lostPoints: [],
      failed: [{ file: "x.xlsx", unit: null, error: "corrupt" }],
      skipped: [],
      issues: [],
    };
    const j = rankJson(ranking);
    RankJsonSchema.strict().parse(j);
    expect(j.units.map((u) => [u.unit, u.rank])).toEqual([
      ["A", 1],
      ["B", 2],
      ["C", 1],
    ]);
    expect(j.units[0]!.classification).toBe("Group A");
    expect(j.units[0]!.appraised).toBe(70);
    expect(j.units[0]!.final).toBe(91);
    expect(Object.keys(j.units[0]!)).toEqual([
      "rank",
      "unit",
      "group",
      "self",
      "appraised",
      "survey",
      "bonus",
      "penalty",
      "final",
      "max",
      "index",
      "classification",
      "errors",
      "warnings",
      "file",
      "type",
      "status",
      "reason",
      "appraisalRound",
      "basis",
    ]);
    expect(j.failed).toEqual([{ file: "x.xlsx", error: "corrupt" }]);
    expect(rankJson({ ...ranking, lang: "vi" }).units[0]!.classification).toBe("Nhóm A");
    // What `cchc rank --json` prints: the same text, each unit made as it is written.
    const appraisal = new Map([["A", { status: "round1" as const, openItems: 2 }]]);
    const streamed = rankJsonStreamed(ranking, appraisal);
    expect(streamed.units.length).toBe(3);
    expect([...prettyJsonPieces(streamed)].join("")).toBe(
      JSON.stringify(rankJson(ranking, appraisal), null, 2),
    );
    expect(rankJson(ranking, appraisal).units.map((u) => u.appraisal)).toEqual([
      { status: "round1", openItems: 2 },
      null,
      null,
    ]);
  });
});

describe("the bin", () => {
  it("says in one line to build when the bundle is missing", () => {
    const d = tempDir("cchc-bin-");
    mkdirSync(join(d, "bin"));
    copyFileSync(join(REPO, "cli", "bin", "cchc.mjs"), join(d, "bin", "cchc.mjs"));
    const r = spawnSync(process.execPath, [join(d, "bin", "cchc.mjs"), "--help"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("npm run build -w @cchc/cli");
  });
});
