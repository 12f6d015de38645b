/**
 * Is this workbook one the tool wrote (a ranking, a feedback workbook, a template)? The writer
 * puts a custom document property in it, which survives Excel and LibreOffice saving the file;
 * older output is recognised by docProps/app.xml naming the tool. The cli replaces its own output
 * without asking and refuses to replace anything else without --force.
 */
import { guardXlsx } from "../guard/guard-xlsx";

/** The custom property's name: never rename it, or earlier outputs stop being recognised. */
export const TOOL_PROPERTY = "CCHC";

const decoder = new TextDecoder("utf-8", { fatal: false });

/** Only these two parts are inflated: a ranking of 5,000 units is ~15 MB of XML otherwise. */
const MARKER_PARTS = new Set(["docProps/custom.xml", "docProps/app.xml"]);

export function isToolWorkbook(bytes: Uint8Array): boolean {
  const guard = guardXlsx(bytes, {}, undefined, (name) => MARKER_PARTS.has(name));
  if (!guard.ok) return false;
  const custom = guard.parts.get("docProps/custom.xml");
  if (custom && new RegExp(`<property\\b[^>]*\\bname="${TOOL_PROPERTY}"`).test(decoder.decode(custom)))
    return true;
  const app = guard.parts.get("docProps/app.xml");
  return app !== undefined && /<Application>cchc<\/Application>/.test(decoder.decode(app));
}
