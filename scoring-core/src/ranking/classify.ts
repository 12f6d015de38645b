import type { ClassBand, Classification } from "../criteria-set/schema";

/** The band an index falls in (bands ordered high to low, min inclusive); null below all. */
export function classify(index: number | null, classification: Classification): ClassBand | null {
  if (index === null || !Number.isFinite(index)) return null;
  // Bands are documented high to low; sorting guards against a set written the other way.
  const bands = [...classification.bands].sort((a, b) => b.min - a.min);
  for (const band of bands) if (index >= band.min) return band;
  return null;
}
