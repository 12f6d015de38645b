/**
 * Imported first by the cli's entries, so it runs before the bundle's modules are evaluated. Every
 * flag set here is one V8 reads while it runs (at each GC, allocation or new-space growth, or
 * when an isolate is made), not only at start-up; they are process-wide, so rank's workers see
 * them too.
 *
 * `--heap-growing-percent=20`: `cchc rank`'s main thread scores its share of the files: each
 * workbook's parse outlives a few young-generation GCs and is promoted, and V8 lets the old
 * generation grow to 4× its live size (under the default 4 GB limit) before a full GC. At 4,556
 * files the main heap swung between 30 and 150 MB (peak RSS 282–292 MB). Growing it by 20 % at a
 * time keeps it near its live size (222–228 MB), CPU within the noise. Set before the first GC,
 * it also bounds the first limit.
 *
 * `--no-allocation-site-pretenuring`: V8 allocates straight into the old generation from any
 * allocation site whose objects mostly survived a young-generation GC. The units list of a whole
 * country (4,556 rows, a 2 MB sheet) is parsed on the main thread before the workbooks, through
 * the same reader: its cells all survive, so the reader's sites were marked for the old
 * generation, and every workbook the main thread read afterwards went there as garbage (226 MB
 * promoted against 50 without it, 15 full GCs against 4; 3,000 rows stayed under V8's threshold,
 * which is why the peak grew with the file count). Off: 220 → 200 MB at 4,556 files, 6 % less CPU,
 * 1,000 files unchanged (docs/benchmarks/cli.md, branch cli-mem3).
 *
 * The young generation: 8 MB semi-spaces, as rank's workers have (score-pool.ts), instead of 16.
 * Its maximum is fixed when an isolate is made, so the main thread's is held by its growth:
 * V8 grows new space to min(maximum, semi_space_growth_factor × capacity) when enough survived,
 * and reads the factor at each growth. Factor 8 takes it from 1 MB to 8 in one step (loading the
 * bundle does it); `holdYoungGeneration` sets the factor to 1 once it is there. Making an isolate
 * (a worker) resets the factor to at least 2 (V8's Heap::ConfigureHeap), so the pool waits for
 * its workers' isolates and calls `restoreYoungGenerationHold`. Workers are made with
 * `--min-semi-space-size=8`: they start at their 8 MB maximum and never need to grow.
 * 20 MB less at 4,556 files, CPU within the noise (docs/benchmarks/cli.md).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";

/** Semi-space size, MB: two of them (and as much for new large objects) make a young generation. */
export const SEMI_SPACE_MB = 8;

setFlagsFromString("--heap-growing-percent=20");
setFlagsFromString("--no-allocation-site-pretenuring");
setFlagsFromString(`--semi-space-growth-factor=${SEMI_SPACE_MB}`);
setFlagsFromString(`--min-semi-space-size=${SEMI_SPACE_MB}`);

const MB = 1024 * 1024;
let held = false;

/** This thread's new space (both semi-spaces), in bytes. */
export function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size ?? 0;
}

/** Stops the young generation growing once its semi-spaces reach SEMI_SPACE_MB (cheap once held). */
export function holdYoungGeneration(): void {
  if (held || newSpaceBytes() < 2 * SEMI_SPACE_MB * MB) return;
  setFlagsFromString("--semi-space-growth-factor=1");
  held = true;
}

/** Whether the main thread's young generation is held (its growth factor must be put back after an isolate is made). */
export function youngGenerationHeld(): boolean {
  return held;
}

/**
 * After an isolate is made: the growth factor back to 1 when held, else to what takes the
 * semi-spaces from their size now to SEMI_SPACE_MB in one step.
 */
export function restoreYoungGenerationHold(): void {
  const semiMb = Math.max(1, newSpaceBytes() / 2 / MB);
  const factor = held ? 1 : Math.max(2, Math.floor(SEMI_SPACE_MB / semiMb));
  setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}
