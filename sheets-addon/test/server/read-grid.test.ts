import fc from "fast-check";
import { formulaRow, readGrid } from "../../src/server/read-grid";
import { DATA_CALL } from "../fakes/calls";
import { fakeAppsScript } from "../fakes/apps-script";
import { departmentSheet } from "../fixtures/sheets";

const formatDate = (d: Date) => d.toISOString().slice(0, 10);

describe("readGrid", () => {
  it("reads a department sheet in one batch: values, formulas and merged headers", () => {
    const env = fakeAppsScript();
    const { fixture } = departmentSheet(env);
    const sheet = env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(fixture.grid.sheet)!;
    env.log.reset();
    const grid = readGrid(sheet, fixture.grid.sheet, { formatDate });

    const dataCalls = env.log.calls.filter((c) => DATA_CALL.test(c));
    expect(dataCalls.sort()).toEqual(["Range.getFormulas", "Range.getMergedRanges", "Range.getValues"]);
    expect(grid.merges).toEqual(expect.arrayContaining(fixture.grid.merges ?? []));
    expect(grid.merges).toHaveLength(fixture.grid.merges?.length ?? 0);
    // Same cells as the core's fixture ("" is read back as null).
    fixture.grid.values.forEach((row, r) =>
      row.forEach((v, c) => expect(grid.values[r]?.[c] ?? null).toEqual(v === "" ? null : v)),
    );
    const total = fixture.totalRow!;
    const formulasInTotal = grid.formulas![total - 1]!.filter((f) => f !== null);
    expect(formulasInTotal.length).toBeGreaterThan(0);
    expect(formulasInTotal.every((f) => f!.startsWith("="))).toBe(true);
    // getFormulas() gives "" for every cell without one; a row holding none reaches the core as null.
    expect(
      sheet
        .getDataRange()
        .getFormulas()[2]!
        .every((f) => f === ""),
    ).toBe(true);
    grid.formulas!.forEach((row, r) => {
      const given = fixture.grid.formulas![r]!.some((f) => f !== null);
      expect([r, row === null]).toEqual([r, !given]);
    });
  });

  it('gives null for a row of getFormulas() without a formula, else the full row with null for each ""', () => {
    const row = fc.array(fc.constantFrom("", "", "=SUM(A1:A2)", "=A1"), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(row, (r) => {
        const want = r.some((f) => f !== "") ? r.map((f) => (f === "" ? null : f)) : null;
        expect(formulaRow(r)).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  it("turns a Date cell into text, so nothing but JSON crosses google.script.run", () => {
    const env = fakeAppsScript();
    const sheet = env.book._addSheet("S")._fill([["Ngày", new Date(Date.UTC(2025, 8, 19))]]);
    const grid = readGrid(sheet.proxy, "S", { formatDate });
    expect(grid.values[0]).toEqual(["Ngày", "2025-09-19"]);
    expect(JSON.parse(JSON.stringify(grid))).toEqual(grid);
  });

  it("reads back any grid of text, numbers and booleans as written", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 8 }).filter((s) => s !== ""),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const env = fakeAppsScript();
          const sheet = env.book._addSheet("P")._fill(rows);
          const grid = readGrid(sheet.proxy, "P", { formatDate });
          rows.forEach((row, r) =>
            row.forEach((v, c) => expect(grid.values[r]?.[c] ?? null).toEqual(Object.is(v, -0) ? 0 : v)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
