/**
 * Matching the unit names respondents type to the design's list of units rated.
 *
 * "UBND xã Hòa Bình", "Ủy ban nhân dân xã Hoà Bình" and "ubnd  xa hoa binh" are one unit; so are
 * "Sở Tư pháp" and "Sở Tư pháp tỉnh Gia Lai". A name that matches nothing gets the closest known
 * name as a suggestion, never a silent guess.
 *
 * Names are keyed by the core's one unit-name matcher (consolidation/unit-names.ts).
 */
import { unitNameCore } from "../consolidation/unit-names";

/**
 * Folded words of a unit name, abbreviations made equal, the "tỉnh …" tail dropped. A leading
 * "=", "+", "@" or "'" is a spreadsheet artefact (a typed formula sign, Excel's text marker), not
 * part of the name: "=UBND xã Tây Sơn" in a units list is the unit respondents call "UBND xã Tây Sơn".
 */
export const unitNameKey = (name: string): string => unitNameCore(name.replace(/^\s*[=+@']+/, ""));

function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

export type UnitMatch<T> = { kind: "found"; unit: T } | { kind: "unknown"; suggestion: T | null };

/** Matches names to a list of units (by name); memoised, since thousands of forms repeat a few names. */
export class UnitMatcher<T extends { name: string }> {
  private readonly byKey = new Map<string, T>();
  private readonly memo = new Map<string, UnitMatch<T>>();

  constructor(private readonly units: readonly T[]) {
    for (const u of units) if (!this.byKey.has(unitNameKey(u.name))) this.byKey.set(unitNameKey(u.name), u);
  }

  match(name: string): UnitMatch<T> {
    let m = this.memo.get(name);
    if (!m) {
      m = this.compute(name);
      this.memo.set(name, m);
    }
    return m;
  }

  private compute(name: string): UnitMatch<T> {
    const key = unitNameKey(name);
    const exact = this.byKey.get(key);
    if (exact) return { kind: "found", unit: exact };
    let best: T | null = null;
    let bestD = Infinity;
    for (const [k, u] of this.byKey) {
      const d = distance(key, k);
      if (d < bestD) {
        bestD = d;
        best = u;
      }
    }
    // Only suggest a name that is reasonably close (a third of its letters or fewer differ).
    const close = best !== null && bestD <= Math.max(2, Math.ceil(unitNameKey(best.name).length / 3));
    return { kind: "unknown", suggestion: close ? best : null };
  }

  get size(): number {
    return this.units.length;
  }
}
