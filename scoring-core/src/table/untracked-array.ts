/**
 * Arrays V8 never pretenures. An array literal (`[]`, `[a, b]`) or `new Array()` has an
 * allocation site, and V8 sends a site's arrays straight to the old generation for the rest of
 * the process once a scavenge finds most of them alive: one scavenge during the first, cold
 * table read is enough, and every later table's arrays then start in the old generation
 * (checkSheet ≈ 125 → 540+ µs a table for the nodes' arrays alone; hosts cannot set V8 flags).
 * A copy made by slice() has no allocation site. The result is an ordinary, pushable array.
 */
const NONE: never[] = [];

/** A new empty array (see above). */
export function newArray<T>(): T[] {
  return NONE.slice();
}
