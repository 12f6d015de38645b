import type { NodeTotals, UnitResult } from "../../src/reports/schemas";

export function unitResult(unit: string, index: number | null, extra: Partial<UnitResult> = {}): UnitResult {
  const max = 100;
  const final = index === null ? 0 : index;
  return {
    unit,
    group: "Sở, ban, ngành",
    unitType: "department",
    file: `${unit}.xlsx`,
    totals: {
      max,
      applicableMax: index === null ? 0 : max,
      selfMax: max,
      surveyMax: 0,
      self: final,
      appraised: final,
      survey: 0,
      bonus: 0,
      penalty: 0,
      final,
      index,
      appraisalRound: 0,
      basis: "self",
      surveyGiven: false,
    },
    nodes: [],
    errors: 0,
    warnings: 0,
    ...extra,
  };
}

export function node(
  code: string,
  level: NodeTotals["level"],
  max: number,
  final: number,
  extra: Partial<NodeTotals> = {},
): NodeTotals {
  return {
    code,
    title: `Tiêu chí ${code}`,
    level,
    section: "main",
    row: null,
    max,
    applicableMax: max,
    self: final,
    appraised: final,
    survey: 0,
    final,
    notApplicable: false,
    surveyScored: false,
    hasAppraisal: false,
    ...extra,
  };
}
