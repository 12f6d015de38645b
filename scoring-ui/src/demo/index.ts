export { DemoScoringService, type DemoOptions, type RecordedCall } from "./DemoScoringService";
