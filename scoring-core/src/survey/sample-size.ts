/** How many forms to collect per unit: n = N ÷ (1 + N·e²), rounded up (as the national SIPAS survey sizes samples). */
export function sampleSize(population: number, margin = 0.05): number | null {
  if (!(population > 0) || !Number.isFinite(population) || !(margin > 0 && margin < 1)) return null;
  return Math.ceil(population / (1 + population * margin * margin) - 1e-9);
}
