/**
 * Use cases run on hosts that answer synchronously (Apps Script) and asynchronously (Office.js,
 * the demo). They are written once as generators that `yield* step(portCall)`; `runSync` drives
 * them without a single Promise (Apps Script's server cannot await), `runAsync` awaits each step.
 */
export type Awaitable<T> = T | Promise<T>;

/** A use case: a generator whose steps are port calls (values or promises). */
export type Flow<T> = Generator<unknown, T, unknown>;

/** One port call inside a flow: `const grid = yield* step(port.readSheet(name))`. */
export function* step<T>(value: Awaitable<T>): Generator<unknown, T, unknown> {
  return (yield value) as T;
}

function isPromise(v: unknown): v is PromiseLike<unknown> {
  return !!v && typeof (v as { then?: unknown }).then === "function";
}

/** Drives a flow on a synchronous port; a port that returns a promise is a programming error. */
export function runSync<T>(flow: Flow<T>): T {
  let next = flow.next();
  while (!next.done) {
    if (isPromise(next.value)) throw new Error("runSync: the port returned a promise");
    next = flow.next(next.value);
  }
  return next.value;
}

/** Drives a flow on an asynchronous port; a failed step is thrown into the flow (try/finally works). */
export async function runAsync<T>(flow: Flow<T>): Promise<T> {
  let next = flow.next();
  while (!next.done) {
    let value: unknown;
    try {
      value = await next.value;
    } catch (e) {
      next = flow.throw(e);
      continue;
    }
    next = flow.next(value);
  }
  return next.value;
}
