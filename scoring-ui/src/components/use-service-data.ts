import { useEffect, useState } from "react";
import { toShownError, type ShownError } from "./errors";

export interface ServiceData<T> {
  data: T | null;
  error: ShownError | null;
  loading: boolean;
}

/** Loads something a panel lists (sheets, criteria sets) once; failures become a message, not a blank. */
export function useServiceData<T>(load: () => Promise<T>, unexpected: string): ServiceData<T> {
  const [state, setState] = useState<ServiceData<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    let alive = true;
    load().then(
      (data) => alive && setState({ data, error: null, loading: false }),
      (e: unknown) => alive && setState({ data: null, error: toShownError(e, unexpected), loading: false }),
    );
    return () => {
      alive = false;
    };
    // Loaded once per panel mount; `load` is a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}
