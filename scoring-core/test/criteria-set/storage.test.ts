import fc from "fast-check";
import { SAMPLE_SETS } from "../../src/criteria-set/samples/index";
import {
  CHUNK_PREFIX,
  readSetsSheetRows,
  readStoredSet,
  serialiseSet,
  setsSheetRows,
  SETS_SHEET,
} from "../../src/criteria-set/storage";

describe("a criteria set stored in chunks", () => {
  it("round-trips every sample at any chunk size, each chunk within the size", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLE_SETS), fc.integer({ min: 1000, max: 40_000 }), (set, size) => {
        const chunks = serialiseSet(set, size);
        expect(chunks.slice(1).every((c) => c.length <= size)).toBe(true);
        const back = readStoredSet(chunks, "test");
        expect(back.ok && back.set).toEqual(set);
        expect(back.ok && back.header).toMatchObject({ id: set.id, year: set.year });
      }),
      { numRuns: 30 },
    );
  });

  it("says a set cut short, missing or damaged is unreadable, naming where it was", () => {
    const chunks = serialiseSet(SAMPLE_SETS[0]!, 2000);
    const cases: (string | null)[][] = [
      [],
      ["not json"],
      chunks.slice(0, -1),
      [chunks[0]!, ...chunks.slice(1, -1), chunks.at(-1)!.slice(0, -3)],
      [
        chunks[0]!,
        ...chunks.slice(1).map((c, i) => (i === 0 ? c.replace('"schemaVersion":1', '"schemaVersion":9') : c)),
      ],
    ];
    for (const c of cases) {
      const r = readStoredSet(c, "trang ẩn _cchc_set");
      expect(r.ok).toBe(false);
      expect(r.issues[0]!.code).toBe("set-unreadable");
      expect(r.issues[0]!.message).toContain("trang ẩn _cchc_set");
    }
  });
});

describe("the sets sheet", () => {
  it("round-trips sets through rows, every chunk cell prefixed so no slice reads as a number", () => {
    const rows = setsSheetRows(SAMPLE_SETS, 3000);
    expect(rows.every((r) => r.slice(2).every((c) => c.startsWith(CHUNK_PREFIX) && c.length <= 3005))).toBe(
      true,
    );
    const back = readSetsSheetRows([...rows, ["", ""]]);
    expect(back.issues).toEqual([]);
    expect(back.sets).toEqual(SAMPLE_SETS);
  });

  it("names the row of a damaged set and keeps the others", () => {
    const rows = setsSheetRows(SAMPLE_SETS, 3000).map((r) => [...r]);
    rows[1]![4] = "edited by hand";
    const back = readSetsSheetRows(rows, SETS_SHEET, "en");
    expect(back.sets.map((s) => s.id)).toEqual([SAMPLE_SETS[0]!.id]);
    expect(back.issues).toHaveLength(1);
    expect(back.issues[0]).toMatchObject({ code: "set-unreadable", row: 2, cell: "A2", sheet: SETS_SHEET });
    expect(back.issues[0]!.message).toContain("row 2");
  });
});
