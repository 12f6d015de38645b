/**
 * Worker entry (dist/score-worker.mjs): opens and scores the workbooks of `cchc rank`, claiming
 * them one at a time from the counter it shares with the main thread and the other workers (see
 * score-pool.ts). Each outcome is posted with its file's index (its tree packed, the figures
 * transferred, when the main thread keeps trees packed), then the shared "posted" count is
 * bumped so the main thread, waiting synchronously, knows there is something to take.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { scoreFile, type ScoreContext } from "./score-file";
import { metaFrom, type MetaColumns } from "./meta-columns";
import { claimFile, POSTED, type PoolReply } from "./claims";
import { WirePacker } from "./compact-result";

const { port, shared, first, claimable, files, metas, ctx, window, pack } = workerData as {
  port: MessagePort;
  shared: SharedArrayBuffer;
  /** This worker's first file, handed out before any claim. */
  first: number;
  /** Files 0…claimable-1 are claimed from the shared counter. */
  claimable: number;
  files: string[];
  /** Every file's meta, as columns (see meta-columns.ts). */
  metas: MetaColumns;
  ctx: ScoreContext;
  window: number;
  /** Post each tree packed (the main thread keeps it packed): see WirePacker. */
  pack: boolean;
};
const counters = new Int32Array(shared);

const packer = pack ? new WirePacker() : null;

function score(i: number): void {
  const { outcome, modified } = scoreFile(files[i]!, metaFrom(metas, files, i), ctx);
  const wired = packer ? packer.wire(outcome) : { outcome, transfer: [] };
  const reply: PoolReply = { i, outcome: wired.outcome, modified };
  port.postMessage(reply, wired.transfer);
  Atomics.add(counters, POSTED, 1);
  Atomics.notify(counters, POSTED);
}

// Synchronous to the end: this thread has nothing else to do, and its replies need no event loop.
score(first);
for (let i = claimFile(counters, claimable, window); i >= 0; i = claimFile(counters, claimable, window)) {
  score(i);
}
port.close();
