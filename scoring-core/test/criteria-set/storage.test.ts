import fc from "fast-check";
import { SAMPLE_SETS } from "../../src/criteria-set/samples/index";
import {
  CHUNK_PREFIX,
  importSetIntoRows,
  readSetsSheetRows,
  readStoredSet,
  serialiseSet,
  latestSetForUnitType,
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

describe("importing a set into the workbook", () => {
  const [dept, commune] = SAMPLE_SETS as [(typeof SAMPLE_SETS)[0], (typeof SAMPLE_SETS)[0]];

  it("adds a set, then replaces the set of the same id, keeping the others", () => {
    const first = importSetIntoRows(JSON.stringify(dept), []);
    expect(first.ok && first.replaced).toBe(false);
    if (!first.ok) return;
    const second = importSetIntoRows(commune, first.rows);
    if (!second.ok) throw new Error("import failed");
    const newer = { ...dept, name: "Bộ tiêu chí Sở 2025 (sửa)" };
    const third = importSetIntoRows(newer, second.rows);
    if (!third.ok) throw new Error("import failed");
    expect(third.replaced).toBe(true);
    const back = readSetsSheetRows(third.rows);
    expect(back.sets.map((s) => [s.id, s.name])).toEqual([
      [dept.id, newer.name],
      [commune.id, commune.name],
    ]);
    expect(latestSetForUnitType(back.sets, "commune")?.id).toBe(commune.id);
    expect(latestSetForUnitType(back.sets, "district-x")).toBeNull();
  });

  it("refuses a file that is not a set and keeps a damaged row it cannot read", () => {
    const bad = importSetIntoRows("{ nope", []);
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]!.code).toBe("set-schema");
    const kept = importSetIntoRows(dept, [["old-set", "department", "cchc:{broken"]]);
    if (!kept.ok) throw new Error("import failed");
    expect(kept.rows[0]).toEqual(["old-set", "department", "cchc:{broken"]);
    expect(kept.issues.map((i) => [i.code, i.row])).toEqual([["set-unreadable", 1]]);
  });
});
