/**
 * @cchc/scoring-core — the pure domain library for scoring the Chỉ số CCHC.
 * Data flows one way: grid → table → validation + totals → report → ranking → sheet blocks.
 */
export * from "./grid/grid";
export * from "./grid/address";
export * from "./grid/fold-text";
export * from "./numbers/decimal";
export * from "./numbers/parse-number";
export * from "./messages/lang";
export * from "./messages/format-number";
export * from "./validation/catalogue";
export * from "./validation/issue";
export * from "./validation/validate-table";
export * from "./table/types";
export * from "./table/read-table";
export * from "./table/detect-sheet";
export * from "./criteria-set/schema";
export * from "./criteria-set/lookup";
export * from "./criteria-set/load";
export * from "./criteria-set/validate-set";
export * from "./criteria-set/rule-text";
export * from "./criteria-set/derive";
export * from "./criteria-set/samples/index";
export * from "./reports/schemas";
export * from "./settings/schema";
export * from "./totals/compute-totals";
export * from "./check-sheet";
export * from "./consolidation/score-workbook";
export * from "./consolidation/side-tables";
export * from "./consolidation/unit-names";
export * from "./consolidation/unit-kind";
export * from "./consolidation/duplicates";
export * from "./consolidation/tool-output";
export * from "./consolidation/score-with-sets";
export * from "./numbers/not-applicable";
export * from "./ranking/rank-units";
export * from "./ranking/classify";
export * from "./output/neutralise";
export * from "./output/sheet-block";
export * from "./output/results-sheet";
export * from "./template/template-spec";
export * from "./template/build-template";
export * from "./province/consolidation-job";
export * from "./province/control-sheets";
export * from "./province/protection-plan";
export * from "./province/unit-plan";
export * from "./province/pack-results";
