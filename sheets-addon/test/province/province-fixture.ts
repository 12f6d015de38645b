/**
 * A province in the fake: the Sở's control spreadsheet with its three sheets filled (units,
 * appraisal assignment, settings), and helpers that play the units and appraisers typing into
 * their handed-out spreadsheets through the Apps Script API (so protections apply).
 */
import {
  buildTemplate,
  getSampleSet,
  type CriteriaSet,
  type TemplateAnswers,
  type TemplateSpec,
} from "@cchc/scoring-core";
import { criteriaSetForUnit, unitTypeOf } from "@cchc/scoring-core/province";
import { ensureControlSheets } from "../../src/server/province/control";
import { handOutTables } from "../../src/server/province/hand-out";
import { importCriteriaSet } from "../../src/server/use-cases";
import { fakeProvince, type FakeProvince } from "../fakes/drive";

export interface UnitRow {
  unit: string;
  group: string;
  unitType: string;
  editors: string;
  spreadsheet?: string;
  survey?: number | string;
}

export const appraiserOf = (field: string) => `td${field}@thamdinh${field}.sonla.gov.vn`;

/** Seeded PRNG (mulberry32): the same province every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function unitRows(n: number): UnitRow[] {
  const rows: UnitRow[] = [];
  for (let i = 1; i <= n; i++) {
    const commune = i % 3 === 0;
    rows.push({
      unit: commune ? `UBND xã Số ${i}` : `Sở Số ${i}`,
      group: commune ? "UBND xã, phường" : "Sở, ban, ngành",
      unitType: commune ? "UBND xã" : "Sở",
      editors: `canbo${i}@donvi${i}.sonla.gov.vn, truongphong${i}@donvi${i}.sonla.gov.vn`,
      survey: 10 + (i % 7),
    });
  }
  return rows;
}

/** The Sở's environment with control sheets filled for `units`. */
export function provinceWith(units: UnitRow[], options: { year?: number } = {}): FakeProvince {
  const env = fakeProvince();
  ensureControlSheets(env.services, "vi", options.year ?? 2025);
  const unitsSheet = env.control._sheet("Đơn vị");
  unitsSheet._fill([
    [],
    ...units.map((u) => [
      u.unit,
      u.group,
      u.unitType,
      u.editors,
      u.spreadsheet ?? "",
      u.survey ?? "",
      "",
      "",
    ]),
  ]);
  // Appraisers for fields 1–9 (the sample has a 9th, bonus/penalty, field).
  const assign = env.control._sheet("Phân công thẩm định");
  const rows: (string | number)[][] = [[]];
  for (let f = 1; f <= 9; f++)
    rows.push([String(f), f === 9 ? "Sở Nội vụ" : `Sở ${f}`, appraiserOf(String(f))]);
  assign._fill(rows);
  const settings = env.control._sheet("Cài đặt");
  settings._fill([["Năm đánh giá", options.year ?? 2025]]);
  env.log.reset();
  return env;
}

export function specFor(u: UnitRow, year = 2025): TemplateSpec {
  const type = unitTypeOf(u.unitType);
  const set = criteriaSetForUnit(getSampleSet("sample-department-2025")!, type);
  return buildTemplate(set, { unit: u.unit, unitType: type ?? set.unitTypes[0] ?? null, year, lang: "vi" });
}

export interface LeafRow {
  row: number;
  code: string;
  field: string;
  values: number[];
}

/** The leaf rows a unit scores, with the points each accepts. */
export function leafRows(spec: TemplateSpec): LeafRow[] {
  const out: LeafRow[] = [];
  spec.rows.forEach((r, i) => {
    if (!r.validation || !r.code || r.greyed) return;
    const v = r.validation;
    const values: number[] = [];
    if (v.kind === "list") values.push(...v.values);
    else for (let q = Math.round(v.min * 4); q <= Math.round(v.max * 4); q++) values.push(q / 4);
    out.push({ row: i + 1, code: r.code, field: r.code.split(".")[0]!, values });
  });
  return out;
}

/** Random valid answers: self-assessment with some evidence missing, and appraisal. */
export function randomAnswers(spec: TemplateSpec, next: () => number): TemplateAnswers {
  const answers: TemplateAnswers = {};
  for (const leaf of leafRows(spec)) {
    const pick = () => leaf.values[Math.floor(next() * leaf.values.length)]!;
    answers[leaf.code] = {
      self: pick(),
      evidence: next() < 0.2 ? "" : `Kế hoạch số ${Math.floor(next() * 100) + 1}/KH-UBND ngày 10/01/2025`,
      appraisal1: pick(),
    };
  }
  return answers;
}

export const COL = { self: 6, evidence: 7, appraisal1: 9 } as const;

/** The link the tool wrote back on a row of "Đơn vị" → the spreadsheet id. */
export function idOnRow(env: FakeProvince, row: number): string {
  const url = env.control._sheet("Đơn vị")._text(`E${row}`);
  const m = /\/d\/([^/]+)/.exec(url);
  if (!m) throw new Error(`row ${row} has no link: ${url}`);
  return m[1]!;
}

/**
 * A province whose tables are handed out and filled (self-assessment and appraisal, typed by
 * the Sở as owner for speed — the end-to-end test types as each user).
 */
export function filledProvince(n: number, seed = 7, options: { sets?: readonly CriteriaSet[] } = {}) {
  const units = unitRows(n);
  const env = provinceWith(units);
  // The province's own sets (same trees as the samples), stored before the tables are handed out.
  for (const json of options.sets ?? []) importCriteriaSet(env.services, { source: "json", json }, "vi");
  handOutTables(env.services, "vi", n);
  const next = rng(seed);
  const answers = units.map((u) => randomAnswers(specFor(u), next));
  units.forEach((u, i) => {
    const id = idOnRow(env, i + 2);
    const sheet = env.app.proxy.openById(id).getSheetByName("Tự đánh giá 2025")!;
    for (const leaf of leafRows(specFor(u))) {
      const a = answers[i]![leaf.code]!;
      sheet.getRange(leaf.row, COL.self, 1, 2).setValues([[a.self as number, a.evidence ?? ""]]);
      sheet.getRange(leaf.row, COL.appraisal1).setValues([[a.appraisal1 as number]]);
    }
    env.world.book(id)._recalculate("Tự đánh giá 2025");
  });
  env.log.reset();
  return { env, units, answers };
}

/**
 * The unit on `row` types one self-score into its handed-out table: a table with none is a blank
 * template, which consolidation skips (never ranked as zeros).
 */
export function typeOneScore(env: FakeProvince, row: number, u: UnitRow): void {
  const id = idOnRow(env, row);
  const sheet = env.app.proxy.openById(id).getSheetByName("Tự đánh giá 2025")!;
  const leaf = leafRows(specFor(u))[0]!;
  sheet.getRange(leaf.row, COL.self).setValues([[leaf.values.at(-1)!]]);
  env.world.book(id)._recalculate("Tự đánh giá 2025");
}
