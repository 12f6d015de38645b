/** What every `cchc` entry does: run the command line, then wait for outputs finished later. */
import { runCli } from "./cli";
import { processConsole } from "./io/console";
import { pendingOutputs } from "./output/pending";

export function runMain(): void {
  const debug = process.env["CCHC_DEBUG"] === "1";
  process.exitCode = runCli(process.argv.slice(2), processConsole, debug);
  // Outputs finished asynchronously (the Word report): a failure is said and fails the command.
  pendingOutputs().catch((e: unknown) => {
    processConsole.err(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
