/**
 * Rounds of peak RSS kept across bench runs (`--pool=<file>`), so the growth's 95 % interval can
 * narrow with every run instead of asking one run for dozens of rounds. A round is one run of every
 * size, close in time; spread.ts's `slope` takes each round as its own level, so rounds from runs
 * an hour apart pool without their machines' levels mixing. Rounds of another build are kept in
 * the file but never pooled with this one's: the build is named by a hash of its bundle.
 */

/** One round's peaks, MB, by size (null: not measured, e.g. no phase split on one core). */
export interface PooledRound {
  /** When the round was measured (ISO time) and the load average then. */
  at: string;
  load: number;
  rss: number[];
  scoring: (number | null)[];
  writing: (number | null)[];
}

export interface PoolFile {
  /** The file counts every round measured, in order. */
  sizes: number[];
  /** Rounds by build (a hash of the bundle's bytes). */
  builds: Record<string, PooledRound[]>;
}

/**
 * The pool after adding `rounds` of `build`: `previous` is the file's parsed JSON, or null when
 * there is none yet. Throws (with the reason, for the bench to print) when the file is not a pool
 * or was made for other sizes: rounds of different sizes cannot share one line.
 */
export function addToPool(
  previous: unknown,
  sizes: readonly number[],
  build: string,
  rounds: readonly PooledRound[],
): PoolFile {
  const pool: PoolFile = previous === null ? { sizes: [...sizes], builds: {} } : asPool(previous);
  if (pool.sizes.length !== sizes.length || pool.sizes.some((n, i) => n !== sizes[i]))
    throw new Error(
      `the pool was made for ${pool.sizes.join(" / ")} files, this run measures ${sizes.join(" / ")}: use another --pool file`,
    );
  for (const r of rounds)
    if (
      r.rss.length !== sizes.length ||
      r.scoring.length !== sizes.length ||
      r.writing.length !== sizes.length
    )
      throw new Error("a round needs one peak per size");
  const builds = { ...pool.builds, [build]: [...(pool.builds[build] ?? []), ...rounds] };
  return { sizes: pool.sizes, builds };
}

function asPool(x: unknown): PoolFile {
  const bad = () => new Error("not a pool file written by this bench (expected { sizes, builds })");
  if (typeof x !== "object" || x === null) throw bad();
  const { sizes, builds } = x as Partial<PoolFile>;
  if (!Array.isArray(sizes) || !sizes.every((n) => Number.isInteger(n) && n > 0)) throw bad();
  if (typeof builds !== "object" || builds === null || Array.isArray(builds)) throw bad();
  for (const rounds of Object.values(builds))
    if (!Array.isArray(rounds) || !rounds.every((r) => isRound(r, sizes.length))) throw bad();
  return { sizes, builds };
}

function isRound(r: unknown, n: number): r is PooledRound {
  if (typeof r !== "object" || r === null) return false;
  const o = r as Partial<PooledRound>;
  const peaks = (xs: unknown, nullable: boolean) =>
    Array.isArray(xs) &&
    xs.length === n &&
    xs.every((y) => (typeof y === "number" && Number.isFinite(y)) || (nullable && y === null));
  return (
    typeof o.at === "string" &&
    typeof o.load === "number" &&
    peaks(o.rss, false) &&
    peaks(o.scoring, true) &&
    peaks(o.writing, true)
  );
}

/** `peaks[r][s]` for spread.ts's `slope`: each pooled round of `build`, NaN where not measured. */
export function pooledPeaks(
  pool: PoolFile,
  build: string,
  pick: (r: PooledRound) => readonly (number | null)[],
): number[][] {
  return (pool.builds[build] ?? []).map((r) => pick(r).map((y) => y ?? Number.NaN));
}
