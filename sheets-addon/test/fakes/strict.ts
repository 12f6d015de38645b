/**
 * Wraps a fake so that it behaves like an Apps Script object: only its public methods exist
 * (an unknown method throws, as `sheet.getValuez()` throws in Apps Script), and every call is
 * recorded in the CallLog under "Type.method".
 */
import type { CallLog } from "./calls";

/** Properties that test tooling probes (jest's printer, promises, JSON): answered as absent. */
const PROBES = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
]);

const targets = new WeakMap<object, object>();

/** Enum objects Apps Script services expose as properties (SpreadsheetApp.ProtectionType). */
const ENUMS = new Set(["ProtectionType", "DestinationType"]);

export function strict<T extends object>(typeName: string, target: T, log: CallLog): T {
  const proxy = new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "symbol") return Reflect.get(t, prop, receiver);
      if (PROBES.has(prop)) return undefined;
      const value: unknown = Reflect.get(t, prop, t);
      if (ENUMS.has(prop) && typeof value === "object" && value !== null) return value;
      if (
        typeof value !== "function" ||
        prop.startsWith("_") ||
        prop === "constructor" ||
        Object.prototype.hasOwnProperty.call(t, prop)
      ) {
        throw new TypeError(
          `${typeName}.${prop} is not a function (not in the Apps Script API this fake models)`,
        );
      }
      return (...args: unknown[]) => {
        log.record(`${typeName}.${prop}`);
        return (value as (...a: unknown[]) => unknown).apply(t, args);
      };
    },
    set(_t, prop) {
      throw new TypeError(
        `Cannot set ${typeName}.${String(prop)}: Apps Script objects have no writable properties`,
      );
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** The fake behind a proxy the code under test handed back (a Range passed to setRanges…). */
export function unwrap<T extends object>(value: unknown, typeName: string): T {
  const t = typeof value === "object" && value !== null ? targets.get(value) : undefined;
  if (!t) throw new TypeError(`Exception: Invalid argument: expected a ${typeName}`);
  return t as T;
}
