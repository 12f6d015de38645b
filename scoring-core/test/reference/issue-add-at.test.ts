/**
 * IssueCollector.addAt (session 5: validation builds issues field by field, no input object)
 * against the reference collector's add() with the same fields as an input object: the issues,
 * counts and truncation must be identical, in both languages, for every code.
 */
import fc from "fast-check";
import { ISSUE_CODES } from "../../src/issues/catalogue";
import { IssueCollector } from "../../src/issues/issue";
import { IssueCollector as IssueCollectorReference } from "./issue";

describe("IssueCollector.addAt against the reference add()", () => {
  it("same issues, counts and truncation for any fields and params", () => {
    const text = fc.oneof(fc.constant(null), fc.string({ maxLength: 6 }), fc.constantFrom("F12", "Tổng"));
    const value = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 6 }),
      fc.boolean(),
      fc.integer({ min: -5000, max: 5000 }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.constantFrom(0.125, -0, 999, 1000, -1000, 1234.5),
    );
    const names = fc.constantFrom("row", "other", "expected", "max", "value", "cell", "sheet", "date", "x");
    const param = fc.oneof(fc.string({ maxLength: 6 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }));
    const issue = fc.record({
      code: fc.constantFrom(...ISSUE_CODES),
      cell: text,
      row: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
      column: text,
      criterion: text,
      value,
      params: fc.option(fc.dictionary(names, param), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom("vi" as const, "en" as const),
        fc.constantFrom("Tự chấm 2025", null),
        fc.array(issue, { maxLength: 6 }),
        (lang, sheet, list) => {
          const c = new IssueCollector(lang, sheet, 3);
          const r = new IssueCollectorReference(lang, sheet, 3);
          for (const i of list) {
            c.addAt(i.code, i.cell, i.row, i.column, i.criterion, i.value, i.params);
            const input = {
              cell: i.cell,
              row: i.row,
              column: i.column,
              criterion: i.criterion,
              value: i.value,
              ...(i.params ? { params: i.params } : {}),
            };
            r.add(i.code, input);
          }
          expect(JSON.stringify(c.issues)).toBe(JSON.stringify(r.issues));
          expect(c.counts).toEqual(r.counts);
          expect([c.total, c.truncated]).toEqual([r.total, r.truncated]);
        },
      ),
      { seed: 20261206, numRuns: 1000 },
    );
  });
});
