/**
 * The units list's rows as `cchc rank` keeps them for the whole run: the same rows (same keys,
 * same order, same values) with strings of their own. A text cut from the list's sheet XML is a
 * V8 sliced string that keeps the whole XML alive (2 MB for 4,556 units): flat copies let it go,
 * and a group or unit type repeated on many rows is kept once, as is an empty list.
 */
import type { UnitsListRow } from "@cchc/scoring-core";
import { ownString } from "@cchc/scoring-core";

const NONE: readonly unknown[] = Object.freeze([]);

export function ownRows(rows: readonly UnitsListRow[]): UnitsListRow[] {
  const shared = new Map<string, string>();
  const share = (s: string): string => {
    let hit = shared.get(s);
    if (hit === undefined) shared.set(s, (hit = ownString(s)));
    return hit;
  };
  const own = (v: unknown, repeated: boolean): unknown =>
    typeof v === "string" ? (repeated ? share(v) : ownString(v)) : v;
  return rows.map((row) => {
    const out = { ...row } as Record<string, unknown>;
    for (const [k, v] of Object.entries(row)) {
      // An empty list (a unit without editors) is one frozen array for every row.
      if (Array.isArray(v)) out[k] = v.length === 0 ? NONE : v.map((x) => own(x, true));
      else out[k] = own(v, k === "group" || k === "unitType");
    }
    return out as unknown as UnitsListRow;
  });
}
