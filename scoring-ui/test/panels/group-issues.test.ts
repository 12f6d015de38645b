import fc from "fast-check";
import { makeIssue } from "@cchc/scoring-core";
import { fieldOf, groupIssues, SEVERITY_ORDER } from "../../src/panels/check/group-issues";
import type { ReportIssue } from "../../src/panels/check/report-in-lang";

const codeArb = fc.constantFrom(
  "score-exceeds-max",
  "evidence-missing",
  "row-hidden",
  "number-invalid",
  "header-not-found",
);
const criterionArb = fc.option(fc.constantFrom("1", "1.2", "1.2.3", "2.1", "2.1.1", "10.3", ""), {
  nil: null,
});

const issueArb = fc
  .tuple(codeArb, criterionArb, fc.integer({ min: 1, max: 500 }))
  .map(
    ([code, criterion, row]) =>
      makeIssue(
        code,
        { sheet: "S", cell: `D${row}`, row, column: "D", criterion, value: 1 },
        "vi",
      ) as ReportIssue,
  );

describe("groupIssues (presentation only)", () => {
  it("takes the field from the first segment of the criterion code", () => {
    expect(fieldOf("2.1.3")).toBe("2");
    expect(fieldOf("10")).toBe("10");
    expect(fieldOf(null)).toBeNull();
    expect(fieldOf("  ")).toBeNull();
  });

  it("lists every issue exactly once, severities in order, each under its own field, keeping the report's order", () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 60 }), (issues) => {
        const groups = groupIssues(issues);
        const flat = groups.flatMap((g) => g.fields.flatMap((f) => f.issues));
        expect(flat).toHaveLength(issues.length);
        expect(new Set(flat)).toEqual(new Set(issues));
        const order = groups.map((g) => SEVERITY_ORDER.indexOf(g.severity));
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        for (const g of groups) {
          expect(g.shown).toBe(g.fields.reduce((n, f) => n + f.issues.length, 0));
          for (const f of g.fields) {
            for (const i of f.issues) {
              expect(i.severity).toBe(g.severity);
              expect(fieldOf(i.criterion)).toBe(f.field);
            }
            // Within a field, the report's order is kept.
            const positions = f.issues.map((i) => issues.indexOf(i));
            expect([...positions].sort((a, b) => a - b)).toEqual(positions);
          }
          // Whole-sheet issues come first.
          const nullAt = g.fields.findIndex((f) => f.field === null);
          expect(nullAt === -1 || nullAt === 0).toBe(true);
        }
      }),
    );
  });

  it("returns no groups for no issues", () => {
    expect(groupIssues([])).toEqual([]);
  });
});
