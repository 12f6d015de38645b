/**
 * `cchc rank` on every core: the main thread and N worker threads open and score workbooks. Files
 * are claimed from one shared counter by whichever thread is free (claims.ts): each worker starts
 * with one of the last files, then claims; the main thread claims too whenever the outcome it must
 * take next is not there yet (it would otherwise sit waiting, and it is already compiled and warm).
 * The main thread takes the outcomes in file order, so the ranking is the same, byte for byte,
 * whatever the number of workers and whoever scored what. The loop stays synchronous
 * (Atomics.wait + receiveMessageOnPort). No file is claimed more than WINDOW past the one being
 * taken, so memory stays flat. Without the worker bundle (tests), with CCHC_WORKERS=0 or 1 file,
 * or when a worker fails, files are scored in line, with the same results.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import {
  holdYoungGeneration,
  newSpaceBytes,
  restoreYoungGenerationHold,
  youngGenerationHeld,
} from "../heap-growth";
import { BOOTED, claimFile, NEXT, POSTED, SLOTS, STOP, TAKEN, type PoolReply } from "./claims";
import type { ResultPacker, Shape } from "./compact-result";
import { scoreFile, type FileMeta, type ScoreContext, type ScoredFile } from "./score-file";

const WORKER_FILE = "score-worker.mjs";
/**
 * Files that may be claimed past the one being taken, per thread: enough for the main thread to
 * keep busy while a worker finishes a slow file. An outcome scored ahead waits in memory.
 */
const WINDOW_PER_THREAD = 4;
/** Longest wait for one file before giving up on the workers and scoring in line. */
const WAIT_MS = 120_000;
/** Longest wait for the workers' isolates to be made (see waitForIsolates). */
const BOOT_WAIT_MS = 10_000;
/**
 * Each worker's V8 heap (issue #15: peak RSS flat in the number of files). A smaller young
 * generation (24 MB, 8 MB semi-spaces, against 48 by default) and a bounded old generation
 * (which makes V8 grow it by ~1.6× its live size, not 4×) keep a worker's heap near what one
 * file needs: about 25 MB less at 3,000 files, for no measurable CPU. 1 GB is far beyond any
 * workbook the guard lets through; a worker past it stops, and its files are scored in line.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 1024 };

export interface OutcomeSource<T = ScoredFile> {
  /** What `keep` made of files[i]'s outcome (and the file's mtime); call with i = 0, 1, 2… in order. */
  take(i: number): T;
  close(): void;
}

/**
 * What is kept of file i's outcome, made as soon as it is received or scored, in whatever order
 * the files come: an outcome object waiting its turn while this thread scores a file would
 * outlive two young-generation GCs and be promoted (then be old-space garbage once taken).
 */
export type Keep<T> = (i: number, scored: ScoredFile) => T;

/**
 * The single-file build (the cchc executable, src/exe/main.ts) carries the worker's code as a
 * string: it has no file beside it, so its workers are started from that code (eval).
 */
let embeddedWorker: string | null = null;
export function useEmbeddedWorker(code: string): void {
  embeddedWorker = code;
}

/**
 * What each worker runs (eval'd): first a line saying its isolate is made (see waitForIsolates),
 * before its bundle is read and compiled, then the bundle: the embedded code, or the file beside
 * the running bundle, imported.
 */
function workerCode(): string | null {
  const booted = `{ const c = new Int32Array(require("node:worker_threads").workerData.shared); Atomics.add(c, ${BOOTED}, 1); Atomics.notify(c, ${BOOTED}); }\n`;
  if (embeddedWorker !== null) return booted + embeddedWorker;
  const path = workerPath();
  return path ? `${booted}import(${JSON.stringify(pathToFileURL(path).href)});\n` : null;
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

/**
 * The outcome kept, packed by `packer` (nothing: as it came) as soon as it is received or scored:
 * an outcome waiting its turn in `ready` while this thread scores a file would otherwise outlive
 * two young-generation GCs and be promoted whole. `shapes`: the tree came packed from the worker
 * whose shapes these are (see WirePacker).
 */
function kept(
  packer: ResultPacker | null,
  scored: ScoredFile,
  meta: FileMeta | null,
  shapes?: Map<number, Shape>,
): ScoredFile {
  const { outcome } = scored;
  if (!packer || !outcome.ok) return scored;
  return { ...scored, outcome: packer.keepOutcome(outcome, meta, shapes) };
}

/**
 * Making each worker's isolate resets V8's young-generation growth factor (heap-growth.ts): when
 * the main thread's young generation is held, it allocates nothing until every worker's code has
 * started (workerCode), then sets the factor back, so it never grows in between. Returns the ms
 * waited (0 when nothing is held).
 */
function waitForIsolates(counters: Int32Array, n: number): number {
  if (!youngGenerationHeld()) {
    restoreYoungGenerationHold();
    return 0;
  }
  const t0 = performance.now();
  for (let b = Atomics.load(counters, BOOTED); b < n; b = Atomics.load(counters, BOOTED)) {
    if (performance.now() - t0 > BOOT_WAIT_MS) break;
    Atomics.wait(counters, BOOTED, b, 100);
  }
  restoreYoungGenerationHold();
  return performance.now() - t0;
}

/**
 * What the units list says of file i, made when asked: the main thread keeps no object a file
 * for it while the files are read (workers get them all, made once, in their workerData).
 */
export type MetaOf = (i: number) => FileMeta;

/** File i scored on this thread, and kept. */
function scoreHere(
  files: readonly string[],
  metaOf: MetaOf,
  i: number,
  ctx: ScoreContext,
  packer: ResultPacker | null,
): ScoredFile {
  const meta = metaOf(i);
  return kept(packer, scoreFile(files[i]!, meta, ctx), meta);
}

function inline<T>(
  files: readonly string[],
  metaOf: MetaOf,
  ctx: ScoreContext,
  packer: ResultPacker | null,
  keep: Keep<T>,
): OutcomeSource<T> {
  return {
    take: (i) => {
      holdYoungGeneration();
      return keep(i, scoreHere(files, metaOf, i, ctx, packer));
    },
    close: () => undefined,
  };
}

const asScored = <T>(_: number, scored: ScoredFile): T => scored as T;

export function scoringSource<T = ScoredFile>(
  files: readonly string[],
  metaOf: MetaOf,
  ctx: ScoreContext,
  packer: ResultPacker | null = null,
  keep: Keep<T> = asScored,
): OutcomeSource<T> {
  const code = workerCode();
  const n = workerCount(files.length);
  if (!code || n < 1 || files.length < 2) return inline(files, metaOf, ctx, packer, keep);
  // Every file's meta, for the workers only: cloned into each one's workerData, then dropped here.
  let metas: FileMeta[] | null = files.map((_, i) => metaOf(i));
  const counters = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
  const window = WINDOW_PER_THREAD * (n + 1);
  // The last n files are the workers' first (one each), so every worker scores at least one
  // file, and the main thread, taking from the front, never waits for a worker to start.
  const last = files.length - n;
  const workers: Worker[] = [];
  const ports: MessagePort[] = [];
  /** Each worker's tree shapes by id, as it sent them. */
  const shapes: Map<number, Shape>[] = [];
  let broken = false;
  try {
    for (let w = 0; w < n; w++) {
      const channel = new MessageChannel();
      const worker = new Worker(code, {
        eval: true,
        workerData: {
          port: channel.port2,
          shared: counters.buffer,
          first: last + w,
          claimable: last,
          files,
          metas,
          ctx,
          window,
          pack: packer !== null,
        },
        resourceLimits: WORKER_LIMITS,
        transferList: [channel.port2],
      });
      worker.unref();
      // Seen only between takes (the loop is synchronous); a dead worker is otherwise given up
      // on after WAIT_MS.
      worker.on("error", () => {
        broken = true;
      });
      workers.push(worker);
      ports.push(channel.port1);
      shapes.push(new Map());
    }
  } catch {
    for (const w of workers) void w.terminate();
    return inline(files, metaOf, ctx, packer, keep);
  }
  metas = null;
  const bootMs = waitForIsolates(counters, n);
  /** What was kept of outcomes scored ahead of their turn, by file index (at most `window`). */
  const ready = new Map<number, { value: T; byWorker: boolean }>();
  let fromWorkers = 0;
  let byMain = 0;
  let waitedMs = 0;
  /** Moves every posted outcome into `ready`; true when there was any. */
  const drain = (taking: number): boolean => {
    let any = false;
    ports.forEach((port, w) => {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        any = true;
        const reply = m.message as PoolReply;
        // Unpacked even when dropped: its shape may be one later replies refer to.
        const scored = kept(
          packer,
          { outcome: reply.outcome, modified: reply.modified },
          reply.i < files.length ? metaOf(reply.i) : null,
          shapes[w],
        );
        // An outcome already scored in line (after a worker was given up on) is dropped.
        if (reply.i >= taking && !ready.has(reply.i))
          ready.set(reply.i, { value: keep(reply.i, scored), byWorker: true });
      }
    });
    return any;
  };
  const stop = () => {
    Atomics.store(counters, STOP, 1);
    Atomics.notify(counters, TAKEN);
  };
  return {
    take(i) {
      // Between files: where the main thread's young generation is held (see heap-growth.ts).
      holdYoungGeneration();
      Atomics.store(counters, TAKEN, i);
      Atomics.notify(counters, TAKEN);
      let waitingSince = 0;
      for (;;) {
        const got = ready.get(i);
        if (got) {
          ready.delete(i);
          if (got.byWorker) fromWorkers++;
          return got.value;
        }
        if (broken) {
          stop();
          return keep(i, scoreHere(files, metaOf, i, ctx, packer));
        }
        const posted = Atomics.load(counters, POSTED);
        if (drain(i)) continue;
        // Not there yet: score the next unclaimed file here rather than wait.
        const j = claimFile(counters, last, window, true);
        if (j >= 0) {
          byMain++;
          ready.set(j, { value: keep(j, scoreHere(files, metaOf, j, ctx, packer)), byWorker: false });
          continue;
        }
        // File i is with a worker. A worker that died holds at most the one file it claimed.
        if (waitingSince === 0) waitingSince = Date.now();
        else if (Date.now() - waitingSince > WAIT_MS) {
          broken = true;
          continue;
        }
        const t0 = performance.now();
        Atomics.wait(counters, POSTED, posted, 1000);
        waitedMs += performance.now() - t0;
      }
    },
    close() {
      stop();
      // CCHC_DEBUG=1 says how many of the files the workers claimed they scored (the main
      // thread scores what it claims, and any file a failed worker left, in line).
      if (process.env["CCHC_DEBUG"] === "1") {
        const claimed = Math.min(Atomics.load(counters, NEXT), last) - byMain + n;
        process.stderr.write(
          `cchc: ${fromWorkers}/${claimed} tệp chấm trong ${n} luồng phụ; luồng chính chờ ${Math.round(waitedMs)} ms (luồng phụ khởi động ${Math.round(bootMs)} ms); new space ${Math.round(newSpaceBytes() / 1048576)} MB\n`,
        );
      }
      for (const port of ports) port.close();
      for (const w of workers) void w.terminate();
    },
  };
}
