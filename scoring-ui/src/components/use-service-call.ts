import { useCallback, useEffect, useRef, useState } from "react";
import { isAbort, toShownError, type ShownError } from "./errors";

export interface ServiceCall<A extends unknown[], R> {
  busy: boolean;
  error: ShownError | null;
  /** Runs the call; resolves to its result, or to undefined when it failed or was cancelled. */
  run: (...args: A) => Promise<R | undefined>;
  clearError: () => void;
}

/**
 * Wraps every service call: busy flag, errors turned into something to show, and no state
 * updates after the panel is gone. A cancelled call (AbortError) is not an error.
 */
export function useServiceCall<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  unexpected: string,
): ServiceCall<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const alive = useRef(true);
  const fnRef = useRef(fn);
  useEffect(() => {
    fnRef.current = fn;
  });
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setBusy(true);
      setError(null);
      try {
        const result = await fnRef.current(...args);
        return result;
      } catch (e) {
        if (alive.current && !isAbort(e)) setError(toShownError(e, unexpected));
        return undefined;
      } finally {
        if (alive.current) setBusy(false);
      }
    },
    [unexpected],
  );
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
