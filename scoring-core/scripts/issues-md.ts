/** Writes scoring-core/ISSUES.md from the catalogue: `npx tsx scoring-core/scripts/issues-md.ts`. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { renderIssuesMd } from "./render-issues-md";

const target = fileURLToPath(new URL("../ISSUES.md", import.meta.url));
// Formatted as `npm run format` would, so formatting the repository never changes it.
const options = (await resolveConfig(target)) ?? {};
writeFileSync(target, await format(renderIssuesMd(), { ...options, parser: "markdown" }));
console.log(`wrote ${target}`);
