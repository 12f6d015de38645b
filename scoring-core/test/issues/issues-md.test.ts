import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderIssuesMd } from "../../scripts/render-issues-md";
import { CATALOGUE, ISSUE_CODES } from "../../src/issues/catalogue";

/** Table padding is Prettier's business: compare with runs of spaces and dashes collapsed. */
const normalise = (md: string) => md.replace(/ {2,}/g, " ").replace(/-{3,}/g, "---").trim();

describe("ISSUES.md", () => {
  it("is up to date with the catalogue (regenerate: npx tsx scoring-core/scripts/issues-md.ts)", () => {
    const committed = readFileSync(join(__dirname, "../../ISSUES.md"), "utf8");
    expect(normalise(committed)).toBe(normalise(renderIssuesMd()));
  });
  it("lists every code once, with both messages", () => {
    const md = renderIssuesMd();
    for (const code of ISSUE_CODES) {
      expect(md.split(`| \`${code}\` |`)).toHaveLength(2);
      expect(md).toContain(CATALOGUE[code].en.replace(/\|/g, "\\|"));
    }
  });
});
