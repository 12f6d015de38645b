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

const PAIR: null[] = [null, null];

/**
 * A new array of exactly a and b (see above): a copy of a two-slot template, filled in place. An
 * empty array pushed to would first grow to room for 17.
 */
export function newPair<T>(a: T, b: T): T[] {
  const pair = PAIR.slice() as unknown as T[];
  pair[0] = a;
  pair[1] = b;
  return pair;
}
