/** Entry of the `cchc` bundle (dist/cchc.mjs). */
// First: bounds V8's heap growth before anything else is loaded.
import "./heap-growth";
import { runMain } from "./run-main";

runMain();
