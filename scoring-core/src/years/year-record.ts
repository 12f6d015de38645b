/**
 * One year's published results in a form next year's tool can read back: the ranking workbook
 * carries it in a tool sheet, so last year's file is the history (no database). Figures are
 * kept exactly as computed; the record is self-describing (kind + version) so a later version
 * can still read an older file.
 */
import { z } from "zod";
import type { NodeTotals, RankingReport, UnitResult } from "../reports/schemas";

export const YEAR_RECORD_KIND = "cchc-year-results";
export const YEAR_RECORD_VERSION = 1;

/** A field's points for one unit: `max` is the applicable maximum, `points` the final points. */
export const FieldPointsSchema = z.object({
  code: z.string(),
  title: z.string(),
  points: z.number(),
  max: z.number(),
});
export type FieldPoints = z.infer<typeof FieldPointsSchema>;

/** A leaf criterion for one unit (main section, applicable items only). */
export const LeafPointsSchema = z.object({
  code: z.string(),
  title: z.string(),
  max: z.number(),
  self: z.number(),
  /** null when no appraisal round has a number for this item. */
  appraised: z.number().nullable(),
  final: z.number(),
  surveyScored: z.boolean(),
});
export type LeafPoints = z.infer<typeof LeafPointsSchema>;

export const UnitYearSchema = z.object({
  unit: z.string(),
  group: z.string(),
  unitType: z.string().nullable(),
  /** null when the unit was held out of the ranks (its reason in `status`). */
  rank: z.number().int().nullable(),
  index: z.number().nullable(),
  classification: z.string().nullable(),
  self: z.number(),
  appraised: z.number().nullable(),
  survey: z.number().nullable(),
  final: z.number(),
  max: z.number(),
  errors: z.number().int(),
  warnings: z.number().int(),
  /** Issue counts by code at submission (evidence-missing, evidence-out-of-period…), for inspection. */
  issueCodes: z.record(z.string(), z.number().int()),
  fields: z.array(FieldPointsSchema),
  leaves: z.array(LeafPointsSchema),
});
export type UnitYear = z.infer<typeof UnitYearSchema>;

export const YearRecordSchema = z.object({
  kind: z.literal(YEAR_RECORD_KIND),
  version: z.literal(YEAR_RECORD_VERSION),
  year: z.number().int().nullable(),
  province: z.string().nullable(),
  criteriaSetIds: z.array(z.string()),
  units: z.array(UnitYearSchema),
});
export type YearRecord = z.infer<typeof YearRecordSchema>;

export interface YearRecordInput {
  year: number | null;
  province?: string | null;
  criteriaSetIds?: string[];
  report: RankingReport;
  units: readonly UnitResult[];
  /** Per unit name: issue counts by code (from the unit's validation report). */
  issueCodes?: ReadonlyMap<string, Record<string, number>>;
}

const isLeaf = (nodes: readonly NodeTotals[], i: number): boolean => {
  const next = nodes[i + 1];
  return next === undefined || !next.code.startsWith(`${nodes[i]!.code}.`);
};

function fieldPoints(nodes: readonly NodeTotals[]): FieldPoints[] {
  return nodes
    .filter((n) => n.level === "field" && n.section === "main")
    .map((n) => ({ code: n.code, title: n.title, points: n.final, max: n.applicableMax }));
}

function leafPoints(nodes: readonly NodeTotals[]): LeafPoints[] {
  const out: LeafPoints[] = [];
  nodes.forEach((n, i) => {
    if (n.level === "field" || n.section !== "main" || n.notApplicable || !isLeaf(nodes, i)) return;
    out.push({
      code: n.code,
      title: n.title,
      max: n.applicableMax,
      self: n.self,
      appraised: n.hasAppraisal ? n.appraised : null,
      final: n.final,
      surveyScored: n.surveyScored,
    });
  });
  return out;
}

/**
 * A year record whose units are made one at a time as they are read (each time they are
 * iterated): what a writer that streams needs (the cli's ranking of a whole country), without
 * holding every unit's points at once. Its units are the same objects buildYearRecord holds.
 */
export type YearRecordSource = Omit<YearRecord, "units"> & { units: Iterable<UnitYear> };

/** The year's record, its units made as they are read (see YearRecordSource). */
export function yearRecordSource(input: YearRecordInput): YearRecordSource {
  const ranked = new Map<string, RankingReport["groups"][number]["rows"][number]>();
  for (const g of input.report.groups)
    for (const row of g.rows) ranked.set(`${row.group}\u0000${row.unit}`, row);
  const unitYear = (u: UnitResult): UnitYear => {
    const row = ranked.get(`${u.group}\u0000${u.unit}`);
    const t = u.totals;
    // One read of the unit's nodes: a host may keep them packed and rebuild them on each read.
    const nodes = u.nodes;
    const hasAppraisal = nodes.some((n) => n.hasAppraisal);
    return {
      unit: u.unit,
      group: u.group,
      unitType: u.unitType,
      rank: row?.rank ?? null,
      index: t.index,
      classification: row?.classification ?? null,
      self: t.self,
      appraised: hasAppraisal ? t.appraised : null,
      // Missing survey points are missing (null), never 0: as the ranking row says.
      survey: t.surveyGiven ? t.survey : null,
      final: t.final,
      max: t.applicableMax,
      errors: u.errors,
      warnings: u.warnings,
      issueCodes: { ...(input.issueCodes?.get(u.unit) ?? {}) },
      fields: fieldPoints(nodes),
      leaves: leafPoints(nodes),
    };
  };
  const units = input.units;
  return {
    kind: YEAR_RECORD_KIND,
    version: YEAR_RECORD_VERSION,
    year: input.year,
    province: input.province ?? null,
    criteriaSetIds: input.criteriaSetIds ?? [],
    units: {
      *[Symbol.iterator]() {
        for (const u of units) yield unitYear(u);
      },
    },
  };
}

/** The year's record from the ranking and the units it ranked (units held out keep rank null). */
export function buildYearRecord(input: YearRecordInput): YearRecord {
  const source = yearRecordSource(input);
  return { ...source, units: [...source.units] };
}
