/**
 * Worker entry (dist/score-worker.mjs): opens and scores the workbooks `cchc rank` hands it,
 * in the order asked. Each reply is posted, then the worker's slot in the shared counters is
 * bumped so the main thread, waiting synchronously, knows it can take it.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { scoreFile, type FileOutcome, type ScoreContext } from "./score-file";
import type { ScoreRequest } from "./score-pool";

const { port, flags, slot, ctx } = workerData as {
  port: MessagePort;
  flags: SharedArrayBuffer;
  slot: number;
  ctx: ScoreContext;
};
const counters = new Int32Array(flags);

port.on("message", (m: ScoreRequest) => {
  const outcome: FileOutcome = scoreFile(m.path, m.meta, ctx);
  port.postMessage({ i: m.i, outcome });
  Atomics.add(counters, slot, 1);
  Atomics.notify(counters, slot);
});
