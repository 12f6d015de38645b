/**
 * Whether `cchc rank`'s peak RSS grows with the file count, told apart from run-to-run noise
 * (issue #15: flat from 1,000 to 5,000 files). One run per size cannot tell: on this shared
 * machine two runs of the same size differ by up to ≈ 9 MB, more than the growth being looked
 * for. So the bench runs every size in each of several rounds and compares the sizes round by
 * round (a round's runs are close in time, so they share the machine's load).
 */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Highest minus lowest (0 for fewer than two values). */
export function spread(xs: readonly number[]): number {
  return xs.length < 2 ? 0 : Math.max(...xs) - Math.min(...xs);
}

export type Verdict =
  | "one round"
  | "grows"
  | "grew every round, within the noise"
  | "shrank"
  | "unclear: rounds disagree in sign";

export interface Growth {
  /** Peak RSS at the larger size minus at the smaller, MB, one value a round. */
  deltas: number[];
  median: number;
  /** The median growth per 1,000 files, MB. */
  perThousand: number;
  /** The larger of the two sizes' run-to-run spreads, MB. */
  noise: number;
  verdict: Verdict;
}

/**
 * The growth of peak RSS from `small` to `large` files, given each round's peak at both sizes
 * (`atSmall[r]`, `atLarge[r]`: round r). "grows": every round grew, and by more than two runs of
 * one size differ; "grew every round, within the noise": every round grew, but less than that;
 * "unclear: rounds disagree in sign": some rounds grew, some shrank.
 */
export function growth(
  small: number,
  large: number,
  atSmall: readonly number[],
  atLarge: readonly number[],
): Growth {
  if (atSmall.length !== atLarge.length || atSmall.length === 0)
    throw new Error("one peak per round at each size");
  const deltas = atSmall.map((s, r) => atLarge[r]! - s);
  const med = median(deltas);
  const noise = Math.max(spread(atSmall), spread(atLarge));
  const perThousand = (med / (large - small)) * 1000;
  let verdict: Verdict;
  if (deltas.length < 2) verdict = "one round";
  else if (deltas.every((d) => d > 0)) verdict = med > noise ? "grows" : "grew every round, within the noise";
  else if (deltas.every((d) => d < 0)) verdict = "shrank";
  else verdict = "unclear: rounds disagree in sign";
  return { deltas, median: med, perThousand, noise, verdict };
}

/** One line saying it, e.g. for 1,000 → 4,556 files. */
export function growthLine(small: number, large: number, g: Growth): string {
  const mb = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(1)}`;
  const files = (n: number) => n.toLocaleString("en");
  if (g.verdict === "one round")
    return `peak RSS ${files(small)} → ${files(large)} files: ${mb(g.median)} MB in one run each, which cannot tell growth from run-to-run noise (≈ 9 MB here): use --runs 3 or more`;
  return `peak RSS ${files(small)} → ${files(large)} files: ${mb(g.median)} MB median (rounds: ${g.deltas.map(mb).join(", ")}), ${mb(g.perThousand)} MB per 1,000 files; runs of one size differ by up to ${g.noise.toFixed(1)} MB: ${g.verdict}`;
}

/**
 * Two-sided 95 % quantile of Student's t for `df` degrees of freedom (table to 30, then the
 * normal's 1.96 corrected by the first term of its expansion).
 */
export function t95(df: number): number {
  const table = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
    2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
  ];
  if (!(df >= 1)) return Number.POSITIVE_INFINITY;
  const d = Math.floor(df);
  return d <= 30 ? table[d - 1]! : 1.96 + (1.96 ** 3 + 1.96) / (4 * d);
}

/**
 * Growth per 1,000 files of a least-squares line through every run, each round its own level
 * (round fixed effects: a round's runs are close in time and share the machine's load, so what
 * differs between rounds is taken out and only the sizes within a round are compared). Within
 * ±`flatMb` MB per 1,000 files counts as flat (an equivalence test: both ends of the 95 %
 * interval inside the band), even when the interval leaves out 0: the inputs' own lists grow with
 * the file count, by a few hundred bytes a file. "grows" and "shrinks" are beyond the band; an
 * interval on one side of 0 that reaches past the band says which way, and that it may be within.
 */
export type SlopeVerdict =
  | "flat"
  | "grows"
  | "shrinks"
  | "grows, perhaps within the band: more rounds needed"
  | "shrinks, perhaps within the band: more rounds needed"
  | "cannot tell: more rounds needed";

export interface Slope {
  /** MB per 1,000 files. */
  perThousand: number;
  /** The 95 % interval of `perThousand`. */
  low: number;
  high: number;
  /** Residual standard deviation of one run, MB (what a run's peak scatters by). */
  sd: number;
  runs: number;
  verdict: SlopeVerdict;
}

/** `peaks[r][s]`: round r's peak at `sizes[s]` (NaN or missing: not measured). */
export function slope(sizes: readonly number[], peaks: readonly (readonly number[])[], flatMb = 0.5): Slope {
  let sxx = 0;
  let sxy = 0;
  let n = 0;
  let groups = 0;
  const centred: { x: number; y: number }[] = [];
  for (const row of peaks) {
    const pts = sizes
      .map((size, s) => ({ x: size / 1000, y: row[s] ?? Number.NaN }))
      .filter((p) => Number.isFinite(p.y));
    if (pts.length < 2) continue;
    groups++;
    const mx = pts.reduce((a, p) => a + p.x, 0) / pts.length;
    const my = pts.reduce((a, p) => a + p.y, 0) / pts.length;
    for (const p of pts) {
      const c = { x: p.x - mx, y: p.y - my };
      centred.push(c);
      sxx += c.x * c.x;
      sxy += c.x * c.y;
      n++;
    }
  }
  if (sxx === 0) throw new Error("two sizes in one round at least");
  const b = sxy / sxx;
  const df = n - groups - 1;
  const rss = centred.reduce((a, c) => a + (c.y - b * c.x) ** 2, 0);
  const sd = df > 0 ? Math.sqrt(rss / df) : Number.NaN;
  const half = df > 0 ? t95(df) * Math.sqrt(rss / df / sxx) : Number.POSITIVE_INFINITY;
  const low = b - half;
  const high = b + half;
  const verdict: SlopeVerdict =
    low >= -flatMb && high <= flatMb
      ? "flat"
      : low > flatMb
        ? "grows"
        : high < -flatMb
          ? "shrinks"
          : low > 0
            ? "grows, perhaps within the band: more rounds needed"
            : high < 0
              ? "shrinks, perhaps within the band: more rounds needed"
              : "cannot tell: more rounds needed";
  return { perThousand: b, low, high, sd, runs: n, verdict };
}

/** One line saying it. */
export function slopeLine(sizes: readonly number[], s: Slope, flatMb = 0.5): string {
  const mb = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(2)}`;
  const from = sizes[0]!;
  const to = sizes[sizes.length - 1]!;
  const span = (to - from) / 1000;
  return `peak RSS per 1,000 files (${s.runs} runs, ${sizes.map((n) => n.toLocaleString("en")).join(" / ")}, each round its own level): ${mb(s.perThousand)} MB, 95 % interval ${mb(s.low)} to ${mb(s.high)} (${mb(s.low * span)} to ${mb(s.high * span)} MB from ${from.toLocaleString("en")} to ${to.toLocaleString("en")} files); one run scatters by ${s.sd.toFixed(1)} MB; flat means within ±${flatMb} MB per 1,000: ${s.verdict}`;
}
