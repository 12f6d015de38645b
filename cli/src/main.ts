/** Entry of the `cchc` bundle (dist/cchc.mjs). */
import { runMain } from "./run-main";

runMain();
