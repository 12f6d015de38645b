/** Entry of dist/province.mjs (`npm run province -w @cchc/cli`, run by the root `npm start`). */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runProvince } from "./run-province";
import { processConsole } from "../io/console";
import { pendingOutputs } from "../output/pending";

const cliDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(cliDir, "..");
// npm runs workspace scripts in cli/: every path printed is relative to the repository root.
process.chdir(root);
try {
  process.exitCode = runProvince(
    { root, samples: join(cliDir, "samples"), out: join(root, "out") },
    processConsole,
  );
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env["CCHC_DEBUG"] === "1" && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
// The Word report zips asynchronously: the job's exit waits for it, and a failure fails the job.
pendingOutputs().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
