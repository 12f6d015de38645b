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
