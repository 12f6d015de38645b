/**
 * Text users type (unit, group, scale names) used as a key of a plain object: "constructor",
 * "toString" or "__proto__" must be data, never Object.prototype's member nor its setter.
 */

// Not Object.hasOwn: the core also runs in Apps Script, whose bundle targets ES2020.
const hasOwnProperty = Object.prototype.hasOwnProperty;

/** True when `key` is the object's own property (inherited members such as "constructor" are not). */
export function hasOwnKey(obj: object, key: string): boolean {
  return hasOwnProperty.call(obj, key);
}

/** The object's own value at `key`; undefined when it has none (inherited members do not count). */
export function ownValue<T>(obj: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return obj !== undefined && hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Sets an own property, even for "__proto__" (a plain assignment would replace the prototype). */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__")
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}
