// A Vite plugin for the panes' builds: zod 4's classic API imports its JSON Schema generator
// (core/to-json-schema.js, core/json-schema-processors.js) whether or not it is used, ≈ 5 KB
// gzipped of every pane's first load. No pane converts a schema to JSON Schema, so their builds
// get stand-ins with the same exports that throw if ever called (`schema.toJSONSchema()`,
// `z.toJSONSchema`, the Standard Schema `jsonSchema` methods and the derived `minLength`/`format`
// /`minValue`… getters, which read the same code). Node, the cli and Apps Script's server code
// keep the real modules. Test: scoring-ui/test/demo/zod-without-json-schema.test.ts.
import { readFileSync } from "node:fs";

const STUBBED = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;

/** The module's export names, read from zod's own file so a zod update cannot leave one out. */
function exportsOf(source) {
  const declared = [...source.matchAll(/^export (?:async )?(?:function\*?|const|let|var|class) (\w+)/gm)].map(
    (m) => m[1],
  );
  const renamed = [...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
    m[1]
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
  return { declared, renamed };
}

/** @returns {import("vite").Plugin} */
export function zodWithoutJsonSchema() {
  return {
    name: "cchc:zod-without-json-schema",
    enforce: "pre",
    load(id) {
      if (!STUBBED.test(id)) return null;
      const { declared, renamed } = exportsOf(readFileSync(id, "utf8"));
      const lines = ['const none = () => { throw new Error("zod: JSON Schema is not in this build"); };'];
      for (const name of declared) {
        // createToJSONSchemaMethod/createStandardJSONSchemaMethod make a method: it is the method that throws.
        if (name.startsWith("create")) lines.push(`export const ${name} = () => none;`);
        else if (name === "allProcessors") lines.push(`export const ${name} = {};`);
        else lines.push(`export const ${name} = none;`);
      }
      for (const spec of renamed) lines.push(`export { ${spec} };`);
      return lines.join("\n");
    },
  };
}
