/**
 * Demo consolidation: unit results made up from file names (the demo cannot read .xlsx without
 * SheetJS, which only hosts load), ranked by the core.
 */
import {
  CLASSIFICATION_PRESETS,
  rankUnits,
  type FailedUnit,
  type RankingReport,
  type Lang,
  type UnitResult,
} from "@cchc/scoring-core";

export const DEMO_UNITS: { unit: string; group: string }[] = [
  { unit: "Sở Tư pháp", group: "Sở, ban, ngành" },
  { unit: "Sở Nội vụ", group: "Sở, ban, ngành" },
  { unit: "Sở Tài chính", group: "Sở, ban, ngành" },
  { unit: "Sở Xây dựng", group: "Sở, ban, ngành" },
  { unit: "Sở Y tế", group: "Sở, ban, ngành" },
  { unit: "Sở Giáo dục và Đào tạo", group: "Sở, ban, ngành" },
  { unit: "Sở Nông nghiệp và Môi trường", group: "Sở, ban, ngành" },
  { unit: "UBND phường Trung Tâm", group: "UBND xã, phường" },
  { unit: "UBND xã Tân Lập", group: "UBND xã, phường" },
  { unit: "UBND xã Hoà Bình", group: "UBND xã, phường" },
];

/** A stable pseudo-index 60–99 % from a name, so the demo ranks the same way every run. */
function demoIndex(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return 60 + (h % 3900) / 100;
}

/** Made-up situations every Sở meets: a unit missing from the survey, units not appraised yet. */
const NO_SURVEY = new Set(["Sở Y tế"]);
const NOT_APPRAISED = new Set(["Sở Nội vụ", "UBND xã Tân Lập"]);

export function demoUnitResult(unit: string, group: string, file: string | null): UnitResult {
  const index = Math.round(demoIndex(unit) * 100) / 100;
  const self = Math.min(70, index * 0.7 + 2);
  const appraisalRound = NOT_APPRAISED.has(unit) ? 0 : 1;
  const appraised = appraisalRound === 0 ? self : index * 0.7;
  const surveyGiven = !NO_SURVEY.has(unit);
  const survey = surveyGiven ? index * 0.3 : 0;
  const final = Math.round((appraised + survey) * 100) / 100;
  const totals = {
    max: 100,
    applicableMax: 100,
    selfMax: 70,
    surveyMax: 30,
    self,
    appraised,
    survey,
    bonus: 0,
    penalty: 0,
    final,
    index: final,
    appraisalRound,
    basis: appraisalRound === 0 ? ("self" as const) : ("appraised" as const),
    surveyGiven,
  };
  return { unit, group, unitType: null, file, totals, nodes: [], errors: 0, warnings: 0 };
}

/** The core ranks and classifies (five-level preset) the made-up results. */
export function demoRanking(units: UnitResult[], failed: FailedUnit[], lang: Lang): RankingReport {
  const classification = CLASSIFICATION_PRESETS["five-level"]!;
  // A survey table was given: a unit missing from it is held out with its reason, as in every host.
  return rankUnits(units, { classification, failed, lang, surveyProvided: true });
}
