/**
 * Objects V8 never pretenures that are still plain objects. An object literal has an allocation
 * site, and V8 sends a site's objects straight to the old generation for the rest of the process
 * once a scavenge finds most of them alive (one scavenge during the first, cold table read is
 * enough: checkSheet ≈ 125 → 300+ µs a table; hosts cannot set V8 flags). Objects made by `new`
 * have no allocation site. A class would give them its own prototype, and what crosses a host
 * boundary must be plain (Apps Script's google.script.run refuses class instances); so the
 * constructor is a plain function whose `prototype` is Object.prototype: `new` then makes objects
 * indistinguishable from the literal's (same prototype, own data fields in the order assigned,
 * in-object), and the site is gone.
 */
export function plainConstructor<A extends unknown[], T extends object>(
  init: (this: T, ...args: A) => void,
): new (...args: A) => T {
  (init as unknown as { prototype: object }).prototype = Object.prototype;
  return init as unknown as new (...args: A) => T;
}
