/**
 * Real-client check: every workbook the command writes (template, feedback, ranking) opens in
 * LibreOffice headless and converts without loss, LibreOffice's recalculated template totals
 * equal the core's, and `cchc validate` reads a workbook LibreOffice itself wrote with the same
 * totals. One LibreOffice run converts every file.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { unzipSync } from "fflate";
import {
  buildTemplate,
  checkSheet,
  fillTemplate,
  getSampleSet,
  parseA1,
  type TemplateAnswers,
  type TemplateSpec,
} from "@cchc/scoring-core";
import { convertWithLibreOffice, libreOfficeOrSkip } from "../helpers/libreoffice";
import { cchc } from "../support/bundle";
import { put, tempDir } from "../support/files";
import { sampleUnitWorkbook } from "../support/inputs";
import { templateWorkbook } from "../../src/output/workbooks";
import { ValidateJsonSchema, RankJsonSchema } from "../../src/json/contract";

const run = libreOfficeOrSkip("cli LibreOffice check");
const describeLo = run ? describe : describe.skip;

/** Scores for every leaf of a template (0,25 steps under each maximum), as a unit would type them. */
function answersFor(spec: TemplateSpec): TemplateAnswers {
  const answers: TemplateAnswers = {};
  let k = 0;
  for (const row of spec.rows) {
    if (!row.code || !row.validation) continue;
    const v = row.validation;
    k++;
    if (v.kind === "list")
      answers[row.code] = {
        self: v.values[k % v.values.length]!,
        evidence: `Báo cáo số ${k}/BC-STP ngày 10/12/2025`,
      };
    else if (v.min < 0) answers[row.code] = { self: 0 };
    else
      answers[row.code] = {
        self: Math.floor(((v.max * (k % 4)) / 4) * 4) / 4,
        evidence: `Kế hoạch số ${k}/KH-STP ngày 15/01/2025`,
      };
  }
  return answers;
}

/** Writes the answers into the spec's input cells so the xlsx holds exactly what the unit typed. */
function filledSpec(spec: TemplateSpec, answers: TemplateAnswers): TemplateSpec {
  const selfCol = spec.columns.findIndex((c) => c.role === "self");
  const evCol = spec.columns.findIndex((c) => c.role === "evidence");
  return {
    ...spec,
    rows: spec.rows.map((row) => {
      const a = row.code ? answers[row.code] : undefined;
      if (!a || row.kind === "total") return row;
      const cells = [...row.cells];
      if (a.self !== undefined && a.self !== null) cells[selfCol] = a.self;
      if (a.evidence && evCol >= 0) cells[evCol] = a.evidence;
      return { ...row, cells };
    }),
  };
}

function cellNumber(ws: XLSX.WorkSheet, ref: string): number {
  const p = parseA1(ref)!;
  const dense = (ws as unknown as { "!data"?: XLSX.CellObject[][] })["!data"];
  const cell = dense ? dense[p.row]?.[p.col] : ws[ref];
  return Number(cell?.v);
}

/** LibreOffice stores 15 significant digits, as Excel shows them; blanks may come back as "". */
function norm(v: unknown): unknown {
  if (v === "") return null;
  return typeof v === "number" ? Number(v.toPrecision(15)) : v;
}

/** Every cell value of every sheet, as SheetJS reads it (formulas' values, not formulas). */
function values(path: string): Record<string, unknown[][]> {
  const wb = XLSX.read(readFileSync(path));
  return Object.fromEntries(
    wb.SheetNames.map((n) => [
      n,
      XLSX.utils.sheet_to_json(wb.Sheets[n]!, { header: 1, raw: true, defval: null }),
    ]),
  );
}

describeLo("LibreOffice opens what cchc writes and gives the same totals", () => {
  const dir = tempDir("cchc-lo-");
  const out = join(dir, "lo");
  const set = getSampleSet("sample-department-2025")!;
  const spec = buildTemplate(set, { unit: "Sở Tư pháp", lang: "vi" });
  const answers = answersFor(spec);
  const templatePath = join(dir, "bang-cham.xlsx");
  const unitPath = put(
    dir,
    "don-vi.xlsx",
    sampleUnitWorkbook({
      unit: "Sở Y tế",
      unitType: "department",
      seed: 42,
      variation: { mergedHeader: true, appraisal: true },
    }),
  );
  const feedbackPath = join(dir, "phan-hoi.xlsx");
  const rankingPath = join(dir, "xep-hang.xlsx");
  const unitsDir = join(dir, "units");
  let converted: string[] = [];

  beforeAll(async () => {
    writeFileSync(templatePath, templateWorkbook(filledSpec(spec, answers)));
    expect([0, 1]).toContain(cchc(["validate", unitPath, "--report", feedbackPath]).status);
    mkdirSync(unitsDir);
    for (let i = 0; i < 4; i++)
      put(
        unitsDir,
        `u${i}.xlsx`,
        sampleUnitWorkbook({
          unit: `Sở mẫu ${i}`,
          unitType: "department",
          seed: 60 + i,
          quality: 0.6 + i * 0.1,
        }),
      );
    const ranked = cchc(["rank", unitsDir, "--out", rankingPath, "--json", "--quiet"]);
    expect(ranked.status).toBe(0);
    RankJsonSchema.parse(JSON.parse(ranked.stdout));
    const r = await convertWithLibreOffice([templatePath, feedbackPath, rankingPath, unitPath], out, "xlsx");
    converted = r.outputs;
  }, 180_000);

  it("converts every workbook (no repair, nothing refused)", () => {
    expect(converted.map((p) => p.slice(out.length + 1)).sort()).toEqual([
      "bang-cham.xlsx",
      "don-vi.xlsx",
      "phan-hoi.xlsx",
      "xep-hang.xlsx",
    ]);
  });

  it("recalculates the template's total to the core's total", () => {
    const core = checkSheet(fillTemplate(spec, answers), { set, lang: "vi" });
    const wb = XLSX.read(readFileSync(join(out, "bang-cham.xlsx")), { dense: true });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    const loTotal = cellNumber(ws, spec.totalCells.self);
    const grid = fillTemplate(spec, answers);
    const p = parseA1(spec.totalCells.self)!;
    expect(loTotal).toBeCloseTo(Number(grid.values[p.row]![p.col]), 9);
    expect(loTotal).toBeCloseTo(core.totals.self + core.totals.bonus - core.totals.penalty, 9);
    expect(cellNumber(ws, spec.totalCells.max)).toBeCloseTo(core.totals.max, 9);
  });

  it("keeps the feedback and ranking values exactly, and the ranking's chart", () => {
    for (const name of ["phan-hoi.xlsx", "xep-hang.xlsx"]) {
      const ours = values(join(dir, name));
      const theirs = values(join(out, name));
      expect(Object.keys(theirs)).toEqual(Object.keys(ours));
      for (const sheet of Object.keys(ours)) {
        const a = ours[sheet]!.map((r) => r.map(norm));
        const b = theirs[sheet]!.map((r) => r.map(norm));
        const trim = (rows: unknown[][]) =>
          rows
            .map((r) => {
              const x = [...r];
              while (x.length && x[x.length - 1] === null) x.pop();
              return x;
            })
            .filter((r, i, all) => r.length > 0 || i < all.length - 1);
        expect(trim(b)).toEqual(trim(a));
      }
    }
    const parts = Object.keys(unzipSync(new Uint8Array(readFileSync(join(out, "xep-hang.xlsx")))));
    expect(parts.some((p) => p.startsWith("xl/charts/chart"))).toBe(true);
  });

  it("reads a workbook LibreOffice wrote with the same totals as the original", () => {
    const a = ValidateJsonSchema.parse(JSON.parse(cchc(["validate", unitPath, "--json"]).stdout));
    const b = ValidateJsonSchema.parse(
      JSON.parse(cchc(["validate", join(out, "don-vi.xlsx"), "--json"]).stdout),
    );
    expect(b.totals).toEqual(a.totals);
    expect(b.fields).toEqual(a.fields);
    expect(b.issues.map((i) => [i.code, i.cell])).toEqual(a.issues.map((i) => [i.code, i.cell]));
  });
});
