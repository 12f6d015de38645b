// The shared browser helper defines `describeBrowser` from jest's globals at import time;
// outside jest, stand-ins keep that line harmless. Imported first by run.ts.
const noop = Object.assign(() => undefined, { skip: () => undefined });
Object.assign(globalThis, { describe: (globalThis as { describe?: unknown }).describe ?? noop });
