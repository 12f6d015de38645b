/** Survey (ĐTXHH) points from raw answers: design, reading, scoring, output. */
export * from "./design-schema";
export * from "./design-from-set";
export * from "./read-design";
export * from "./read-answers";
export * from "./answer-scale";
export * from "./unit-match";
export * from "./score-survey";
export * from "./sample-size";
export * from "./survey-report";
export * from "./survey-sheets";
