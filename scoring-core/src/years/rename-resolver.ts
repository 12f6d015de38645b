/**
 * The reorganisation's mapping (old name → new name) as one matcher for every use across the
 * years (trends, the inspection's index jump): names fold to their core ("UBND" = "Ủy ban nhân
 * dân", "… tỉnh X" dropped) and chains (A → B → C) land on the last name.
 */
import { unitNameCore } from "../consolidation/unit-names";

export type Renames = ReadonlyMap<string, string> | Record<string, string>;

/** A unit name → the key of the unit it is (or became) in the latest year. */
export function renameResolver(given: Renames = {}): (name: string) => string {
  const renames = new Map<string, string>();
  const entries = given instanceof Map ? [...given.entries()] : Object.entries(given);
  for (const [from, to] of entries) renames.set(unitNameCore(from), unitNameCore(to));
  return (name: string): string => {
    const seen = new Set<string>();
    let k = unitNameCore(name);
    while (renames.has(k) && !seen.has(k)) {
      seen.add(k);
      k = renames.get(k)!;
    }
    return k;
  };
}
