/**
 * Arrays V8 never pretenures. An array literal (`[]`, `[a, b]`) or `new Array()` has an
 * allocation site, and V8 sends a site's arrays straight to the old generation for the rest of
 * the process once a scavenge finds most of them alive: one scavenge during the first, cold
 * table read is enough, and every later table's arrays then start in the old generation
 * (checkSheet ≈ 125 → 540+ µs a table for the nodes' arrays alone; hosts cannot set V8 flags).
 * A copy made by slice() has no allocation site. The results are ordinary, pushable arrays.
 *
 * The templates hold objects' elements kind (emptied by `length = 0`, the kind stays), so the
 * copies take strings and objects without an elements-kind transition on their first push.
 */
const NONE: unknown[] = [null];
NONE.length = 0;
const ONE: unknown[] = [null];
const TWO: unknown[] = [null, null];

/**
 * One frozen empty array, shared: a read node's `ruleText` and `children` until the reader adds
 * the first element (it then puts a new array in its place). Made once, at load.
 */
export const EMPTY: readonly never[] = Object.freeze(NONE.slice() as never[]);

/** A new empty array (see above). */
export function newArray<T>(): T[] {
  return NONE.slice() as T[];
}

/** A new array of `a` (see above): exactly one element's room, as the literal `[a]` has. */
export function arrayOf1<T>(a: T): T[] {
  const r = ONE.slice() as T[];
  r[0] = a;
  return r;
}

/** A new array of `a` and `b` (see above): exactly two elements' room, as `[a, b]` has. */
export function arrayOf2<T>(a: T, b: T): T[] {
  const r = TWO.slice() as T[];
  r[0] = a;
  r[1] = b;
  return r;
}

/** Packed nulls, the template of arrayOfLength (objects' elements kind, as ONE and TWO). */
const NULLS: unknown[] = [null];
for (let i = 1; i < 1_024; i++) NULLS.push(null);

/** A new array of `n` nulls, to be filled (see above): exactly `n` elements' room. */
export function arrayOfLength<T>(n: number): T[] {
  if (n <= NULLS.length) return NULLS.slice(0, n) as T[];
  const r = NULLS.slice() as T[];
  while (r.length < n) r.push(null as T);
  return r;
}
