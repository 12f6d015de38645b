/** Entry of the `cchc` bundle (dist/cchc.mjs). */
// First: sets V8's heap flags before anything else is loaded.
import { holdYoungGeneration } from "./heap-growth";
import { runMain } from "./run-main";

// Loading the bundle grows the young generation to its 8 MB semi-spaces: held there from now on.
holdYoungGeneration();
runMain();
