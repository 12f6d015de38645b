/**
 * The golden province's hand-worked results live in test-kit (test-kit/src/golden/expected.ts),
 * shared by every host's golden test; re-exported here for the cli's tests.
 */
export {
  GOLDEN_FAILED,
  GOLDEN_NO_SET,
  GOLDEN_SKIPPED,
  GOLDEN_WITH_SETS,
  type GoldenRow,
} from "@cchc/test-kit/golden";
