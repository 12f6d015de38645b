import { SAMPLE_DEPARTMENT_2025 } from "../../src/criteria-set/samples/index";
import { buildTemplate } from "../../src/template/build-template";
import { LINE_HEIGHT, templateRowHeights, wrappedLines } from "../../src/template/row-heights";

describe("template row heights", () => {
  it("counts wrapped lines word by word, paragraphs and over-long words included", () => {
    expect(wrappedLines("Có: 1 điểm", 40)).toBe(1);
    expect(wrappedLines("a\nb\nc", 40)).toBe(3);
    expect(wrappedLines("x".repeat(100), 10)).toBeGreaterThanOrEqual(9);
    expect(wrappedLines(Array.from({ length: 30 }, () => "chữ").join(" "), 10)).toBeGreaterThan(5);
  });

  it("gives every row with a long title or rule room for its lines, and none to short rows", () => {
    const spec = buildTemplate(SAMPLE_DEPARTMENT_2025, { unit: "Sở Tư pháp" });
    expect(spec.rowHeights).toEqual(templateRowHeights(spec));
    const heights = spec.rowHeights!;
    const contentCol = spec.columns.findIndex((c) => c.role === "title");
    const ruleCol = spec.columns.findIndex((c) => c.role === "rule");
    let checked = 0;
    spec.rows.forEach((row, r) => {
      if (row.kind === "title" || row.kind === "blank") return;
      const longest = Math.max(
        ...[contentCol, ruleCol].map((c) => {
          const v = row.cells[c];
          return typeof v === "string" ? wrappedLines(v, spec.columns[c]!.width) : 1;
        }),
      );
      if (longest > 1) {
        expect(heights[r]).toBeGreaterThanOrEqual(Math.min(longest, 12) * LINE_HEIGHT - 0.01);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(10);
  });
});
