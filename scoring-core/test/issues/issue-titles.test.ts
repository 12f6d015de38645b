/**
 * Every catalogue code has a short Vietnamese and English title: the feedback's issue table and
 * the checking sheet show it beside the narrow code column.
 */
import { CATALOGUE, ISSUE_CODES, issueTitle, type CatalogueEntry } from "../../src/issues/catalogue";

describe("issue titles", () => {
  it("every code has a short title in both languages", () => {
    const missing = ISSUE_CODES.filter((c) => {
      const e: CatalogueEntry = CATALOGUE[c];
      return !e.title?.vi.trim() || !e.title?.en.trim();
    });
    expect(missing).toEqual([]);
  });

  it("titles are short, have no placeholders and differ between codes", () => {
    for (const c of ISSUE_CODES) {
      const e: CatalogueEntry = CATALOGUE[c];
      for (const t of [e.title!.vi, e.title!.en]) {
        expect(t.length).toBeLessThanOrEqual(40);
        expect(t).not.toMatch(/[{}]/);
      }
    }
    const vi = ISSUE_CODES.map((c) => issueTitle(c, "vi"));
    expect(new Set(vi).size).toBe(vi.length);
  });

  it("issueTitle gives the language's title, and the code when unknown", () => {
    expect(issueTitle("evidence-missing", "vi")).toBe("Thiếu tài liệu kiểm chứng");
    expect(issueTitle("evidence-missing", "en")).toBe("Evidence missing");
    expect(issueTitle("no-such-code", "vi")).toBe("no-such-code");
  });
});
