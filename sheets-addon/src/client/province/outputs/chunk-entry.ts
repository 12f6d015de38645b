/**
 * Entry of the lazy output bundle (scripts/build-outputs-chunk.ts → build/province/OutputsChunk.html):
 * run as an inline script inserted by ./load-outputs, it registers the writers on a global.
 */
import { OUTPUTS_GLOBAL } from "./load-outputs";
import { outputWriters } from "./outputs";

(globalThis as Record<string, unknown>)[OUTPUTS_GLOBAL] = outputWriters;
