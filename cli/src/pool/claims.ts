/**
 * The files of `cchc rank` are claimed, not dealt: every thread (the main thread and each worker)
 * takes the next unscored file from one shared counter when it is free, so a slow file, a late
 * worker or a main thread busy with its own share never leaves a core idle. No thread claims a
 * file more than `window` past the one the main thread is taking, so at most that many outcomes
 * wait in memory.
 */
import type { ScoredFile } from "./score-file";

/** Int32 slots of the shared counters. */
export const NEXT = 0; // the next file nobody has claimed
export const TAKEN = 1; // the file the main thread is taking (outcomes before it are consumed)
export const POSTED = 2; // outcomes posted by the workers, so far
export const STOP = 3; // 1: claim nothing more
export const BOOTED = 4; // workers whose code has started (their isolates are made)
export const SLOTS = 5;

/** What a worker posts for each file (structured clone): file i's outcome and mtime. */
export interface PoolReply extends ScoredFile {
  i: number;
}

/** Longest a worker waits, at a time, for the main thread to move on before looking again. */
const IDLE_MS = 1000;

/**
 * Claims the next file (its index), or -1 when there is none left or the pool is stopping. Waits
 * while the next file is past the window. `self` is the main thread's own call: it never waits
 * (it has outcomes to take instead) and says -2 when the window is full.
 */
export function claimFile(counters: Int32Array, files: number, window: number, self = false): number {
  for (;;) {
    if (Atomics.load(counters, STOP) !== 0) return -1;
    const next = Atomics.load(counters, NEXT);
    if (next >= files) return -1;
    const taken = Atomics.load(counters, TAKEN);
    if (next >= taken + window) {
      if (self) return -2;
      Atomics.wait(counters, TAKEN, taken, IDLE_MS);
      continue;
    }
    if (Atomics.compareExchange(counters, NEXT, next, next + 1) === next) return next;
  }
}
