/**
 * Errors crossing the service as plain objects (google.script.run loses classes): a message
 * for the user and, where the host knows it, what to do next.
 */
export interface ShownError {
  message: string;
  hint: string | null;
}

export function isAbort(e: unknown): boolean {
  return typeof e === "object" && e !== null && "name" in e && (e as { name: unknown }).name === "AbortError";
}

export function toShownError(e: unknown, fallback: string): ShownError {
  if (typeof e === "object" && e !== null) {
    const { message, hint } = e as { message?: unknown; hint?: unknown };
    const text = typeof message === "string" && message.trim() !== "" ? message : fallback;
    return { message: text, hint: typeof hint === "string" && hint.trim() !== "" ? hint : null };
  }
  if (typeof e === "string" && e.trim() !== "") return { message: e, hint: null };
  return { message: fallback, hint: null };
}
