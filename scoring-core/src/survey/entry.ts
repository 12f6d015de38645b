/**
 * The survey scorer on its own subpath ("@cchc/scoring-core/survey"), so a pane loads it only
 * when the user consolidates with raw answers: it stays out of the initial task-pane bundle.
 */
export { surveyFromAnswers } from "./survey-inputs";
