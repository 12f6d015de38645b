import type { ClassBand, Classification } from "../criteria-set/schema";

/** A classifier with the bands sorted once (high to low), for ranking many units. */
export function makeClassifier(classification: Classification): (index: number | null) => ClassBand | null {
  // Bands are documented high to low; sorting guards against a set written the other way.
  const bands = [...classification.bands].sort((a, b) => b.min - a.min);
  return (index) => {
    if (index === null || !Number.isFinite(index)) return null;
    for (const band of bands) if (index >= band.min) return band;
    return null;
  };
}

/** The band an index falls in (bands ordered high to low, min inclusive); null below all. */
export function classify(index: number | null, classification: Classification): ClassBand | null {
  return makeClassifier(classification)(index);
}
