import type { ClassBand, Classification } from "../criteria-set/schema";
import { notImplemented } from "../not-implemented";

/** The band an index falls in (bands ordered high to low, min inclusive); null below all. */
export function classify(_index: number | null, _classification: Classification): ClassBand | null {
  return notImplemented("classify");
}
