import type { Plugin } from "vite";

/** The panes' builds: zod's JSON Schema generator replaced by stand-ins that throw (see the .mjs). */
export function zodWithoutJsonSchema(): Plugin;
