/**
 * JSON.parse keeps a key "__proto__" as an own property, but zod builds its output by assignment,
 * so such a key (a unit type, a scale, a maximum) would vanish without a word — with whatever
 * value it held unchecked. Hand-edited JSON (criteria sets, survey designs) is searched for it
 * first, so the user is told where it is.
 */

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** The path to the first own "__proto__" key in a decoded JSON value; null when there is none. */
export function protoKeyPath(value: unknown): (string | number)[] | null {
  const seen = new Set<object>();
  const path: (string | number)[] = [];
  const visit = (v: unknown): boolean => {
    if (typeof v !== "object" || v === null || seen.has(v)) return false;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        if (visit(v[i])) return true;
        path.pop();
      }
      return false;
    }
    if (hasOwnProperty.call(v, "__proto__")) {
      path.push("__proto__");
      return true;
    }
    for (const key of Object.keys(v)) {
      path.push(key);
      if (visit((v as Record<string, unknown>)[key])) return true;
      path.pop();
    }
    return false;
  };
  return visit(value) ? path : null;
}
