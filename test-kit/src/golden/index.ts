/**
 * @cchc/test-kit/golden — the golden province (#9's proof): its committed files, the results
 * worked out by hand, and the shape every host's outcome is compared in.
 */
export { GOLDEN_FAILED, GOLDEN_NO_SET, GOLDEN_SKIPPED, GOLDEN_WITH_SETS, type GoldenRow } from "./expected";
export { GOLDEN_EPOCH, SURVEY, TREE, UNITS, type GoldenUnit, type Score } from "./province";
export {
  goldenDir,
  goldenModified,
  goldenSetJson,
  goldenSurveyFile,
  goldenUnitFiles,
  type GoldenFile,
} from "./files";
export { GOLDEN_CHECKS, goldenCheck, goldenRows, goldenSkipped, type GoldenCheck } from "./outcome";
export { goldenGrids, readGolden } from "./read";
export { GOLDEN_RECORD, recordFigures } from "./record";
export {
  goldenChecks,
  goldenConsolidation,
  type GoldenConsolidate,
  type GoldenConsolidateInput,
} from "./scenarios";
