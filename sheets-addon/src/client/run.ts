/**
 * A typed promise client over google.script.run: one method per server function in the RPC
 * contract. google.script.run is callback-based and untyped; this is the only place that
 * touches it.
 */
import type { ServerApi, ServerFunctionName } from "../shared/rpc";
import { SERVER_FUNCTIONS } from "../shared/rpc";

/** The shape of google.script.run that the client relies on. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [fn: string]: unknown;
}

export type ServerClient = {
  [K in ServerFunctionName]: (...args: Parameters<ServerApi[K]>) => Promise<ReturnType<ServerApi[K]>>;
};

/** `runner` is called per request: google.script.run hands out a fresh runner each time. */
export function createServerClient(runner: () => ScriptRunner): ServerClient {
  const call = (name: ServerFunctionName, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const r = runner().withSuccessHandler(resolve).withFailureHandler(reject);
      const fn = r[name];
      if (typeof fn !== "function") {
        reject(new Error(`[cchc:server-error] google.script.run.${name} is missing`));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(r, args);
    });
  const client: Partial<Record<ServerFunctionName, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const name of SERVER_FUNCTIONS) client[name] = (...args: unknown[]) => call(name, args);
  return client as ServerClient;
}

/** The page's google.script.run (present only inside the Apps Script sidebar). */
export function pageScriptRunner(): ScriptRunner {
  const g = globalThis as unknown as { google?: { script?: { run?: ScriptRunner } } };
  const run = g.google?.script?.run;
  if (!run) throw new Error("[cchc:network] google.script.run is not available");
  return run;
}
