/**
 * Entry of the single-file `cchc` (scripts/build-exe.mjs): one CommonJS script, as Node's
 * single-executable applications need. `rank`'s worker code is not a file beside it but a
 * string the build embeds, and the pool starts its workers from that string.
 */
// First: sets V8's heap flags before anything else is loaded.
import { holdYoungGeneration } from "../heap-growth";
import { useEmbeddedWorker } from "../pool/score-pool";
import { runMain } from "../run-main";

/** The bundled src/pool/score-worker.ts (CommonJS), put here by the build's `define`. */
declare const __CCHC_SCORE_WORKER__: string;

useEmbeddedWorker(__CCHC_SCORE_WORKER__);
// Loading the bundle grows the young generation to its 8 MB semi-spaces: held there from now on.
holdYoungGeneration();
runMain();
