/**
 * The year record written row by row (yearRecordRowStream, for writers that stream): the same
 * JSON as the whole checked record, in chunks no longer than 30,000 characters that never split
 * a surrogate pair (a writer drops a lone half), each unit still checked against the schema.
 */
import fc from "fast-check";
import { YearRecordSchema } from "../../src/years/year-record";
import { readYearRecord, yearRecordRowStream } from "../../src/years/year-record-sheet";
import { record, unitYear } from "./records";

describe("year record stream", () => {
  it("is JSON.stringify of the checked record, cut without splitting a character", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 30 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 4000 }),
        (names, k) => {
          const rec = record(
            2025,
            names.map((n, i) => unitYear({ unit: `${n}😀`.repeat(k % 900), rank: i + 1 })),
          );
          const rows = [...yearRecordRowStream(rec)];
          const chunks = rows.slice(1).map((r) => r[0]!);
          for (const c of chunks) {
            expect(c.startsWith("j:")).toBe(true);
            expect(c.length).toBeLessThanOrEqual(30_002);
            expect(c.slice(2)).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
          }
          expect(chunks.map((c) => c.slice(2)).join("")).toBe(JSON.stringify(YearRecordSchema.parse(rec)));
          expect(readYearRecord({ sheet: "x", values: rows })).toEqual({ ok: true, record: rec });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("checks each unit: a figure that is not a number stops the writing", () => {
    const rec = record(2025, [unitYear({ unit: "A" }), unitYear({ unit: "B", final: Number.NaN })]);
    expect(() => [...yearRecordRowStream(rec)]).toThrow();
  });
});
