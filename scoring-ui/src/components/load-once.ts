/**
 * A code chunk's loader that runs once: later calls share its promise. A failed load is forgotten,
 * so the next call tries again (a pane that lost its connection for a moment recovers).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}
