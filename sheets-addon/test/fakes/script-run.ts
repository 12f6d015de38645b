/**
 * A fake google.script.run for the sidebar's code in Node: chained withSuccessHandler /
 * withFailureHandler, asynchronous replies, and the wire rules of the real one — arguments and
 * results must be plain JSON (a Date or a function fails the call), and what arrives is a copy.
 */
import type { ScriptRunner } from "../../src/client/run";

export type Handler = (...args: unknown[]) => unknown;

/** Throws like google.script.run on values it cannot send. */
export function assertWireSafe(value: unknown, path = "value"): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Failed due to illegal value in property: ${path}`);
    return;
  }
  if (
    typeof value === "function" ||
    typeof value === "symbol" ||
    typeof value === "bigint" ||
    value instanceof Date
  ) {
    throw new Error(`Failed due to illegal value in property: ${path}`);
  }
  if (value === undefined) return; // dropped, as JSON drops it
  if (Array.isArray(value)) return value.forEach((v, i) => assertWireSafe(v, `${path}[${i}]`));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null)
    throw new Error(`Failed due to illegal value in property: ${path}`);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) assertWireSafe(v, `${path}.${k}`);
}

const wire = <T>(v: T): T => (v === undefined ? (null as T) : (JSON.parse(JSON.stringify(v)) as T));

export function fakeScriptRun(handlers: Record<string, Handler>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const failures: { name: RegExp; message: string }[] = [];
  const make = (onSuccess?: (v: unknown) => void, onFailure?: (e: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_t, prop) {
        if (prop === "withSuccessHandler") return (fn: (v: unknown) => void) => make(fn, onFailure);
        if (prop === "withFailureHandler") return (fn: (e: unknown) => void) => make(onSuccess, fn);
        if (typeof prop !== "string" || !Object.prototype.hasOwnProperty.call(handlers, prop))
          return undefined;
        return (...args: unknown[]) => {
          assertWireSafe(args, "arguments");
          const sent = wire(args);
          calls.push({ name: prop, args: sent });
          setTimeout(() => {
            try {
              const failure = failures.find((f) => f.name.test(prop));
              if (failure) {
                failures.splice(failures.indexOf(failure), 1);
                throw new Error(failure.message);
              }
              const result = handlers[prop]!(...sent);
              assertWireSafe(result, "result");
              onSuccess?.(wire(result));
            } catch (e) {
              onFailure?.(e instanceof Error ? e : new Error(String(e)));
            }
          }, 0);
        };
      },
    });
  return {
    runner: () => make(),
    calls,
    /** The next call of a matching function fails with `message` (e.g. a quota error). */
    failNext(name: RegExp, message: string) {
      failures.push({ name, message });
    },
  };
}
