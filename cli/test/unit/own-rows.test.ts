/**
 * The units list's rows `cchc rank` keeps (strings of their own, repeated ones shared): the same
 * rows, key for key and in the same order, whatever they hold.
 */
import fc from "fast-check";
import type { UnitsListRow } from "@cchc/scoring-core";
import { ownRows } from "../../src/pool/own-rows";

const text = fc.string({ maxLength: 30 });
const rowArb: fc.Arbitrary<UnitsListRow> = fc.record({
  unit: text,
  group: fc.constantFrom("Sở, ban, ngành", "UBND cấp xã", ""),
  unitType: fc.option(fc.constantFrom("department", "commune", "Xã"), { nil: null }),
  source: fc.option(text, { nil: null }),
  editors: fc.array(text, { maxLength: 3 }),
  survey: fc.option(fc.double({ noNaN: true }), { nil: null }),
  row: fc.nat(),
});

describe("ownRows", () => {
  it("keeps every row equal, with its keys in the same order", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 20 }), (rows) => {
        const own = ownRows(rows);
        expect(own).toEqual(rows);
        own.forEach((r, i) => {
          expect(r).not.toBe(rows[i]);
          expect(Object.keys(r)).toEqual(Object.keys(rows[i]!));
          expect(Object.is(r.survey, rows[i]!.survey)).toBe(true);
        });
      }),
    );
  });

  it("keeps a key it does not know, and leaves the rows it was given as they were", () => {
    const given = [
      {
        unit: "Sở Tư pháp",
        group: "Sở",
        unitType: null,
        source: "a.xlsx",
        editors: ["x@y.vn"],
        survey: 1.5,
        row: 2,
        extra: "z",
      },
    ] as unknown as UnitsListRow[];
    const copy = JSON.parse(JSON.stringify(given)) as UnitsListRow[];
    const own = ownRows(given);
    expect(own).toEqual(copy);
    expect(own[0]!.editors).not.toBe(given[0]!.editors);
    expect(given).toEqual(copy);
  });
});
