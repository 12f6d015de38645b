import { checkSheet } from "../../src/check-sheet";
import { communeFixture } from "../fixtures/commune-grid";

describe("a table read by its numbering alone", () => {
  it("warns that titles, and survey items named in them, are not read (found by the fuzz test)", () => {
    const b = communeFixture();
    const base = checkSheet(b.grid, { lang: "vi" });
    expect(base.issues.some((i) => i.code === "column-title-missing")).toBe(false);
    const values = b.grid.values.map((r) => [...r]);
    const header = base.headerRows[0]! - 1;
    expect(values[header]![1]).toBe("Nội dung đánh giá");
    values[header]![1] = null;
    const t = checkSheet({ ...b.grid, values }, { lang: "vi" });
    const issue = t.issues.find((i) => i.code === "column-title-missing");
    expect(issue).toMatchObject({ severity: "warning", row: base.headerRows[0] });
    expect(issue!.message).toContain("Không nhận ra cột nội dung");
    // The self total moves (a survey item is no longer known by its title): never silently.
    expect(t.totals.self).not.toBe(base.totals.self);
  });
});
