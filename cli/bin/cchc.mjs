#!/usr/bin/env node
// The `cchc` bin: runs the bundle built by `npm run build -w @cchc/cli`.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const bundle = fileURLToPath(new URL("../dist/cchc.mjs", import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    "cchc: chưa build — hãy chạy: npm run build -w @cchc/cli (not built: run npm run build -w @cchc/cli)\n",
  );
  process.exit(2);
}
await import(pathToFileURL(bundle).href);
