/** Placeholder thrown by entry points not built yet. Removed once every module lands. */
export function notImplemented(name: string): never {
  throw new Error(`scoring-core: ${name} is not implemented yet`);
}
