/**
 * `cchc rank` on every core: the main thread and N worker threads open and score workbooks. File
 * i goes to lane i mod (N + 1); lane 0 is the main thread itself, which scores its files in line
 * when it reaches them (it would otherwise sit waiting, and it is already compiled and warm: a
 * worker costs a load of the bundle and its own JIT warm-up). Each worker answers in the order it
 * was asked, and the main thread takes the outcomes in file order, so the ranking is the same,
 * byte for byte, whatever the number of workers. The loop stays synchronous (Atomics.wait +
 * receiveMessageOnPort). Each worker holds at most AHEAD files in flight, so memory stays flat.
 * Without the worker bundle (tests), with CCHC_WORKERS=0 or 1 file, or when a worker fails,
 * files are scored in line, with the same results.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { scoreFile, type FileMeta, type FileOutcome, type ScoreContext } from "./score-file";

const WORKER_FILE = "score-worker.mjs";
/** Files queued per worker beyond the one it is scoring: enough to never leave a core idle. */
const AHEAD = 2;
/** Longest wait for one file before giving up on the workers and scoring in line. */
const WAIT_MS = 120_000;
/**
 * Each worker's V8 heap (issue #15: peak RSS flat in the number of files). A smaller young
 * generation (24 MB, 8 MB semi-spaces, against 48 by default) and a bounded old generation
 * (which makes V8 grow it by ~1.6× its live size, not 4×) keep a worker's heap near what one
 * file needs: about 25 MB less at 3,000 files, for no measurable CPU. 1 GB is far beyond any
 * workbook the guard lets through; a worker past it stops, and its files are scored in line.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 1024 };

export interface OutcomeSource {
  /** The outcome for files[i]; call with i = 0, 1, 2… in order. */
  take(i: number): FileOutcome;
  close(): void;
}

export interface ScoreRequest {
  i: number;
  path: string;
  meta: FileMeta;
}

/**
 * The single-file build (the cchc executable, src/exe/main.ts) carries the worker's code as a
 * string: it has no file beside it, so its workers are started from that code (eval).
 */
let embeddedWorker: string | null = null;
export function useEmbeddedWorker(code: string): void {
  embeddedWorker = code;
}

/** The worker bundle beside the running bundle (dist/cchc.mjs, dist/province.mjs). */
function workerPath(): string | null {
  const main = process.argv[1];
  if (!main) return null;
  const p = join(dirname(main), WORKER_FILE);
  return existsSync(p) ? p : null;
}

/**
 * Worker threads besides the main thread: CCHC_WORKERS=n, else one per core beyond the first
 * (at most 3: beyond four threads the disk is the limit).
 */
export function workerCount(files: number): number {
  const env = process.env["CCHC_WORKERS"];
  const wanted =
    env !== undefined && /^\d+$/.test(env) ? Number(env) : Math.min(availableParallelism() - 1, 3);
  return Math.max(0, Math.min(wanted, files - 1));
}

function inline(files: readonly string[], metas: readonly FileMeta[], ctx: ScoreContext): OutcomeSource {
  return { take: (i) => scoreFile(files[i]!, metas[i]!, ctx), close: () => undefined };
}

interface Lane {
  worker: Worker;
  port: MessagePort;
  asked: number;
  received: number;
}

export function scoringSource(
  files: readonly string[],
  metas: readonly FileMeta[],
  ctx: ScoreContext,
): OutcomeSource {
  const path = embeddedWorker ?? workerPath();
  const n = workerCount(files.length);
  if (!path || n < 1 || files.length < 2) return inline(files, metas, ctx);
  // One counter per worker: it bumps its slot after each reply, the main thread waits on it.
  const flags = new SharedArrayBuffer(4 * n);
  const counters = new Int32Array(flags);
  const lanes: Lane[] = [];
  let broken = false;
  try {
    for (let w = 0; w < n; w++) {
      const channel = new MessageChannel();
      const worker = new Worker(path, {
        eval: embeddedWorker !== null,
        workerData: { port: channel.port2, flags, slot: w, ctx },
        resourceLimits: WORKER_LIMITS,
        transferList: [channel.port2],
      });
      worker.unref();
      worker.on("error", () => {
        broken = true;
      });
      lanes.push({ worker, port: channel.port1, asked: 0, received: 0 });
    }
  } catch {
    for (const l of lanes) void l.worker.terminate();
    return inline(files, metas, ctx);
  }
  // Lane 0 is the main thread; lane l > 0 is lanes[l - 1].
  const L = n + 1;
  let next = 0;
  let fromWorkers = 0;
  let toWorkers = 0;
  const ask = (upTo: number) => {
    for (; next < files.length && next <= upTo; next++) {
      const l = next % L;
      if (l === 0) continue;
      const lane = lanes[l - 1]!;
      const req: ScoreRequest = { i: next, path: files[next]!, meta: metas[next]! };
      lane.port.postMessage(req);
      lane.asked++;
      toWorkers++;
    }
  };
  ask(L * (AHEAD + 1) - 1);
  return {
    take(i) {
      // Keep the workers fed before scoring this thread's own share.
      ask(i + L * (AHEAD + 1) - 1);
      const l = i % L;
      if (!broken && l > 0) {
        const w = l - 1;
        const lane = lanes[w]!;
        const deadline = Date.now() + WAIT_MS;
        while (Atomics.load(counters, w) <= lane.received && Date.now() < deadline && !broken) {
          Atomics.wait(counters, w, lane.received, 1000);
        }
        const msg = receiveMessageOnPort(lane.port);
        if (msg) {
          lane.received++;
          const reply = msg.message as { i: number; outcome: FileOutcome };
          if (reply.i === i) {
            fromWorkers++;
            return reply.outcome;
          }
        }
        broken = true;
      }
      return scoreFile(files[i]!, metas[i]!, ctx);
    },
    close() {
      // CCHC_DEBUG=1 says how many of the files handed to the workers they scored (the main
      // thread scores its own share, and any file a failed worker left, in line).
      if (process.env["CCHC_DEBUG"] === "1") {
        process.stderr.write(`cchc: ${fromWorkers}/${toWorkers} tệp chấm trong ${n} luồng phụ\n`);
      }
      for (const l of lanes) {
        l.port.close();
        void l.worker.terminate();
      }
    },
  };
}
