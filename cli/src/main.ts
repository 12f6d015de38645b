/** Entry of the `cchc` bundle (dist/cchc.mjs). */
import { runCli } from "./cli";
import { processConsole } from "./io/console";

const debug = process.env["CCHC_DEBUG"] === "1";
process.exitCode = runCli(process.argv.slice(2), processConsole, debug);
