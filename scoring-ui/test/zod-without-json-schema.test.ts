/**
 * The panes' builds replace zod's JSON Schema generator with stand-ins
 * (scripts/zod-without-json-schema.mjs): same exports as zod's modules, each throwing if called.
 * Runs in a child Node (the plugin is an ES module, jest here is CommonJS).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

const SCRIPT = `
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { zodWithoutJsonSchema } from "./scripts/zod-without-json-schema.mjs";
const core = join(dirname(createRequire(import.meta.url).resolve("zod/package.json")), "v4", "core");
const plugin = zodWithoutJsonSchema();
const out = {};
for (const f of ["to-json-schema.js", "json-schema-processors.js", "schemas.js"]) {
  const file = join(core, f);
  const code = plugin.load(file);
  if (code === null) { out[f] = null; continue; }
  const stub = await import("data:text/javascript," + encodeURIComponent(code));
  const real = await import(file);
  let threw = "";
  try { (stub.toJSONSchema ?? stub.createToJSONSchemaMethod({}))({}); } catch (e) { threw = e.message; }
  out[f] = { stub: Object.keys(stub).sort(), real: Object.keys(real).sort(), threw };
}
console.log(JSON.stringify(out));
`;

describe("zod without its JSON Schema generator (the panes' builds)", () => {
  const result = JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", SCRIPT], { cwd: ROOT, encoding: "utf8" }),
  ) as Record<string, { stub: string[]; real: string[]; threw: string } | null>;

  it.each(["to-json-schema.js", "json-schema-processors.js"])(
    "%s: a stand-in with every export of zod's module, which throws when called",
    (f) => {
      const r = result[f]!;
      expect(r.real.length).toBeGreaterThan(3);
      expect(r.stub).toEqual(r.real);
      expect(r.threw).toMatch(/JSON Schema is not in this build/);
    },
  );

  it("leaves zod's other modules alone", () => {
    expect(result["schemas.js"]).toBeNull();
  });
});
