/**
 * Entry of the single-file `cchc` (scripts/build-exe.mjs): one CommonJS script, as Node's
 * single-executable applications need. `rank`'s worker code is not a file beside it but a
 * string the build embeds, and the pool starts its workers from that string.
 */
// First: bounds V8's heap growth before anything else is loaded.
import "../heap-growth";
import { useEmbeddedWorker } from "../pool/score-pool";
import { runMain } from "../run-main";

/** The bundled src/pool/score-worker.ts (CommonJS), put here by the build's `define`. */
declare const __CCHC_SCORE_WORKER__: string;

useEmbeddedWorker(__CCHC_SCORE_WORKER__);
runMain();
