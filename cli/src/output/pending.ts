/**
 * Outputs written asynchronously (the Word report: the docx library zips with promises) while
 * the commands stay synchronous. main.ts waits for them before exiting; tests await them.
 */
const pending: Promise<unknown>[] = [];

export function trackOutput(p: Promise<unknown>): void {
  pending.push(p);
}

/** Waits for every tracked output; rejects with the first failure. */
export async function pendingOutputs(): Promise<void> {
  const all = pending.splice(0);
  await Promise.all(all);
}
