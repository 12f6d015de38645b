/**
 * What every host must agree on for the golden province: per unit the numbers a Sở Nội vụ
 * publishes, rounded as the JSON contract rounds them (2 decimals), compared with the hand-worked
 * table in ./expected.ts.
 */
import type { RankingReport, TableTotals, ValidationReport } from "@cchc/scoring-core";
import { GOLDEN_NO_SET, type GoldenRow } from "./expected";

const r2 = (n: number) => Math.round(n * 100) / 100;
const r2n = (n: number | null) => (n === null ? null : r2(n));

/** A ranking's rows in the expected table's shape, in report order (groups, then rank). */
export function goldenRows(ranking: RankingReport): GoldenRow[] {
  return ranking.groups.flatMap((g) =>
    g.rows.map((r) => ({
      group: r.group,
      unit: r.unit,
      type: r.type as GoldenRow["type"],
      rank: r.rank,
      status: r.status,
      reason: r.reason,
      self: r2(r.self),
      appraised: r2n(r.appraised),
      appraisalRound: r.appraisalRound,
      basis: r.basis,
      survey: r2n(r.survey),
      bonus: r2(r.bonus),
      penalty: r2(r.penalty),
      final: r2(r.final),
      max: r2(r.max),
      index: r2(r.index ?? Number.NaN),
      file: r.file ?? "",
    })),
  );
}

/** What the ranking says of the files it did not rank. */
export function goldenSkipped(ranking: RankingReport) {
  return {
    skipped: ranking.skipped.map((s) => ({ file: s.file, kind: s.kind, duplicateOf: s.duplicateOf })),
    failed: ranking.failed.map((f) => f.file),
    issues: ranking.issues.map((i) => ({ code: i.code, value: i.value })),
  };
}

/** A unit's own check (no survey given): the numbers of its table. */
export interface GoldenCheck {
  unit: string;
  self: number;
  appraised: number | null;
  appraisalRound: number;
  basis: GoldenRow["basis"];
  survey: number | null;
  bonus: number;
  penalty: number;
  final: number;
  max: number;
  index: number | null;
}

export function goldenCheck(report: ValidationReport): GoldenCheck | null {
  const t: TableTotals | null = report.totals;
  if (!t || !report.unit) return null;
  return {
    unit: report.unit,
    self: r2(t.self),
    appraised: t.appraisalRound === 0 ? null : r2(t.appraised),
    appraisalRound: t.appraisalRound,
    basis: t.basis,
    survey: t.surveyGiven ? r2(t.survey) : null,
    bonus: r2(t.bonus),
    penalty: r2(t.penalty),
    final: r2(t.final),
    max: r2(t.applicableMax),
    index: r2n(t.index),
  };
}

/**
 * The expected check of each ranked unit's own file, from the hand table: a unit checking its
 * own table has no survey points yet, so its final is the ranking's final less the survey.
 */
export const GOLDEN_CHECKS: { file: string; check: GoldenCheck }[] = GOLDEN_NO_SET.map((r) => {
  const final = r2(r.final - (r.survey ?? 0));
  return {
    file: r.file,
    check: {
      unit: r.unit,
      self: r.self,
      appraised: r.appraised,
      appraisalRound: r.appraisalRound,
      basis: r.basis,
      survey: null,
      bonus: r.bonus,
      penalty: r.penalty,
      final,
      max: r.max,
      index: r2((final / r.max) * 100),
    },
  };
});
