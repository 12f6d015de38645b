export {
  instructionsGrid,
  reportOutcome,
  runScenarios,
  SCORING_SHEET,
  scoringGrid,
  WORKFLOW_SCENARIOS,
  type ContractHost,
  type ContractWorkbook,
  type Scenario,
} from "./workflow-contract";
export { memoryHost } from "./memory-host";
