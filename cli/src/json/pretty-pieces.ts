/**
 * `JSON.stringify(value, null, 2)`, in pieces: `cchc rank --json` for a whole country is ~3 MB
 * of text, held as one string (two bytes a character once a Vietnamese name is in it), then as
 * its UTF-8 copy, on top of the ranking: ~10 MB at the very end of the run, where its peak RSS
 * was. Written piece by piece, only a piece of it is held at a time.
 *
 * The pieces joined are exactly `JSON.stringify(value, null, 2)`: plain objects and arrays are
 * walked (to `depth` levels, keys in Object.keys order, values JSON cannot write dropped from
 * objects and null in arrays); every other value is JSON.stringify's own text, made under its own
 * key (so a toJSON method sees the key it would), then indented to where it stands (JSON text has
 * no newline of its own but its layout's: a newline in a string is written "\n").
 */
export function* prettyJsonPieces(value: unknown, depth = 2): Generator<string> {
  if (walkable(value) && depth > 0) yield* walk(value, "", depth);
  else {
    const text = leaf("", value, "");
    if (text !== undefined) yield text;
  }
}

/**
 * An array whose items are made as they are written: prettyJsonPieces walks it as the array it
 * stands for, taking each item when its turn comes (a country's `cchc rank --json` units are then
 * never all held as objects); JSON.stringify writes that array (toJSON).
 */
export class LazyJsonArray<T> {
  constructor(
    readonly length: number,
    readonly at: (i: number) => T,
  ) {}

  toJSON(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

type Walked = Record<string, unknown> | unknown[] | LazyJsonArray<unknown>;

/** A plain object or array without toJSON, or a LazyJsonArray: the only values walked. */
function walkable(v: unknown): v is Walked {
  if (v === null || typeof v !== "object") return false;
  if (v instanceof LazyJsonArray) return true;
  if (typeof (v as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(v)) return true;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The text of `v` held under `key`, at `indent` (undefined: JSON writes nothing for it). Made
 * as the value of a one-key object, so JSON.stringify does everything it does for a property.
 */
function leaf(key: string, v: unknown, indent: string): string | undefined {
  const wrapped = JSON.stringify({ [key]: v }, null, 2);
  if (wrapped === "{}") return undefined;
  // '{\n  "key": TEXT\n}', TEXT's own lines indented by two more spaces.
  const text = wrapped.slice(`{\n  ${JSON.stringify(key)}: `.length, -2);
  return text.replace(/\n {2}/g, `\n${indent}`);
}

function* walk(v: Walked, indent: string, depth: number): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(v) || v instanceof LazyJsonArray) {
    if (v.length === 0) {
      yield "[]";
      return;
    }
    for (let i = 0; i < v.length; i++) {
      const x: unknown = Array.isArray(v) ? v[i] : v.at(i);
      const lead = `${i === 0 ? "[" : ","}\n${inner}`;
      if (walkable(x) && depth > 1) {
        yield lead;
        yield* walk(x, inner, depth - 1);
      } else yield lead + (leaf(String(i), x, inner) ?? "null");
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(v)) {
    const x = v[key];
    const lead = `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
    if (walkable(x) && depth > 1) {
      yield lead;
      yield* walk(x, inner, depth - 1);
    } else {
      const text = leaf(key, x, inner);
      if (text === undefined) continue;
      yield lead + text;
    }
    first = false;
  }
  yield first ? "{}" : `\n${indent}}`;
}
